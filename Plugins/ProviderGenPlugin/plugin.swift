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
        let config = try GenerationConfig.read(from: module)
        return schemas.map { schema in
            let name = schema.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).generated.swift")
            return .buildCommand(
                displayName: "Generating \(output.lastPathComponent) from \(schema.lastPathComponent)",
                executable: tool.url,
                // The absolute schema path is what diagnostics print (`path:line:column: error: …`).
                arguments: ["generate-file", schema.path, "--output", output.path]
                    + ["--access-modifier", config.accessModifier],
                inputFiles: [schema] + config.files,
                outputFiles: [output]
            )
        }
    }
}

/// `providergen-config.json` beside the schema, optional: `{"accessModifier": "internal"}` makes
/// the generated declarations internal (or `package`) instead of `public`, so the clients need
/// not become part of the target's API.
struct GenerationConfig: Decodable {
    static let fileName = "providergen-config.json"
    static let accessModifiers = ["public", "package", "internal"]

    var accessModifier = "public"
    /// The config file, an input of every build command so that editing it regenerates.
    var files: [URL] = []

    private enum CodingKeys: String, CodingKey {
        case accessModifier
    }

    static func read(from module: any SourceModuleTarget) throws -> GenerationConfig {
        guard let file = module.sourceFiles.first(where: { $0.url.lastPathComponent == fileName })?.url else {
            return GenerationConfig()
        }
        var config: GenerationConfig
        do {
            config = try JSONDecoder().decode(GenerationConfig.self, from: Data(contentsOf: file))
        } catch {
            throw PluginError.badConfig(file: file.path, reason: "\(error)")
        }
        guard accessModifiers.contains(config.accessModifier) else {
            throw PluginError.badConfig(
                file: file.path,
                reason: "accessModifier must be public, package or internal, found '\(config.accessModifier)'"
            )
        }
        config.files = [file]
        return config
    }
}

enum PluginError: Error, CustomStringConvertible {
    case oneSchemaPerTarget(target: String, schemas: String)
    case badConfig(file: String, reason: String)

    var description: String {
        switch self {
        case .oneSchemaPerTarget(let target, let schemas):
            return "target '\(target)' has several schemas (\(schemas)); each generates a `Client` type, "
                + "so give each schema its own target"
        case .badConfig(let file, let reason):
            return "\(file): error: \(reason)"
        }
    }
}
