import ArgumentParser
import Foundation
import ProviderGenCore

/// `providergen init <Name>`: a new provider starts from a schema that already generates.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented skeleton schema for a new provider.",
        discussion: "Writes <schemas>/<name>.yaml and never overwrites an existing file."
    )

    @Argument(help: "The provider's module name, UpperCamelCase (for example Acme).")
    var name: String

    @Option(help: "Folder of provider schemas (*.yaml).")
    var schemas = "schemas"

    func validate() throws {
        if let problem = ModuleName.problem(name) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let path = schemas + "/" + SchemaSkeleton.fileName(module: name)
        do {
            try FileManager.default.createDirectory(atPath: schemas, withIntermediateDirectories: true)
            try Data(SchemaSkeleton.text(module: name).utf8).write(
                to: URL(fileURLWithPath: path),
                options: .withoutOverwriting
            )
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: path) ? "it already exists" : error.localizedDescription
            Terminal.error("cannot write \(path): \(reason); nothing was written")
            throw ExitCode.failure
        }
        print(
            """
            Wrote \(path). Next:
              1. edit it to describe \(name)'s API, then run `swift run providergen generate`
              2. declare a target for Generated/\(name) in Package.swift (in providergen's own layout, add "\(name)" to generatedModules)
            """
        )
    }
}
