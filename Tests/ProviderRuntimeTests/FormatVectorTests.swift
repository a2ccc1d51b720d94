import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Every example of CountryFormats.md, read from `Tests/Fixtures/CountryVectors/country-vectors.json`
/// (the one table; `GeneratedClientsTests/KoyweVectorTests.swift` runs the same file through the
/// generated Koywe validator), so the Swift formats give the same verdicts as the reference
/// implementation:
///
/// - the 134 cases of check_vectors.py: 73 documents, 35 phones, 13 emails × 2 rules (WHATWG and
///   the default strict rule), and
/// - 24 examples printed in the note's prose that the script does not list (7 documents, 13
///   phones, 2 emails × 2 rules).
///
/// One deliberate difference: the RFC check character is a warning by default (the task and
/// §2.5/§5: "use check-digit-warned for RFC"), so `GODE561231GR9` is `warning` in the table; with
/// `checkDigits: .enforced` it is invalid, as in the Python reference.
@Suite("Format vectors from CountryFormats.md")
struct FormatVectorTests {
    typealias Vector = CountryVector
    typealias Expected = CountryVector.Expected

    static func load() throws -> [Vector] { try CountryVector.load() }

    /// Empty when the fixture cannot be read; `theTableIsComplete` then fails with the reason.
    static let all: [Vector] = (try? load()) ?? []
    static let documents = all.filter { $0.kind == "document" }
    static let phones = all.filter { $0.kind == "phone" }
    static let emails = all.filter { $0.kind == "email" }

    @Test("the table is complete")
    func theTableIsComplete() throws {
        let vectors = try Self.load()
        #expect(vectors.count == 158)
        #expect(Self.all.count == 158)
        // check_vectors.py: "134 passed, 0 failed".
        let script = vectors.filter(\.isScriptCase)
        #expect(script.count == 134)
        #expect(script.filter { $0.kind == "document" }.count == 73)
        #expect(script.filter { $0.kind == "phone" }.count == 35)
        #expect(script.filter { $0.kind == "email" }.count == 26)
        #expect(Set(script.filter { $0.kind == "email" }.map(\.value)).count == 13)
        // The note's prose.
        let prose = vectors.filter { !$0.isScriptCase }
        #expect(prose.count == 24)
        #expect(prose.filter { $0.kind == "document" }.count == 7)
        #expect(prose.filter { $0.kind == "phone" }.count == 13)
        #expect(prose.filter { $0.kind == "email" }.count == 4)
        // Nothing else hides in the file: every row has a known kind and the fields it needs.
        #expect(Self.documents.count + Self.phones.count + Self.emails.count == vectors.count)
        for vector in vectors {
            switch vector.kind {
            case "document":
                #expect(vector.country != nil && vector.type != nil, "\(vector.testDescription)")
            case "phone":
                #expect(vector.country != nil, "\(vector.testDescription)")
                #expect(vector.expected != .warning, "\(vector.testDescription)")
                #expect((vector.e164 != nil) == (vector.expected == .valid), "\(vector.testDescription)")
            case "email":
                #expect(vector.type == "whatwg" || vector.type == "strict", "\(vector.testDescription)")
                #expect(vector.expected != .warning, "\(vector.testDescription)")
            default:
                Issue.record("unknown kind \(vector.kind)")
            }
        }
        // Every email is checked under both rules.
        let byRule = Dictionary(grouping: Self.emails, by: { $0.value }).mapValues { $0.compactMap(\.type).sorted() }
        #expect(byRule.values.allSatisfy { $0 == ["strict", "whatwg"] })
        #expect(Self.documents.filter { $0.expected == .warning }.map(\.value) == ["GODE561231GR9"])
    }

    @Test("documents", arguments: documents)
    func document(_ vector: Vector) throws {
        let country = try #require(vector.country)
        let type = try #require(vector.type)
        let verdict = StringFormat.document(country: country, type: type).check(vector.value)
        switch vector.expected {
        case .valid:
            #expect(verdict.isValid, "\(vector.note): \(verdict.problems)")
            #expect(verdict.problems.isEmpty)
        case .invalid:
            #expect(!verdict.isValid, "\(vector.note)")
        case .warning:
            #expect(verdict.isValid)
            #expect(verdict.problems.map(\.severity) == [.warning])
        }
        let enforced = StringFormat.document(country: country, type: type, checkDigits: .enforced).check(vector.value)
        #expect(
            enforced.isValid == (vector.expected == .valid),
            "the reference implementation enforces every check digit"
        )
    }

    @Test("phones", arguments: phones)
    func phone(_ vector: Vector) throws {
        let verdict = StringFormat.phone(country: try #require(vector.country)).check(vector.value)
        #expect(verdict.isValid == (vector.expected == .valid), "\(verdict.problems)")
        #expect(verdict.isValid == (vector.e164 != nil), "\(verdict.problems)")
        #expect(verdict.normalized == vector.e164)
    }

    @Test("emails, WHATWG rule and the default (strict) rule", arguments: emails)
    func email(_ vector: Vector) {
        switch vector.type {
        case "whatwg":
            var value = vector.value
            let whatwg = value.withUTF8 { EmailAddress.whatwgProblem($0) == nil }
            #expect(whatwg == (vector.expected == .valid))
        case "strict":
            #expect(StringFormat.email.check(vector.value).isValid == (vector.expected == .valid))
        default:
            Issue.record("unknown email rule \(vector.type ?? "nil")")
        }
    }
}
