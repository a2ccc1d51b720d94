import Foundation
import Testing

@testable import ProviderGenCore

/// `Generated/` is committed; these tests fail when it no longer matches what the generator
/// produces from `schemas/`, or holds anything else. Determinism across processes is checked by
/// ProviderGenCLITests on the built binary. Re-record by running `swift run providergen generate`.
@Suite struct SnapshotTests {
    @Test func committedOutputMatchesTheGenerator() throws {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(run.schemaCount > 0)
        let changes = OutputFolder(root: RepositoryPaths.generated).changes(for: run.files)
        let diff = changes.map { UnifiedDiff.make(old: $0.old, new: $0.new, path: "Generated/" + $0.path) }.joined()
        #expect(changes.isEmpty, "Generated/ is stale; run `swift run providergen generate`.\n\(diff)")
    }

    /// SwiftPM compiles every Swift file in a module's folder, so anything there that the
    /// generator does not produce, left over or hand-written, changes the module.
    @Test func generatedHoldsNothingTheGeneratorDoesNotProduce() throws {
        let run = GenerationRun.run(schemaFolder: RepositoryPaths.schemas, displayFolder: "schemas")
        let produced = Set(run.files.map(\.path))
        let enumerator = try #require(FileManager.default.enumerator(atPath: RepositoryPaths.generated))
        var extra: [String] = []
        while let path = enumerator.nextObject() as? String {
            let isFolder = enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory
            if !isFolder && !produced.contains(path) { extra.append(path) }
        }
        #expect(extra.isEmpty, "Generated/ holds files no schema produces; delete them: \(extra.sorted())")
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
