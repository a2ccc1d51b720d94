// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Throughput of the ProviderRuntime formats. A package of its own so the root package's
/// `swift test` never builds or runs it:
///
///     swift run -c release --package-path Benchmarks format-benchmarks
///
/// A path dependency's identity is the name of its folder, which differs between clones, so it
/// is read from the path rather than written down.
let rootFolder = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

let package = Package(
    name: "format-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "format-benchmarks",
            dependencies: [.product(name: "ProviderRuntime", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
