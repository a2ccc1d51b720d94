import ArgumentParser

@main
struct ProviderGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providergen",
        abstract: "Generates type-safe Swift clients for payment providers from YAML schemas.",
        subcommands: [Generate.self, Validate.self, GenerateFile.self]
    )
}
