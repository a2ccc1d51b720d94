// swift-tools-version:6.0
import PackageDescription

/// One module per provider, generated into `Generated/<Module>/` by `providergen generate`.
/// Adding a provider: write `schemas/<provider>.yaml`, generate, and add its module here.
let generatedModules = ["Jetpay", "Koywe", "PIK", "PayArc", "Razorpay"]

let package = Package(
    name: "providergen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "providergen", targets: ["ProviderGenCLI"]),
        .library(name: "ProviderRuntime", targets: ["ProviderRuntime"]),
        .library(name: "ProviderRuntimeCore", targets: ["ProviderRuntimeCore"]),
        .library(name: "ProviderGenCore", targets: ["ProviderGenCore"]),
        .plugin(name: "ProviderGenPlugin", targets: ["ProviderGenPlugin"]),
        .plugin(name: "GenerateClientsCommand", targets: ["GenerateClientsCommand"]),
    ] + generatedModules.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "ProviderGenCore",
            dependencies: ["CYAML", "ProviderRuntimeCore"]
        ),
        // What generated code calls: validation rules, formats, codings, the request builder.
        .target(name: "ProviderRuntimeCore"),
        // ProviderRuntimeCore plus the URLSession and swift-http-types conversions; the one
        // module generated code imports.
        .target(
            name: "ProviderRuntime",
            dependencies: ["ProviderRuntimeCore", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .executableTarget(
            name: "ProviderGenCLI",
            dependencies: [
                "ProviderGenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "ProviderGenPlugin",
            capability: .buildTool(),
            dependencies: ["ProviderGenCLI"]
        ),
        .plugin(
            name: "GenerateClientsCommand",
            capability: .command(
                intent: .custom(
                    verb: "generate-clients",
                    description: "Regenerate Generated/ from schemas/, as `swift run providergen generate` does."
                ),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift into Generated/.")]
            )
        ),
        .testTarget(
            name: "ProviderGenCoreTests",
            dependencies: ["ProviderGenCore"]
        ),
        // Runs the built `providergen` binary; depending on the executable makes SwiftPM build it.
        .testTarget(
            name: "ProviderGenCLITests",
            dependencies: ["ProviderGenCLI"]
        ),
        .testTarget(
            name: "ProviderRuntimeTests",
            dependencies: ["ProviderRuntime", "ProviderRuntimeCore"]
        ),
        .testTarget(
            name: "GeneratedClientsTests",
            dependencies: ["ProviderRuntime", "ProviderGenCore"] + generatedModules.map { .target(name: $0) }
        ),
    ] + generatedModules.map { .target(name: $0, dependencies: ["ProviderRuntime"], path: "Generated/\($0)") },
    swiftLanguageModes: [.v6]
)
