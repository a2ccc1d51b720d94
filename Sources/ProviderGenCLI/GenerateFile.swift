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

    func run() throws {
        let result = SingleFileOutput.generate(schemaAt: schema)
        Terminal.printDiagnostics(result.diagnostics)
        guard let contents = result.contents else {
            Terminal.nothingWritten(result.diagnostics, in: "the schema")
            throw ExitCode.failure
        }
        let url = URL(fileURLWithPath: output)
        let data = Data(contents.utf8)
        guard FileManager.default.contents(atPath: url.path) != data else { return }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try data.write(to: url, options: .atomic)
        } catch {
            Terminal.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
