import Foundation

/// The providers' documented response bodies, kept as files in Tests/Fixtures/ResponseBodies so
/// the tests and the JSON benchmarks decode the same bytes.
enum ResponseBodyFixture {
    /// The body as text, without the file's final newline (the body as the provider documents it).
    static func text(_ name: String) -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ResponseBodies/\(name)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("cannot read \(url.path)")
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
