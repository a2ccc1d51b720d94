import Foundation
import Testing

@testable import ProviderGenCore

/// The README's walkthrough is what `providergen init` writes, and its diagnostics example is
/// what the generator prints for it: following the README must give what it shows.
@Suite struct ReadmeWalkthroughTests {
    static func readme() throws -> String {
        try String(contentsOfFile: RepositoryPaths.root + "/README.md", encoding: .utf8)
    }

    /// The walkthrough's YAML block, without the list item's indentation.
    static func walkthroughSchema() throws -> String {
        let text = try readme()
        let step = try #require(text.range(of: "1. Write `schemas/acme.yaml`"))
        let open = try #require(text.range(of: "   ```yaml\n", range: step.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "   ```\n", range: open.upperBound..<text.endIndex))
        return text[open.upperBound..<close.lowerBound]
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("   ") ? String($0.dropFirst(3)) : String($0) }
            .joined(separator: "\n")
    }

    /// The diagnostics block that follows `phrase` in the README.
    static func diagnosticsBlock(after phrase: String) throws -> [String] {
        let text = try readme()
        let start = try #require(text.range(of: phrase))
        let open = try #require(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
        let close = try #require(text.range(of: "```\n", range: open.upperBound..<text.endIndex))
        return text[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
    }

    /// Printed lines: a diagnostic's notes follow it on lines of their own.
    static func diagnostics(_ yaml: String) -> [String] {
        SchemaFrontEnd.read(yaml: Array(yaml.utf8), file: "schemas/acme.yaml").diagnostics.flatMap {
            $0.description.split(separator: "\n").map(String.init)
        }
    }

    @Test func walkthroughSchemaIsTheInitSkeletonAndGeneratesCleanly() throws {
        let skeleton = SchemaSkeleton.text(module: "Acme")
        #expect(try Self.walkthroughSchema() == skeleton)
        let loaded = SchemaFrontEnd.read(yaml: Array(skeleton.utf8), file: "schemas/acme.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let schema = try #require(loaded.schema)
        #expect(
            ProviderGenerator.generate(schema).map(\.path) == [
                "Acme/Client.swift", "Acme/Operations/CreateWidget.swift", "Acme/Models/CreateWidgetRequest.swift",
                "Acme/Models/Widget.swift", "Acme/Acme.docc/Acme.md",
            ]
        )
    }

    /// Any module name `init` accepts gives a schema that generates.
    @Test(arguments: ["Acme", "StripeLike", "X9"])
    func skeletonGeneratesForOtherNames(module: String) throws {
        #expect(ModuleName.problem(module) == nil)
        #expect(Self.diagnostics(SchemaSkeleton.text(module: module)).isEmpty)
    }

    @Test func fourTyposGiveTheDiagnosticsTheReadmeShows() throws {
        var yaml = SchemaSkeleton.text(module: "Acme")
        for (right, wrong) in [
            ("type: Widget\n", "type: Widgit\n"), ("maxLength: 40", "maxLenght: 40"),
            ("example: ABC-1234", "example: abc-1234"),
            ("type: integer\n        default: 1", "type: integr\n        default: 1"),
        ] {
            let range = try #require(yaml.range(of: right), "\(right)")
            yaml.replaceSubrange(range, with: wrong)
        }
        let shown = try Self.diagnosticsBlock(after: "(`type: Widgit`, `maxLenght`")
        #expect(Self.diagnostics(yaml) + ["providergen: error: 4 errors in the schemas; nothing was written"] == shown)
    }

    @Test func duplicateKeyGivesTheDiagnosticsTheReadmeShows() throws {
        var yaml = SchemaSkeleton.text(module: "Acme")
        let line = "  scheme: bearer                  # bearer, basic or none\n"
        let range = try #require(yaml.range(of: line))
        yaml.replaceSubrange(range, with: line + "  scheme: basic\n")
        let shown = try Self.diagnosticsBlock(after: "Problems in the YAML itself stop that file")
        #expect(Self.diagnostics(yaml) == shown)
    }
}
