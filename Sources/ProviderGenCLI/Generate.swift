import ArgumentParser
import Foundation
import ProviderGenCore

/// `providergen generate`: regenerates the output folder from every schema, or with `--check`
/// only reports (as a diff) whether it is stale.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift for every schema in a folder.",
        discussion: "Only files whose bytes change are written; files the generator did not write are never deleted."
    )

    @Option(help: "Folder of provider schemas (*.yaml).")
    var schemas = "schemas"

    @Option(help: "Folder the provider modules are written to.")
    var output = "Generated"

    @Flag(help: "Write nothing; print a unified diff and exit 1 when the output folder is stale.")
    var check = false

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let generation = GenerationRun.run(schemaFolder: schemas, access: options.accessModifier)
        Terminal.printDiagnostics(generation.diagnostics)
        if generation.hasErrors {
            Terminal.nothingWritten(generation.diagnostics, in: "the schemas")
            throw ExitCode.failure
        }
        let folder = OutputFolder(root: output)
        let changes = folder.changes(for: generation.files)
        let leftovers = folder.leftovers(besides: generation.files)
        for path in leftovers {
            Terminal.warning("\(output)/\(path) was generated earlier but no schema produces it now; delete it")
        }
        if check {
            guard !changes.isEmpty || !leftovers.isEmpty else {
                print(
                    "\(output) is up to date (\(generation.files.count) files from \(generation.schemaCount) schemas)"
                )
                return
            }
            for change in changes {
                print(
                    UnifiedDiff.make(old: change.old, new: change.new, path: output + "/" + change.path),
                    terminator: ""
                )
            }
            if !changes.isEmpty {
                Terminal.error(
                    "\(changes.count) generated file\(changes.count == 1 ? " is" : "s are") stale; run `swift run providergen generate`"
                )
            }
            throw ExitCode.failure
        }
        do {
            try folder.write(changes)
        } catch {
            for problem in error.problems {
                Terminal.error((problem.path.isEmpty ? output : output + "/" + problem.path) + ": " + problem.reason)
            }
            Terminal.error(
                error.previousGenerationIntact
                    ? "nothing in \(output) was changed"
                    : "\(output) holds a mix of old and new generated files; fix the above and generate again"
            )
            throw ExitCode.failure
        }
        print(
            "Generated \(generation.files.count) files from \(generation.schemaCount) schemas into \(output) (\(changes.count) changed)"
        )
        if !changes.isEmpty, let summary = RevisionSummary.changes(since: "HEAD", folder: schemas) {
            print(
                "API changes since HEAD: \(summary.text) (`providergen diff --base HEAD --schemas \(schemas)` lists them)"
            )
        }
        remindAboutUnlistedModules(generation.files)
    }

    /// SwiftPM builds only the targets a manifest declares, so a new provider's module is easy to
    /// forget there and then nothing compiles it. Only a manifest that already builds modules
    /// from the output folder is looked at: elsewhere the reminder would mean nothing.
    private func remindAboutUnlistedModules(_ files: [GeneratedFile]) {
        guard let manifest = try? String(contentsOfFile: "Package.swift", encoding: .utf8),
            manifest.contains("\"\(output)/")
        else { return }
        let modules = Set(files.compactMap { $0.path.split(separator: "/").first.map(String.init) })
        for module in modules.sorted() where !manifest.contains("\"\(module)\"") {
            print(
                "note: Package.swift names no target \"\(module)\"; add one for \(output)/\(module) so SwiftPM builds it"
            )
        }
    }
}
