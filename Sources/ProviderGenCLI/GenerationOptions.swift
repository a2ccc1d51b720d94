import ArgumentParser
import ProviderGenCore

extension AccessModifier: ExpressibleByArgument {}

/// Options every generating command shares (`generate` and the build plugin's `generate-file`).
struct GenerationOptions: ParsableArguments {
    @Option(help: "Access level of the generated declarations: public, package or internal.")
    var accessModifier: AccessModifier = .public
}
