import ArgumentParser
import Foundation
import ProviderGenCore

/// `providergen generate-file`: one schema to one Swift file. The build plugin runs it once per
/// schema, so each schema's output file is known before generation and only a changed schema is
/// regenerated.
struct GenerateFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-file",
        abstract: "Generate one Swift file from one schema (used by ProviderGenPlugin).",
        discussion: """
            The file holds the same declarations `generate` writes into <Module>/, in the same \
            order, under one header. It is written only when its bytes change. Diagnostics name \
            the schema as given, so pass a path editors can open.
            """,
        shouldDisplay: false
    )

    @Argument(help: "The schema (*.yaml).")
    var schema: String

    @Option(help: "The Swift file to write.")
    var output: String

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let result = SingleFileOutput.generate(schemaAt: schema, access: options.accessModifier)
        Terminal.printDiagnostics(result.diagnostics)
        guard let contents = result.contents else {
            Terminal.nothingWritten(result.diagnostics, in: "the schema")
            throw ExitCode.failure
        }
        // The same writer as `generate`: atomic, never over a hand-written file or a link, and a
        // failure names the reason.
        let url = URL(fileURLWithPath: output)
        let folder = OutputFolder(root: url.deletingLastPathComponent().path)
        do {
            try folder.write(
                folder.changes(for: [GeneratedFile(path: url.lastPathComponent, header: "", body: contents)])
            )
        } catch {
            for problem in error.problems {
                Terminal.error(
                    "cannot write \(output): " + (problem.path.isEmpty ? "its folder: " : "") + problem.reason
                )
            }
            throw ExitCode.failure
        }
    }
}
