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
        // SwiftNIO's HTTP client as a transport; its own product so URLSession users never build NIO.
        .library(name: "ProviderRuntimeAsyncHTTPClient", targets: ["ProviderRuntimeAsyncHTTPClient"]),
        .library(name: "ProviderRuntimeCore", targets: ["ProviderRuntimeCore"]),
        .library(name: "ProviderGenCore", targets: ["ProviderGenCore"]),
        // A local stand-in server for every schema; the only products that build Hummingbird.
        .executable(name: "providergen-sandbox", targets: ["ProviderGenSandbox"]),
        .library(name: "ProviderSandbox", targets: ["ProviderSandbox"]),
        .plugin(name: "ProviderGenPlugin", targets: ["ProviderGenPlugin"]),
        .plugin(name: "GenerateClientsCommand", targets: ["GenerateClientsCommand"]),
    ] + generatedModules.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        // `swift package generate-documentation` (a command plugin: nothing of it is linked).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.0"),
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
        // What generated code calls: validation rules, formats, codings, the request builder, and
        // response heads as swift-http-types' `HTTPFields` (HTTPTypes has no dependencies of its own).
        .target(
            name: "ProviderRuntimeCore",
            dependencies: [.product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        // ProviderRuntimeCore plus sending: the transport protocol, the URLSession transport, the
        // middleware chain and the call-site error; the one module generated code imports.
        .target(
            name: "ProviderRuntime",
            dependencies: [
                "ProviderRuntimeCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The only library target that builds SwiftNIO.
        .target(
            name: "ProviderRuntimeAsyncHTTPClient",
            dependencies: [
                "ProviderRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "ProviderGenCLI",
            dependencies: [
                "ProviderGenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Serves the schemas at run time: ProviderGenCore loads and checks them and validates bodies
        // with the same interpreter as `providergen validate`; Hummingbird carries the HTTP.
        .target(
            name: "ProviderSandbox",
            dependencies: [
                "ProviderGenCore",
                "ProviderRuntimeCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ]
        ),
        .executableTarget(
            name: "ProviderGenSandbox",
            dependencies: [
                "ProviderSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
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
        // The README's complete programs: create a Razorpay contact with each transport.
        .executableTarget(
            name: "RazorpayQuickstart",
            dependencies: ["Razorpay", "ProviderRuntime"],
            path: "Tests/Examples/RazorpayQuickstart"
        ),
        .executableTarget(
            name: "RazorpayQuickstartAsyncHTTPClient",
            dependencies: ["Razorpay", "ProviderRuntime", "ProviderRuntimeAsyncHTTPClient"],
            path: "Tests/Examples/RazorpayQuickstartAsyncHTTPClient"
        ),
        // Both transports against a scripted HTTP/1 server on 127.0.0.1 that the tests start.
        .testTarget(
            name: "TransportTests",
            dependencies: [
                "ProviderRuntime",
                "ProviderRuntimeAsyncHTTPClient",
                "Razorpay",
                // The README's programs; depending on them makes `swift test` compile them.
                "RazorpayQuickstart",
                "RazorpayQuickstartAsyncHTTPClient",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The sandbox in-process on 127.0.0.1, driven by the generated clients and by raw bytes.
        .testTarget(
            name: "SandboxTests",
            dependencies: [
                "ProviderSandbox",
                "ProviderGenCore",
                "ProviderRuntime",
                "ProviderGenSandbox",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ] + generatedModules.map { .target(name: $0) }
        ),
        .testTarget(
            name: "GeneratedClientsTests",
            // ProviderSandbox: the sandbox's answer joins every validation agreement check.
            dependencies: ["ProviderRuntime", "ProviderGenCore", "ProviderSandbox", "KitchenSink"]
                + generatedModules.map { .target(name: $0) }
        ),
        // Generated from Tests/Fixtures/KitchenSink/kitchen-sink.yaml, which uses every key of the
        // schema language: building it compiles every emitter path.
        .target(
            name: "KitchenSink",
            dependencies: ["ProviderRuntime"],
            path: "Tests/Fixtures/KitchenSink/Generated/KitchenSink"
        ),
    ] + generatedModules.map { .target(name: $0, dependencies: ["ProviderRuntime"], path: "Generated/\($0)") },
    swiftLanguageModes: [.v6]
)
