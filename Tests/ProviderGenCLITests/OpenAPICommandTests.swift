import Foundation
import Testing

/// `providergen openapi` as users run it, and every document it exports from `schemas/` and
/// the two kitchen-sink fixtures checked by a real validator, openapi-spec-validator (`pip install
/// openapi-spec-validator`; `.ci/run` installs it when missing).
@Suite("providergen openapi", .timeLimit(.minutes(10)))
struct OpenAPICommandTests {
    static let fixtures = CommandLineTests.repository.appendingPathComponent("Tests/Fixtures/OpenAPI").path

    /// The validator's command, or nil when it is not installed.
    static let validator: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map {
            URL(fileURLWithPath: String($0)).appendingPathComponent("openapi-spec-validator")
        }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func validate(_ files: [URL]) throws {
        let validator = try #require(
            Self.validator,
            "openapi-spec-validator is not on PATH; install it with `pip install openapi-spec-validator`"
        )
        let process = Process()
        process.executableURL = validator
        process.arguments = files.map(\.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
        for file in files {
            #expect(report.contains("\(file.path): OK"), "\(report)")
        }
    }

    @Test func everySchemaExportsAValidDocumentWithTheSameBytesFromEveryProcess() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The seeds and any provider added since (the README walkthrough adds one).
        let stems = try FileManager.default.contentsOfDirectory(atPath: CommandLineTests.schemas)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
        #expect(Set(["jetpay", "koywe", "payarc", "pik", "razorpay"]).isSubset(of: stems))
        for output in ["first", "second"] {
            let run = try BuiltCommand.run(
                ["openapi", "--schemas", CommandLineTests.schemas, "--output", output],
                in: folder
            )
            #expect(run.status == 0, "\(run.standardError)")
            #expect(
                run.standardOutput
                    == "Exported \(stems.count) OpenAPI documents into \(output) (\(stems.count) changed)\n"
            )
        }
        let first = try BuiltCommand.files(under: folder.appendingPathComponent("first"))
        #expect(first.keys.sorted() == stems.map { $0 + ".openapi.json" })
        #expect(first == (try BuiltCommand.files(under: folder.appendingPathComponent("second"))))
        try Self.validate(first.keys.sorted().map { folder.appendingPathComponent("first/" + $0) })

        let again = try BuiltCommand.run(
            ["openapi", "--schemas", CommandLineTests.schemas, "--output", "first"],
            in: folder
        )
        #expect(again.standardOutput == "Exported \(stems.count) OpenAPI documents into first (0 changed)\n")
    }

    @Test func theKitchenSinkExportsAValidDocument() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(
            ["openapi", "--schemas", Self.fixtures, "--output", "out", "--server-url", "http://127.0.0.1:8080"],
            in: folder
        )
        #expect(run.status == 0, "\(run.standardError)")
        let document = folder.appendingPathComponent("out/kitchen-sink.openapi.json")
        let text = try String(contentsOf: document, encoding: .utf8)
        #expect(text.contains(#""url": "http://127.0.0.1:8080""#))
        #expect(!text.contains("api.example.com"))
        try Self.validate([document])
    }

    /// The schema language's own kitchen sink (every key, unions and rules included) exports too.
    @Test func theSchemaLanguageKitchenSinkExportsAValidDocument() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemas = CommandLineTests.repository.appendingPathComponent("Tests/Fixtures/KitchenSink").path
        let run = try BuiltCommand.run(["openapi", "--schemas", schemas, "--output", "out"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        try Self.validate([folder.appendingPathComponent("out/kitchen-sink.openapi.json")])
    }

    @Test func aBadServerURLIsAUsageError() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(
            ["openapi", "--schemas", CommandLineTests.schemas, "--server-url", "localhost:8080"],
            in: folder
        )
        #expect(run.status == 2)
        #expect(run.standardError.contains("--server-url must be an absolute http(s) URL"), "\(run.standardError)")
    }

    @Test func schemaErrorsExitOneAndWriteNothing() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemas = folder.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: schemas, withIntermediateDirectories: true)
        try Data("provider:\n  module: Bad\n".utf8).write(to: schemas.appendingPathComponent("bad.yaml"))
        let run = try BuiltCommand.run(["openapi"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("schemas/bad.yaml:"), "\(run.standardError)")
        #expect(run.standardError.contains("nothing was written"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("openapi").path))
    }
}
