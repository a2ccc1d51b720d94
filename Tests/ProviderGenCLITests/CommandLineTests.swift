import Foundation
import Testing

/// The built `providergen` binary, as users and CI run it: exit statuses the README documents,
/// output streams, and generation that is byte-identical across separate processes.
@Suite("providergen command line", .timeLimit(.minutes(10)))
struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemas = repository.appendingPathComponent("schemas").path

    @Test func generationIsByteIdenticalAcrossProcessesAndMatchesTheCommittedOutput() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for output in ["first", "second"] {
            let run = try BuiltCommand.run(["generate", "--schemas", Self.schemas, "--output", output], in: folder)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("Generated "), "\(run.standardOutput)")
        }
        let first = try BuiltCommand.files(under: folder.appendingPathComponent("first"))
        let second = try BuiltCommand.files(under: folder.appendingPathComponent("second"))
        #expect(!first.isEmpty)
        #expect(first == second)
        let committed = try BuiltCommand.files(under: Self.repository.appendingPathComponent("Generated"))
        #expect(first == committed)
    }

    /// The build plugin's command: one file per schema, the same bytes from every process.
    @Test func generateFileIsByteIdenticalAcrossProcesses() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemaFiles = try FileManager.default.contentsOfDirectory(atPath: Self.schemas).filter {
            $0.hasSuffix(".yaml")
        }
        #expect(schemaFiles.count >= 5)
        for name in schemaFiles {
            var outputs: [Data] = []
            for copy in ["first", "second"] {
                let output = "\(copy)/\(name).swift"
                let run = try BuiltCommand.run(
                    ["generate-file", Self.schemas + "/" + name, "--output", output],
                    in: folder
                )
                #expect(run.status == 0, "\(run.standardError)")
                outputs.append(try Data(contentsOf: folder.appendingPathComponent(output)))
            }
            #expect(!outputs[0].isEmpty)
            #expect(outputs[0] == outputs[1], "\(name)")
        }
    }

    @Test func checkExitsZeroWhenCurrentAndOneWithADiffWhenStale() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["generate", "--schemas", Self.schemas, "--output", "out"]
        #expect(try BuiltCommand.run(arguments, in: folder).status == 0)
        let current = try BuiltCommand.run(arguments + ["--check"], in: folder)
        #expect(current.status == 0)
        #expect(current.standardOutput.hasPrefix("out is up to date"), "\(current.standardOutput)")

        let client = folder.appendingPathComponent("out/Razorpay/Client.swift")
        try (String(contentsOf: client, encoding: .utf8) + "// edited\n").write(
            to: client,
            atomically: true,
            encoding: .utf8
        )
        let stale = try BuiltCommand.run(arguments + ["--check"], in: folder)
        #expect(stale.status == 1)
        #expect(stale.standardOutput.contains("-// edited"), "\(stale.standardOutput)")
        #expect(stale.standardError.contains("1 generated file is stale"), "\(stale.standardError)")
    }

    @Test func schemaErrorsPrintCompilerStyleDiagnosticsExitOneAndWriteNothing() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("schemas"),
            withIntermediateDirectories: true
        )
        try "provider: Acme\nmodule: Acme\nservers: [\n".write(
            to: folder.appendingPathComponent("schemas/acme.yaml"),
            atomically: true,
            encoding: .utf8
        )
        let run = try BuiltCommand.run(["generate"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("schemas/acme.yaml:"), "\(run.standardError)")
        #expect(run.standardError.contains(": error: "), "\(run.standardError)")
        #expect(run.standardError.hasSuffix("in the schemas; nothing was written\n"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Generated").path))
    }

    @Test(arguments: [
        ["generate", "--no-such-option"],
        ["validate"],
        ["no-such-command"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("Error: "), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func validateExitsZeroWhenValidOneWhenInvalidTwoWhenUnreadable() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = Self.schemas + "/razorpay.yaml"
        try #"{"name": "Gaurav Kumar", "type": "employee"}"#.write(
            to: folder.appendingPathComponent("valid.json"),
            atomically: true,
            encoding: .utf8
        )
        try #"{"name": "Gaurav Kumar!"}"#.write(
            to: folder.appendingPathComponent("invalid.json"),
            atomically: true,
            encoding: .utf8
        )
        let operation = ["--operation", "createContact"]
        let valid = try BuiltCommand.run(["validate", "--schema", schema] + operation + ["valid.json"], in: folder)
        #expect(valid.status == 0, "\(valid.standardOutput)\(valid.standardError)")
        #expect(valid.standardOutput == "valid.json: valid for CreateContactRequest\n")

        let invalid = try BuiltCommand.run(["validate", "--schema", schema] + operation + ["invalid.json"], in: folder)
        #expect(invalid.status == 1)
        #expect(invalid.standardOutput.hasPrefix("invalid.json: error: name: "), "\(invalid.standardOutput)")

        let missing = try BuiltCommand.run(["validate", "--schema", schema] + operation + ["missing.json"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.standardError == "providergen: error: cannot read missing.json\n")
    }

    @Test func helpListsUserCommandsAndHidesThePluginsCommand() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try BuiltCommand.run(["--help"], in: folder)
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("generate"))
        #expect(help.standardOutput.contains("validate"))
        #expect(!help.standardOutput.contains("generate-file"))
    }

    /// The reminder to list a new module names this repository's layout, so it appears only
    /// where a manifest already builds modules from the output folder.
    @Test func unlistedModuleReminderOnlyForManifestsThatBuildTheOutputFolder() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["generate", "--schemas", Self.schemas]
        let manifest = folder.appendingPathComponent("Package.swift")

        try "let package = 1 // builds nothing generated\n".write(to: manifest, atomically: true, encoding: .utf8)
        let unrelated = try BuiltCommand.run(arguments, in: folder)
        #expect(unrelated.status == 0)
        #expect(!unrelated.standardOutput.contains("note:"), "\(unrelated.standardOutput)")

        try #"let modules = ["Jetpay", "Koywe", "PIK", "PayArc"] // path: "Generated/\(name)""#.write(
            to: manifest,
            atomically: true,
            encoding: .utf8
        )
        let layout = try BuiltCommand.run(arguments, in: folder)
        #expect(layout.status == 0)
        #expect(
            layout.standardOutput.hasSuffix(
                "note: Package.swift names no target \"Razorpay\"; add one for Generated/Razorpay so SwiftPM builds it\n"
            ),
            "\(layout.standardOutput)"
        )
    }
}

