import Foundation
import Testing

/// One row of country-vectors.json: an example of CountryFormats.md and its verdict. This file is
/// linked into ProviderRuntimeTests (the runtime formats) and GeneratedClientsTests (the generated
/// Koywe validator), so both read the table the same way.
///
/// `type` is the document type for documents and the email rule (`whatwg` or `strict`) for
/// emails; `e164` is a valid phone's E.164 form.
struct CountryVector: Sendable, Decodable, CustomTestStringConvertible {
    enum Expected: String, Sendable, Decodable {
        case valid, invalid, warning
    }

    let kind: String
    let country: String?
    let type: String?
    let value: String
    let expected: Expected
    let note: String
    let source: String
    let e164: String?

    var testDescription: String {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        return [country, type, shown].compactMap { $0 }.joined(separator: " ")
    }

    /// From check_vectors.py rather than the note's prose.
    var isScriptCase: Bool { source.hasPrefix("check_vectors.py") }

    private struct Fixture: Decodable {
        let vectors: [CountryVector]
    }

    /// `#filePath` is the link inside the test target, two levels below Tests/.
    static let fixturePath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/CountryVectors/country-vectors.json").path
    }()

    static func load() throws -> [CountryVector] {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath))
        return try JSONDecoder().decode(Fixture.self, from: data).vectors
    }
}
