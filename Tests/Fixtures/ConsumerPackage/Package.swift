// swift-tools-version:6.0
import PackageDescription

// A package that uses providergen the way a client of it would: the build plugin turns the
// schema in Sources/ConsumerClient into Swift at build time. run-consumer-tests.sh builds and
// tests it, so a broken plugin fails CI.
let package = Package(
    name: "ConsumerPackage",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder name, which differs
        // between checkouts.
        .package(name: "providergen", path: "../../..")
    ],
    targets: [
        .target(
            name: "ConsumerClient",
            dependencies: [.product(name: "ProviderRuntime", package: "providergen")],
            plugins: [.plugin(name: "ProviderGenPlugin", package: "providergen")]
        ),
        .testTarget(
            name: "ConsumerClientTests",
            dependencies: ["ConsumerClient", .product(name: "ProviderRuntime", package: "providergen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
