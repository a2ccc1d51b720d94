import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-clients [--check]
/// [--schemas schemas] [--output Generated]`: runs `providergen generate` in the package directory
/// with the same arguments, so its output, files and exit status are the CLI's own.
@main
struct GenerateClientsCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0
        let schemas = extractor.extractOption(named: "schemas").last ?? "schemas"
        let output = extractor.extractOption(named: "output").last ?? "Generated"
        // `swift package` may pass target selections; this command works on folders, not targets.
        _ = extractor.extractOption(named: "target")
        _ = extractor.extractOption(named: "product")
        guard extractor.remainingArguments.isEmpty else {
            throw CommandError.unknownArguments(extractor.remainingArguments)
        }

        let tool = try buildProviderGen()
        var toolArguments = ["generate", "--schemas", schemas, "--output", output]
        if check {
            toolArguments.append("--check")
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = toolArguments
        // Relative folders, as with `swift run providergen generate` from the package directory.
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // The CLI has already printed its diagnostics or diff; only the status is left to pass on.
            throw CommandError.failed(status: process.terminationStatus)
        }
    }

    /// Builds the `providergen` product as `swift run providergen` would. (Declaring the executable
    /// target as a plugin dependency instead does not work for command plugins: `swift package`
    /// then looks for a product named after the target, `ProviderGenCLI`, and stops.)
    private func buildProviderGen() throws -> URL {
        let result = try packageManager.build(
            .product("providergen"),
            parameters: .init(configuration: .debug, logging: .concise)
        )
        guard result.succeeded else {
            print(result.logText)
            throw CommandError.buildFailed
        }
        guard let executable = result.builtArtifacts.first(where: { $0.kind == .executable }) else {
            throw CommandError.buildFailed
        }
        return executable.url
    }
}

enum CommandError: Error, CustomStringConvertible {
    case unknownArguments([String])
    case failed(status: Int32)
    case buildFailed

    var description: String {
        switch self {
        case .unknownArguments(let arguments):
            return "unknown arguments: \(arguments.joined(separator: " ")) "
                + "(expected --check, --schemas <folder>, --output <folder>)"
        case .failed(let status):
            return "providergen generate exited with status \(status)"
        case .buildFailed:
            return "could not build the providergen product"
        }
    }
}
