import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Generated validators check formats without building the normalised value; callers who send
/// the canonical form ask for it. Both paths must find exactly the same problems.
@Suite("Format: checking with and without the normalised value")
struct FormatNormalizationTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let format: StringFormat
        let value: String
        var testDescription: String { "\(format.ruleID) \(value)" }
    }

    /// Every CountryFormats.md vector that names a format, plus banking and code values, valid,
    /// typed with separators, and wrong.
    static let samples: [Sample] = {
        var samples: [Sample] = FormatVectorTests.all.compactMap { vector in
            switch (vector.kind, vector.country, vector.type) {
            case ("document", let country?, let type?):
                return Sample(format: .document(country: country, type: type), value: vector.value)
            case ("phone", let country?, _):
                return Sample(format: .phone(country: country), value: vector.value)
            case ("email", _, "strict"):
                return Sample(format: .email, value: vector.value)
            default:
                return nil
            }
        }
        let others: [(StringFormat, [String])] = [
            (
                .iban,
                ["GB82 WEST 1234 5698 7654 32", "gb82west12345698765433", "US12 3456", "GB82 WEST 1234 5698 7654 3é"]
            ),
            (.bic, ["NEDS ZA JJ XXX", "deutdeff500", "DEUTZZFF", "DEUT1EFF"]),
            (.countryCode, [" co ", "UK", "COL", ""]),
            (.currencyCode, ["cop", "HRK", "U$D"]),
            (.document(country: "XX", type: "DNI"), ["123"]),
            (.phone(country: "ZZ"), ["+1 212 555 0100"]),
        ]
        for (format, values) in others {
            samples += values.map { Sample(format: format, value: $0) }
        }
        return samples
    }()

    @Test("the samples cover every format and both verdicts")
    func coverage() {
        let rules = Set(Self.samples.map(\.format.ruleID))
        #expect(rules == Set(StringFormat.catalog.map { "format." + $0.name }))
        #expect(Self.samples.contains { $0.format.check($0.value).problems.isEmpty })
        #expect(Self.samples.contains { !$0.format.check($0.value).problems.isEmpty })
        #expect(Self.samples.count > 150)
    }

    @Test("same problems, no normalised value", arguments: samples)
    func sameProblems(_ sample: Sample) {
        let full = sample.format.check(sample.value)
        let bare = sample.format.check(sample.value, normalizing: false)
        #expect(bare.problems == full.problems)
        #expect(bare.normalized == nil)
    }

    @Test("report.format reports the check's problems; report.normalized also returns its value", arguments: samples)
    func reportPaths(_ sample: Sample) {
        let verdict = sample.format.check(sample.value)
        var checked = ValidationReport()
        checked.format(sample.value, sample.format, at: "value")
        var normalizing = ValidationReport()
        let normalized = normalizing.normalized(sample.value, sample.format, at: "value")
        #expect(normalized == verdict.normalized)
        for report in [checked, normalizing] {
            #expect(report.issues.map(\.message) == verdict.problems.map(\.message))
            #expect(report.issues.map(\.rule) == verdict.problems.map(\.rule))
            #expect(report.issues.map(\.severity) == verdict.problems.map(\.severity))
            #expect(report.issues.allSatisfy { $0.path == "value" })
        }
    }
}