/// `providergen init`: a schema that generates, next steps, and never an overwrite.
@Suite("providergen init", .timeLimit(.minutes(10)))
struct InitCommandTests {
    @Test func writesASkeletonThatGeneratesAndRefusesToOverwriteIt() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BuiltCommand.run(["init", "Acme"], in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("Wrote schemas/acme.yaml. Next:\n"), "\(first.standardOutput)")
        #expect(first.standardOutput.contains("swift run providergen generate"))
        #expect(first.standardOutput.contains("Generated/Acme"))
        let schema = folder.appendingPathComponent("schemas/acme.yaml")
        let written = try Data(contentsOf: schema)

        let generated = try BuiltCommand.run(["generate"], in: folder)
        #expect(generated.status == 0, "\(generated.standardError)")
        #expect(generated.standardError.isEmpty, "\(generated.standardError)")
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("Generated/Acme/Client.swift").path)
        )

        try Data("# edited by hand\n".utf8).write(to: schema)
        let again = try BuiltCommand.run(["init", "Acme"], in: folder)
        #expect(again.status == 1)
        #expect(
            again.standardError
                == "providergen: error: cannot write schemas/acme.yaml: it already exists; nothing was written\n"
        )
        #expect(try Data(contentsOf: schema) == Data("# edited by hand\n".utf8))
        #expect(!written.isEmpty)
    }

    @Test(arguments: ["acme", "Acme-Pay", "Foundation", ""])
    func refusesNamesThatCannotBeAModule(name: String) throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(["init", name], in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("Error: module '\(name)' "), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("schemas").path))
    }
}

/// `--access-modifier`: the same declarations at another access level, for code generated into
/// a target whose API should not grow by the clients.
@Suite("providergen --access-modifier", .timeLimit(.minutes(10)))
struct AccessModifierTests {
    @Test(arguments: [("internal", ""), ("package", "package ")])
    func everyPublicDeclarationTakesTheChosenLevel(modifier: String, keyword: String) throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemas = CommandLineTests.schemas
        #expect(try BuiltCommand.run(["generate", "--schemas", schemas, "--output", "public"], in: folder).status == 0)
        let run = try BuiltCommand.run(
            ["generate", "--schemas", schemas, "--output", "chosen", "--access-modifier", modifier],
            in: folder
        )
        #expect(run.status == 0, "\(run.standardError)")
        let publicFiles = try BuiltCommand.files(under: folder.appendingPathComponent("public"))
        let chosenFiles = try BuiltCommand.files(under: folder.appendingPathComponent("chosen"))
        #expect(publicFiles.keys.sorted() == chosenFiles.keys.sorted())
        for (path, data) in publicFiles {
            let expected = String(decoding: data, as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in
                    let indent = line.prefix { $0 == " " }
                    let rest = line.dropFirst(indent.count)
                    return rest.hasPrefix("public ") ? indent + keyword + rest.dropFirst("public ".count) : line
                }
                .joined(separator: "\n")
            // A shorter keyword can let a signature fit on one line that `public` made wrap, so the
            // texts are compared without their whitespace.
            let chosen = String(decoding: chosenFiles[path] ?? Data(), as: UTF8.self)
            #expect(chosen.filter { !$0.isWhitespace } == expected.filter { !$0.isWhitespace }, "\(path)")
        }
    }

    @Test func unknownLevelIsAUsageError() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(["generate", "--access-modifier", "open"], in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.contains("open"), "\(run.standardError)")
    }
}
