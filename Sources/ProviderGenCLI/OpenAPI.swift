import ArgumentParser
import Foundation
import ProviderGenCore

/// `providergen openapi`: one OpenAPI 3.1 document per schema, for documentation portals,
/// Postman and contract testers.
struct OpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Export an OpenAPI 3.1 document (JSON) for every schema in a folder.",
        discussion: """
            Writes <output>/<schema>.openapi.json; only files whose bytes change are written. What \
            OpenAPI cannot say (character classes, cross-field rules, format arguments, date \
            patterns, tolerances) is kept in x-providergen-* extensions.
            """
    )

    @Option(help: "Folder of provider schemas (*.yaml).")
    var schemas = "schemas"

    @Option(help: "Folder the documents are written to.")
    var output = "openapi"

    @Option(help: "Replace every document's servers with this one URL (for a sandbox or a contract tester).")
    var serverURL: String?

    @Option(help: "The documents' info.version.")
    var apiVersion = "1.0.0"

    func validate() throws {
        guard let serverURL else { return }
        guard let url = URL(string: serverURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
            url.host != nil
        else {
            throw ValidationError("--server-url must be an absolute http(s) URL, not '\(serverURL)'")
        }
    }

    func run() throws {
        let export = OpenAPIExport.run(
            schemaFolder: schemas,
            options: OpenAPIDocument.Options(apiVersion: apiVersion, serverURL: serverURL)
        )
        Terminal.printDiagnostics(export.diagnostics)
        if export.hasErrors {
            Terminal.nothingWritten(export.diagnostics, in: "the schemas")
            throw ExitCode.failure
        }
        var changed = 0
        for file in export.files {
            let path = output + "/" + file.path
            let bytes = Data(file.contents.utf8)
            if FileManager.default.contents(atPath: path) == bytes { continue }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
                changed += 1
            } catch {
                Terminal.error("cannot write \(path): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        print("Exported \(export.files.count) OpenAPI documents into \(output) (\(changed) changed)")
    }
}
