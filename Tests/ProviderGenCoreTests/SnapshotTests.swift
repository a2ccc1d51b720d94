import Foundation
import Testing

@testable import ProviderGenCore

/// `Generated/` is committed; these tests fail when it no longer matches what the generator
/// produces from `schemas/`. Re-record by running `swift run providergen generate`.
@Suite struct SnapshotTests {
    @Test func committedOutputMatchesTheGenerator() throws {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(run.schemaCount > 0)
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

    @Test func everySchemaGetsItsOwnModule() throws {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        let modules = Set(run.files.map { String($0.path.split(separator: "/")[0]) })
        let schemaFiles = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.schemas).filter {
            $0.hasSuffix(".yaml")
        }
        #expect(modules.count == schemaFiles.count)
        #expect(modules.isSuperset(of: ["Jetpay", "Koywe", "PIK", "PayArc", "Razorpay"]))
    }

    /// SwiftPM only compiles modules Package.swift lists, so a generated module missing there
    /// would silently go unbuilt and untested.
    @Test func everyGeneratedModuleIsListedInThePackageManifest() throws {
        let manifest = try String(contentsOfFile: RepositoryPaths.root + "/Package.swift", encoding: .utf8)
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        for module in Set(run.files.map { String($0.path.split(separator: "/")[0]) }) {
            #expect(manifest.contains("\"\(module)\""), "add \"\(module)\" to generatedModules in Package.swift")
        }
    }
}
