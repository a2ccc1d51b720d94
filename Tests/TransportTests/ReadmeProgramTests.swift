import Foundation
import Testing

/// The README's two complete programs are the example targets, which this test target depends on
/// so that `swift test` compiles them: the README cannot show code that does not build.
@Suite struct ReadmeProgramTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [
        "Tests/Examples/RazorpayQuickstart/main.swift", "Tests/Examples/RazorpayQuickstartAsyncHTTPClient/main.swift",
    ])
    func readmeShowsTheProgramVerbatim(_ path: String) throws {
        let program = try Self.text(path)
        #expect(try Self.text("README.md").contains("```swift\n" + program + "```\n"))
    }
}
