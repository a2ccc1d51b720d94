import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct DecimalRangeTests {
    @Test func fastPathIsActiveOnThisPlatform() {
        #expect(DecimalComparison.verifiedPacking != nil)
    }

    @Test func agreesWithFoundationOrdering() throws {
        var generator = SystemRandomNumberGenerator()
        let texts = [
            "0", "-0", "0.01", "-0.01", "19.99", "20", "1000000", "1e6", "0.000001", "-5", "99999999999999999999",
            "18446744073709551615", "18446744073709551616", "1e-30", "1e30", "123.4500", "-123.45",
            "3.402823669209384634633746074317682114550",
        ]
        var values = try texts.map { try #require(Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))) }
        for _ in 0..<300 {
            let mantissa = Int64.random(in: -10_000_000_000...10_000_000_000, using: &generator)
            let exponent = Int.random(in: -12...12, using: &generator)
            values.append(
                Decimal(
                    sign: mantissa < 0 ? .minus : .plus,
                    exponent: exponent,
                    significand: Decimal(mantissa.magnitude)
                )
            )
        }
        for left in values {
            for right in values {
                #expect(DecimalComparison.isLess(left, than: right) == (left < right), "\(left) < \(right)")
            }
        }
    }

    @Test func nanFallsBackWithoutCrashing() {
        #expect(DecimalComparison.isLess(.nan, than: 1) == (Decimal.nan < 1))
        #expect(DecimalComparison.isLess(1, than: .nan) == (1 < Decimal.nan))
    }

    @Test func decimalRuleUsesInclusiveBounds() throws {
        let minimum = try #require(Decimal(string: "0.01"))
        let maximum = Decimal(1_000_000)
        var report = ValidationReport()
        report.range(minimum, min: minimum, max: maximum, at: "amount")
        report.range(maximum, min: minimum, max: maximum, at: "amount")
        #expect(report.issues.isEmpty)
        report.range(Decimal(0), min: minimum, at: "amount")
        report.range(try #require(Decimal(string: "1000000.001")), max: maximum, at: "amount")
        #expect(
            report.issues == [
                ValidationIssue(path: "amount", rule: "minimum", message: "must be at least 0.01 (got 0)"),
                ValidationIssue(path: "amount", rule: "maximum", message: "must be at most 1000000 (got 1000000.001)"),
            ]
        )
    }
}
