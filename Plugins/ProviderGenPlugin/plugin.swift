import Foundation
import PackagePlugin

/// Generates Swift from the `.yaml` schemas among a target's sources and compiles it into that
/// target. One build command per schema, with the schema as its only input and one Swift file as
/// its only output, so a no-op build runs nothing and a changed schema regenerates only its own
/// file. The target must depend on `ProviderRuntime`.
@main
struct ProviderGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let schemas =
            (module.sourceFiles(withSuffix: ".yaml").map(\.url) + module.sourceFiles(withSuffix: ".yml").map(\.url))
            .sorted { $0.path < $1.path }
        if schemas.count > 1 {
            // Every schema generates a `Client` and its own models into the same module.
            let names = schemas.map(\.lastPathComponent).joined(separator: ", ")
            throw PluginError.oneSchemaPerTarget(target: target.name, schemas: names)
        }
        // The plugin depends on the executable *target*, and SwiftPM names such a tool after the
        // target, not after the `providergen` product (a plugin cannot depend on a product of its
        // own package).
        let tool = try context.tool(named: "ProviderGenCLI")
        return schemas.map { schema in
            let name = schema.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).generated.swift")
            return .buildCommand(
                displayName: "Generating \(output.lastPathComponent) from \(schema.lastPathComponent)",
                executable: tool.url,
                // The absolute schema path is what diagnostics print (`path:line:column: error: …`).
                arguments: ["generate-file", schema.path, "--output", output.path],
                inputFiles: [schema],
                outputFiles: [output]
            )
        }
    }
}

enum PluginError: Error, CustomStringConvertible {
    case oneSchemaPerTarget(target: String, schemas: String)

    var description: String {
        switch self {
        case .oneSchemaPerTarget(let target, let schemas):
            return "target '\(target)' has several schemas (\(schemas)); each generates a `Client` type, "
                + "so give each schema its own target"
        }
    }
}
