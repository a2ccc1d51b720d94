import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct CountAndRangeRuleTests {
    @Test func rangeInclusiveBoundsPass() {
        var report = ValidationReport()
        report.range(1, min: 1, max: 10, at: "a")
        report.range(10, min: 1, max: 10, at: "b")
        report.range(Decimal(string: "0.01")!, min: Decimal(string: "0.01"), at: "amount")
        report.range(2.5, max: 2.5, at: "rate")
        #expect(report.issues.isEmpty)
    }

    @Test func rangeBelowMinimum() {
        var report = ValidationReport()
        report.range(0, min: 1, at: "quantity")
        #expect(
            report.issues == [ValidationIssue(path: "quantity", rule: "minimum", message: "must be at least 1 (got 0)")]
        )
    }

    @Test func rangeAboveMaximumWithDecimal() {
        var report = ValidationReport()
        report.nested("items") { report in
            report.nested(.index(3)) { $0.range(Decimal(string: "100.5")!, max: Decimal(100), at: "amount") }
        }
        #expect(
            report.issues == [
                ValidationIssue(path: "items[3].amount", rule: "maximum", message: "must be at most 100 (got 100.5)")
            ]
        )
    }

    @Test func itemCountPassesAndFails() {
        var report = ValidationReport()
        report.itemCount(2, min: 1, max: 2, at: "tags")
        #expect(report.issues.isEmpty)
        report.itemCount(0, min: 1, at: "tags")
        report.itemCount(3, max: 2, at: "lines")
        #expect(
            report.issues == [
                ValidationIssue(path: "tags", rule: "minItems", message: "must contain at least 1 item (got 0)"),
                ValidationIssue(path: "lines", rule: "maxItems", message: "must contain at most 2 items (got 3)"),
            ]
        )
    }

    @Test func entryCountPassesAndFails() {
        var report = ValidationReport()
        report.entryCount(20, max: 20, at: "notes")
        #expect(report.issues.isEmpty)
        report.entryCount(21, max: 20, at: "notes")
        report.entryCount(0, min: 1, at: "metadata")
        #expect(
            report.issues == [
                ValidationIssue(path: "notes", rule: "maxEntries", message: "must contain at most 20 entries (got 21)"),
                ValidationIssue(path: "metadata", rule: "minEntries", message: "must contain at least 1 entry (got 0)"),
            ]
        )
    }
}
