import ArgumentParser
import Foundation
import ProviderGenCore

extension DiffFormat: ExpressibleByArgument {}

/// The levels `--fail-on` accepts.
enum FailureThreshold: String, CaseIterable, ExpressibleByArgument {
    case breaking
    case potentiallyBreaking = "potentially-breaking"
    case any

    var impact: Impact {
        switch self {
        case .breaking: return .breaking
        case .potentiallyBreaking: return .potentiallyBreaking
        case .any: return .documentation
        }
    }
}

/// `providergen diff`: what changed between two versions of the schemas, and what each change
/// breaks on the wire and in Swift code calling the generated client.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify the API changes between two versions of provider schemas.",
        discussion: """
            Compare two schema files or two folders (paired by file name), or with --base the \
            schemas as committed at a git revision against the working tree. Every change is \
            rated for the wire and for Swift source: breaking (error), potentially breaking \
            (warning), additive (note) or documentation only (remark).
            Exit status: 0 no finding at the --fail-on level (or no --fail-on), 1 some, 2 usage or schema errors.
            """
    )

    @Argument(help: "The old and the new schema file or folder; omit both with --base.")
    var paths: [String] = []

    @Option(help: "A git revision (HEAD, main, a tag): compare the schemas committed there with the working tree.")
    var base: String?

    @Option(help: "Folder of provider schemas, with --base.")
    var schemas = "schemas"

    @Option(help: "Output: text (compiler-style), json or markdown (a changelog).")
    var format: DiffFormat = .text

    @Option(help: "Exit 1 when a finding reaches this level: breaking, potentially-breaking or any.")
    var failOn: FailureThreshold?

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    func validate() throws {
        if base == nil, paths.count != 2 {
            throw ValidationError("give the old and the new schema file or folder, or --base REVISION")
        }
        if base != nil, !paths.isEmpty {
            throw ValidationError("--base compares with the working tree's --schemas folder; give no paths with it")
        }
    }

    func run() throws {
        let old: [SchemaSource]
        let new: [SchemaSource]
        do {
            if let base {
                old = try SchemaSource.read(revision: base, folder: schemas)
                new = try SchemaSource.read(path: schemas)
            } else {
                new = try SchemaSource.read(path: paths[1])
                // Two files are the same provider whatever their names; folders pair by name.
                let both = try SchemaSource.read(path: paths[0])
                old =
                    both.count == 1 && new.count == 1 && !Self.isFolder(paths[0]) && !Self.isFolder(paths[1])
                    ? both.map { SchemaSource(name: new[0].name, displayPath: $0.displayPath, bytes: $0.bytes) } : both
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let result = SchemaDiff.compare(old: old, new: new)
        // Warnings are `generate`'s business; here only what stops the comparison is shown.
        if result.hasErrors {
            Terminal.printDiagnostics(result.diagnostics)
            Terminal.error("the schemas have errors; fix them to compare")
            throw ExitCode(2)
        }
        print(format.render(result.findings), terminator: "")
        if let failOn, DiffSummary(result.findings).reaches(failOn.impact) {
            throw ExitCode.failure
        }
    }
}
