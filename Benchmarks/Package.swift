// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Benchmarks, in a package of its own so the root package's `swift test` never builds or
/// runs them:
///
///     swift run -c release --package-path Benchmarks format-benchmarks      # ProviderRuntime formats
///     swift run -c release --package-path Benchmarks generation-benchmarks  # the generator
///     swift run -c release --package-path Benchmarks openapi-benchmarks     # the OpenAPI export
///     swift run -c release --package-path Benchmarks koywe-benchmarks       # generated Koywe validator
///     swift run -c release --package-path Benchmarks json-benchmarks        # response decoding vs Foundation
///     swift run -c release --package-path Benchmarks sending-benchmarks     # client.createContact vs bare calls
///
/// A path dependency's identity is the name of its folder, which differs between clones, so it
/// is read from the path rather than written down. SwiftPM does not notice source files added
/// to the root package after this package's first build; `touch Benchmarks/Package.swift`
/// makes it look again.
let rootFolder = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

let package = Package(
    name: "benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
    ],
    targets: [
        .executableTarget(
            name: "format-benchmarks",
            dependencies: [.product(name: "ProviderRuntime", package: rootIdentity)]
        ),
        .executableTarget(
            name: "generation-benchmarks",
            dependencies: [.product(name: "ProviderGenCore", package: rootIdentity)]
        ),
        .executableTarget(
            name: "openapi-benchmarks",
            dependencies: [.product(name: "ProviderGenCore", package: rootIdentity)]
        ),
        .executableTarget(
            name: "koywe-benchmarks",
            dependencies: [
                .product(name: "Koywe", package: rootIdentity),
                .product(name: "ProviderRuntime", package: rootIdentity),
            ]
        ),
        .executableTarget(
            name: "json-benchmarks",
            dependencies: ["Jetpay", "Koywe", "PIK", "PayArc", "Razorpay", "ProviderRuntime"].map {
                .product(name: $0, package: rootIdentity)
            }
        ),
        .executableTarget(
            name: "sending-benchmarks",
            dependencies: [
                .product(name: "Razorpay", package: rootIdentity),
                .product(name: "ProviderRuntime", package: rootIdentity),
                .product(name: "ProviderRuntimeAsyncHTTPClient", package: rootIdentity),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
