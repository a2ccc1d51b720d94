import Foundation
import Testing

@testable import ProviderGenCore

/// `Generated/` is committed; these tests fail when it no longer matches what the generator
/// produces from `schemas/`. Re-record by running `swift run providergen generate`.
@Suite struct SnapshotTests {
    @Test func committedOutputMatchesTheGenerator() throws {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(run.schemaCount == 5)
        let changes = OutputFolder(root: RepositoryPaths.generated).changes(for: run.files)
        let diff = changes.map { UnifiedDiff.make(old: $0.old, new: $0.new, path: "Generated/" + $0.path) }.joined()
        #expect(changes.isEmpty, "Generated/ is stale; run `swift run providergen generate`.\n\(diff)")
    }

    @Test func generationIsByteIdenticalBetweenRuns() {
        let first = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        let second = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        #expect(first.files == second.files)
        #expect(!first.files.isEmpty)
    }

    @Test func everyProviderGetsItsOwnModule() {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        let modules = Set(run.files.map { $0.path.split(separator: "/")[0] })
        #expect(modules == ["Jetpay", "Koywe", "PIK", "PayArc", "Razorpay"])
    }
}
