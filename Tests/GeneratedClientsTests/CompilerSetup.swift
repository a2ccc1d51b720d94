import Foundation
import ProviderGenCore
import Testing

/// `swiftc -typecheck` of generated code plus a program, against the ProviderRuntime module this
/// test run already built (its `.swiftmodule` sits in `Modules/` next to the test bundle), so a
/// check takes about a second and builds nothing.
struct CompilerSetup: Sendable {
    struct Outcome: Sendable {
        var succeeded: Bool
        var output: String
    }

    let compiler: URL
    let modules: URL

    static let problem: Comment =
        "swiftc or the built ProviderRuntime module was not found; run under `swift test` with swiftc on PATH"

    static func find() -> CompilerSetup? {
        guard let compiler = executable("swiftc"), let modules = builtModules() else { return nil }
        return CompilerSetup(compiler: compiler, modules: modules)
    }

    /// The build folder's `Modules` holding ProviderRuntime, looked for from the test bundle
    /// upwards (SwiftPM's layout differs between versions and platforms).
    private static func builtModules() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Modules"), folder] {
                if FileManager.default.fileExists(
                    atPath: candidate.appendingPathComponent("ProviderRuntime.swiftmodule").path
                ) {
                    return candidate
                }
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Generates `schema`'s client into `folder` and type-checks it together with `program`.
    func typecheck(_ schema: ProviderSchema, program: String, in folder: URL) throws -> Outcome {
        var files: [String] = []
        // The DocC article is documentation, not source.
        for file in ProviderGenerator.generate(schema) where file.path.hasSuffix(".swift") {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(file.contents.utf8).write(to: url)
            files.append(url.path)
        }
        return try typecheck(program: program, with: files, module: schema.module, in: folder)
    }

    /// Type-checks `program` (written to `Program.swift` in `folder`), with `files` in the same
    /// module, against the built runtime.
    func typecheck(program: String, with files: [String] = [], module: String, in folder: URL) throws -> Outcome {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let programURL = folder.appendingPathComponent("Program.swift")
        try Data(program.utf8).write(to: programURL)
        let process = Process()
        process.executableURL = compiler
        process.arguments =
            [
                "-typecheck", "-parse-as-library", "-swift-version", "6", "-module-name", module, "-I",
                modules.path,
            ]
            + files + [programURL.path]
        let log = folder.appendingPathComponent("compiler.log")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Outcome(
            succeeded: process.terminationStatus == 0,
            output: (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        )
    }
}
