import ArgumentParser
import Foundation

@main
struct ProviderGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providergen",
        abstract: "Generates type-safe Swift clients for payment providers from YAML schemas.",
        discussion:
            "Exit status: 0 success, 1 a finding (schema errors, stale output, an invalid payload), 2 usage errors.",
        subcommands: [Generate.self, Diff.self, Validate.self, Init.self, OpenAPI.self, GenerateFile.self]
    )

    /// ArgumentParser exits 64 (`EX_USAGE`) on a usage error; every command here documents 2, as
    /// most command-line tools do, so scripts can tell a mistyped option from a finding.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
