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
        let base = try Self.load(corpus + "/base.yaml")
        let program = UserProgram(schema: base).text
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("diff-compat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }

        // The program must fit the client it was written for, or no verdict means anything.
        let baseline = try toolchain.typecheck(base, program: program, in: work.appendingPathComponent("base"))
        #expect(baseline.succeeded, "the program does not compile against its own client:\n\(baseline.output)")

        var checks: [(name: String, expectCompiles: Bool, new: ProviderSchema, source: Impact)] = []
        for name in names {
            let newPath = corpus + "/" + name + "/new.yaml"
            let result = SchemaDiff.compare(
                old: [
                    SchemaSource(
                        name: "shop.yaml",
                        displayPath: corpus + "/base.yaml",
                        bytes: Self.bytes(corpus + "/base.yaml")
                    )
                ],
                new: [SchemaSource(name: "shop.yaml", displayPath: newPath, bytes: Self.bytes(newPath))]
            )
            let source = result.findings.map(\.source).max() ?? Impact.none
            checks.append((name, source < .potentiallyBreaking, try Self.load(newPath), source))
        }
        let outcomes = Outcomes(count: checks.count)
        let jobs = checks.map { (name: $0.name, schema: $0.new) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            outcomes.set(
                index,
                Result {
                    try toolchain.typecheck(job.schema, program: program, in: work.appendingPathComponent(job.name))
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
