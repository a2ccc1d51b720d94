import Foundation
import ProviderGenCore
import Testing

/// The compiler's check of `providergen diff`'s Swift verdicts. For every pair of the diff
/// corpus, a program written against the old generated client (``UserProgram``) is type-checked
/// against the new one: a pair whose findings are at most additive for Swift must compile, one
/// with a breaking or potentially breaking finding must not (the program is the caller that
/// the change breaks: it passes every argument and switches exhaustively).
@Suite(.timeLimit(.minutes(10))) struct DiffSourceCompatibilityTests {
    @Test func everyVerdictMatchesTheCompiler() throws {
        let toolchain = try #require(CompilerSetup.find(), CompilerSetup.problem)
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/DiffCorpus").path
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { !$0.hasSuffix(".yaml") }
            .sorted()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("diff-compat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }

        // A case compares its own old.yaml when it has one, else base.yaml; one program (and one
        // check that it compiles against its own client) per distinct old schema.
        var programs: [[UInt8]: String] = [:]
        var jobs: [(name: String, schema: ProviderSchema, program: String)] = []
        var checks: [(name: String, expectCompiles: Bool, source: Impact)] = []
        for name in names {
            let own = corpus + "/" + name + "/old.yaml"
            let oldPath = FileManager.default.fileExists(atPath: own) ? own : corpus + "/base.yaml"
            let oldBytes = Self.bytes(oldPath)
            if programs[oldBytes] == nil {
                let program = UserProgram(schema: try Self.load(oldPath)).text
                programs[oldBytes] = program
                // The program must fit the client it was written for, or no verdict means anything.
                jobs.append(("baseline of " + name, try Self.load(oldPath), program))
                checks.append(("baseline of " + name, true, .none))
            }
            let newPath = corpus + "/" + name + "/new.yaml"
            let result = SchemaDiff.compare(
                old: [SchemaSource(name: "shop.yaml", displayPath: oldPath, bytes: oldBytes)],
                new: [SchemaSource(name: "shop.yaml", displayPath: newPath, bytes: Self.bytes(newPath))]
            )
            let source = result.findings.map(\.source).max() ?? Impact.none
            jobs.append((name, try Self.load(newPath), try #require(programs[oldBytes])))
            checks.append((name, source < .potentiallyBreaking, source))
        }
        let outcomes = Outcomes(count: jobs.count)
        let allJobs = jobs
        DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
            let job = allJobs[index]
            outcomes.set(
                index,
                Result {
                    try toolchain.typecheck(
                        job.schema,
                        program: job.program,
                        in: work.appendingPathComponent(String(index))
                    )
                }
            )
        }
        for (index, check) in checks.enumerated() {
            let outcome = try outcomes.get(index).get()
            #expect(
                outcome.succeeded == check.expectCompiles,
                "\(check.name): Swift verdict \(check.source.name), but the old program \(outcome.succeeded ? "compiles" : "does not compile"):\n\(outcome.output)"
            )
        }
    }

    static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }

    static func load(_ path: String) throws -> ProviderSchema {
        let result = SchemaFrontEnd.read(contentsOf: path)
        return try #require(result.schema, "\(path): \(result.diagnostics)")
    }
}

/// Results filled in from concurrent compiler runs.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<CompilerSetup.Outcome, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<CompilerSetup.Outcome, any Error>) {
        lock.withLock { results[index] = result }
    }

    func get(_ index: Int) throws -> Result<CompilerSetup.Outcome, any Error> {
        try lock.withLock { try #require(results[index]) }
    }
}
