import Foundation
import Testing

@testable import ProviderGenCore

/// Tests/Fixtures/KitchenSink/kitchen-sink.yaml uses every key of the schema language; its Swift is
/// committed next to it and compiled as the KitchenSink target (exercised by GeneratedClientsTests).
/// Re-record with `swift run providergen generate --schemas Tests/Fixtures/KitchenSink --output
/// Tests/Fixtures/KitchenSink/Generated`.
@Suite struct KitchenSinkSnapshotTests {
    static let folder = RepositoryPaths.root + "/Tests/Fixtures/KitchenSink"
    static let output = folder + "/Generated"

    static func run() -> GenerationRun {
        GenerationRun.run(schemaFolder: folder, displayFolder: "Tests/Fixtures/KitchenSink")
    }

    @Test func committedOutputMatchesTheGenerator() {
        let run = Self.run()
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(run.schemaCount == 1)
        let changes = OutputFolder(root: Self.output).changes(for: run.files)
        let diff = changes.map { UnifiedDiff.make(old: $0.old, new: $0.new, path: $0.path) }.joined()
        #expect(changes.isEmpty, "the kitchen sink's Generated/ is stale; regenerate it.\n\(diff)")
    }

    @Test func generatedHoldsNothingTheGeneratorDoesNotProduce() throws {
        let produced = Set(Self.run().files.map(\.path))
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.output))
        var extra: [String] = []
        while let path = enumerator.nextObject() as? String {
            let isFolder = enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory
            if !isFolder && !produced.contains(path) { extra.append(path) }
        }
        #expect(extra.isEmpty, "files no schema produces: \(extra.sorted())")
    }

    /// Every key a loader accepts, so a key added to the language without a use here fails.
    static let everyKey: Set<String> = Set(
        SchemaLoader.topLevelKeys + OperationLoader.operationKeys + TypeLoader.typeKeys + FieldLoader.fieldKeys
            + FieldLoader.elementKeys + ConstraintLoader.keys + RuleLoader.ruleKeys + UnionLoader.variantKeys
            + SendingLoader.keys + ResponseReadingLoader.headerKeys + PaginationLoader.keys + SandboxLoader.keys
            + SandboxLoader.operationKeys + SandboxLoader.answerKeys + SandboxLoader.idKeys + SandboxLoader.rangeKeys
            + ["eachIssue", "issuesByField"]
            // Keys read in place by their loaders: provider, servers, enum values, bodies,
            // responses, envelopes, character sets, combinations and format arguments. (`auth`'s
            // `schemes`, the alternative to `scheme`, is compiled in Tests/Fixtures/ConsumerPackage.)
            + ["module", "name", "docs", "url", "scheme", "value", "swiftName", "encoding", "arrayStyle"]
            + ["envelope", "payload", "classes", "extra", "fields", "rows", "field"]
    )

    @Test func theKitchenSinkUsesEveryKey() throws {
        let parsed = YAMLReader.parse(contentsOf: Self.folder + "/kitchen-sink.yaml", displayPath: "kitchen-sink.yaml")
        let root = try #require(parsed.root)
        var used: Set<String> = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar:
                continue
            case .sequence(let items):
                pending += items
            case .mapping(let pairs):
                for pair in pairs {
                    if let key = pair.key.scalar { used.insert(key) }
                    pending.append(pair.value)
                }
            }
        }
        #expect(Self.everyKey.subtracting(used).sorted() == [])
    }
}
