import Foundation
import Testing

/// `providergen diff` as users and CI run it: the three formats, `--fail-on` exit statuses,
/// folders paired by file name, `--base` against a git revision, and `generate`'s summary line.
@Suite("providergen diff", .timeLimit(.minutes(10)))
struct DiffCommandTests {
    static let corpus = CommandLineTests.repository.appendingPathComponent("Tests/Fixtures/DiffCorpus")

    static func corpusFile(_ path: String) throws -> Data {
        try Data(contentsOf: corpus.appendingPathComponent(path))
    }

    /// A folder with `old.yaml` (the corpus base) and `new.yaml` (`change` applied to it).
    static func pair(_ change: String) throws -> URL {
        let folder = try BuiltCommand.temporaryFolder()
        try corpusFile("base.yaml").write(to: folder.appendingPathComponent("old.yaml"))
        try corpusFile(change + "/new.yaml").write(to: folder.appendingPathComponent("new.yaml"))
        return folder
    }

    @Test func textFindingsAreCompilerStyleAndFailOnSetsTheExitStatus() throws {
        let folder = try Self.pair("field-removed-response-required")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try BuiltCommand.run(["diff", "old.yaml", "new.yaml"], in: folder)
        #expect(report.status == 0, "no --fail-on: report only")
        #expect(
            report.standardOutput.contains(
                "old.yaml:132:7: error: field 'total' removed from Order (used in responses) [wire: breaking, swift: breaking; field-removed]"
            ),
            "\(report.standardOutput)"
        )
        #expect(report.standardOutput.hasSuffix("1 breaking\n"))
        #expect(report.standardError.isEmpty, "\(report.standardError)")
        #expect(
            try BuiltCommand.run(["diff", "old.yaml", "new.yaml", "--fail-on", "breaking"], in: folder).status == 1
        )
        #expect(try BuiltCommand.run(["diff", "old.yaml", "old.yaml", "--fail-on", "any"], in: folder).status == 0)
    }

    @Test func failOnThresholds() throws {
        let folder = try Self.pair("status-added")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["diff", "old.yaml", "new.yaml", "--fail-on"]
        #expect(try BuiltCommand.run(arguments + ["breaking"], in: folder).status == 0)
        #expect(try BuiltCommand.run(arguments + ["potentially-breaking"], in: folder).status == 1)
        #expect(try BuiltCommand.run(arguments + ["any"], in: folder).status == 1)
    }

    @Test func jsonHasOneObjectPerFinding() throws {
        let folder = try Self.pair("enum-value-added-closed-response")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(["diff", "old.yaml", "new.yaml", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["kind"] as? String == "enum-value-added")
        #expect(findings.first?["wire"] as? String == "breaking")
        #expect(findings.first?["swift"] as? String == "potentially-breaking")
        #expect(findings.first?["level"] as? String == "breaking")
        #expect(findings.first?["file"] as? String == "new.yaml")
        #expect(findings.first?["line"] as? Int == 151)
    }

    @Test func markdownIsAChangelogByLevel() throws {
        let folder = try Self.pair("optional-parameter-added")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(["diff", "old.yaml", "new.yaml", "--format", "markdown"], in: folder)
        #expect(
            run.standardOutput == """
                # API changes

                ## new.yaml

                ### Added

                - optional query parameter 'limit' added to createOrder (wire: additive; Swift: additive; `new.yaml:41:7`)

                """
        )
    }

    @Test func foldersArePairedByFileName() throws {
        let folder = try BuiltCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for side in ["v1", "v2"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(side),
                withIntermediateDirectories: true
            )
        }
        try Self.corpusFile("base.yaml").write(to: folder.appendingPathComponent("v1/shop.yaml"))
        try Self.corpusFile("server-removed/new.yaml").write(to: folder.appendingPathComponent("v2/shop.yaml"))
        try Self.corpusFile("base.yaml").write(to: folder.appendingPathComponent("v1/gone.yaml"))
        try Self.corpusFile("base.yaml").write(to: folder.appendingPathComponent("v2/added.yaml"))
        let run = try BuiltCommand.run(["diff", "v1", "v2"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardOutput == """
                v2/added.yaml:1:1: note: provider Shop added [wire: additive, swift: additive; provider-added]
                v1/gone.yaml:1:1: error: provider Shop removed [wire: breaking, swift: breaking; provider-removed]
                v1/shop.yaml:11:3: error: server sandbox (https://sandbox.shop.example) removed [wire: breaking, swift: breaking; server-removed]
                2 breaking, 1 additive

                """
        )
    }

    @Test func schemaErrorsAndUsageErrorsExitTwo() throws {
        let folder = try Self.pair("identical")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("provider:\n  module: Shop\noperations: {}\n".utf8).write(
            to: folder.appendingPathComponent("bad.yaml")
        )
        let bad = try BuiltCommand.run(["diff", "old.yaml", "bad.yaml"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("bad.yaml:3:13: error: "), "\(bad.standardError)")
        #expect(try BuiltCommand.run(["diff", "old.yaml"], in: folder).status == 2)
        #expect(try BuiltCommand.run(["diff", "old.yaml", "missing.yaml"], in: folder).status == 2)
        #expect(try BuiltCommand.run(["diff", "old.yaml", "new.yaml", "--format", "html"], in: folder).status == 2)
        #expect(try BuiltCommand.run(["diff", "--base", "HEAD", "old.yaml"], in: folder).status == 2)
    }

    /// A repository with `schemas/shop.yaml` committed, then changed in the working tree.
    static func repository(changedTo change: String) throws -> URL {
        let folder = try BuiltCommand.temporaryFolder()
        let schemas = folder.appendingPathComponent("schemas")
        try FileManager.default.createDirectory(at: schemas, withIntermediateDirectories: true)
        try corpusFile("base.yaml").write(to: schemas.appendingPathComponent("shop.yaml"))
        try git(["init", "-q"], in: folder)
        try git(["add", "schemas"], in: folder)
        try git(["-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", "base"], in: folder)
        try corpusFile(change + "/new.yaml").write(to: schemas.appendingPathComponent("shop.yaml"))
        return folder
    }

    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments)")
    }

    @Test func baseComparesAGitRevisionWithTheWorkingTree() throws {
        let folder = try Self.repository(changedTo: "operation-removed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try BuiltCommand.run(["diff", "--base", "HEAD", "--fail-on", "breaking"], in: folder)
        #expect(run.status == 1, "\(run.standardError)")
        #expect(
            run.standardOutput.hasPrefix(
                "HEAD:schemas/shop.yaml:58:3: error: operation getOrder (GET /v1/orders/{orderId}) removed"
            ),
            "\(run.standardOutput)"
        )
        let unknown = try BuiltCommand.run(["diff", "--base", "no-such-revision"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no-such-revision"), "\(unknown.standardError)")
    }

    @Test func generateSummarisesAPIChangesSinceHEAD() throws {
        let folder = try Self.repository(changedTo: "enum-value-added-closed-response")
        defer { try? FileManager.default.removeItem(at: folder) }
        let changed = try BuiltCommand.run(["generate"], in: folder)
        #expect(changed.status == 0, "\(changed.standardError)")
        #expect(
            changed.standardOutput.contains(
                "API changes since HEAD: 1 breaking (`providergen diff --base HEAD --schemas schemas` lists them)"
            ),
            "\(changed.standardOutput)"
        )
        // Nothing rewritten: nothing said.
        let again = try BuiltCommand.run(["generate"], in: folder)
        #expect(!again.standardOutput.contains("API changes"), "\(again.standardOutput)")
    }
}
