import Foundation

/// Applies a generation to the output folder in two phases, so a failure never leaves old and
/// new generated files mixed:
///
/// 1. Plan: every target is checked before anything is written. A file at a generated path that
///    lacks the generator's header (hand-written), a symbolic link anywhere below the output
///    folder, a file where a folder is needed, or a folder where a file goes, is an error naming it.
/// 2. Apply: the new contents are written into a staging folder inside the output folder, then
///    each is renamed over its target (a rename is atomic, so readers see the old or the new file,
///    never half of one). A failure while staging changes nothing; a failed rename puts back the
///    files already replaced. The staging folder is removed either way, and a staging folder left
///    by a killed run is removed by the next one.
///
/// Durability: files are not `fsync`ed (one `fsync` per file dominated generation time). After a
/// power loss right after generating, a file may be old or empty; `generate --check` shows it and
/// `generate` repairs it.
struct OutputWriter {
    let root: String

    static let stagingPrefix = ".providergen-staging-"

    private struct Step {
        var change: OutputFolder.Change
        var target: String
        /// The bytes now at the target, to put back if a later rename fails; nil when absent.
        var previous: Data?
    }

    func write(_ changes: [OutputFolder.Change]) throws(OutputError) {
        removeStaleStaging()
        guard !changes.isEmpty else { return }
        let (steps, folders) = try plan(changes)
        try apply(steps, creating: folders)
    }

    // MARK: Plan

    private func plan(_ changes: [OutputFolder.Change]) throws(OutputError) -> ([Step], [String]) {
        var problems: [OutputProblem] = []
        var steps: [Step] = []
        var folders: [String] = []
        var checkedFolders: Set<String> = []
        for change in changes {
            let components = change.path.split(separator: "/").map(String.init)
            guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
                problems.append(OutputProblem(path: change.path, reason: "is not a path inside the output folder"))
                continue
            }
            var folderProblem = false
            var relative = ""
            for component in components.dropLast() {
                relative += (relative.isEmpty ? "" : "/") + component
                guard checkedFolders.insert(relative).inserted else { continue }
                switch FileStatus(atPath: root + "/" + relative) {
                case .directory:
                    break
                case .absent:
                    folders.append(relative)
                case .symbolicLink:
                    problems.append(
                        OutputProblem(
                            path: relative,
                            reason:
                                "is a symbolic link; providergen writes only inside the output folder and follows no links"
                        )
                    )
                    folderProblem = true
                case .unreadable(let reason):
                    problems.append(OutputProblem(path: relative, reason: reason))
                    folderProblem = true
                case .file, .other:
                    problems.append(
                        OutputProblem(path: relative, reason: "is a file, but generated files go in a folder there")
                    )
                    folderProblem = true
                }
            }
            guard !folderProblem else { continue }
            let target = root + "/" + change.path
            switch FileStatus(atPath: target) {
            case .absent:
                steps.append(Step(change: change, target: target, previous: nil))
            case .file:
                let existing = FileManager.default.contents(atPath: target) ?? Data()
                if OutputFolder.isGenerated(existing) {
                    steps.append(Step(change: change, target: target, previous: existing))
                } else {
                    let mark =
                        change.path.hasSuffix(".md")
                        ? "closing \"@Comment { \(OutputFolder.articleMarker) …\""
                        : "\"\(OutputFolder.headerMarker)\" header"
                    problems.append(
                        OutputProblem(
                            path: change.path,
                            reason:
                                "was not written by providergen (it lacks the \(mark)); "
                                + "move it away or delete it, then generate again"
                        )
                    )
                }
            case .symbolicLink:
                problems.append(
                    OutputProblem(
                        path: change.path,
                        reason: "is a symbolic link; providergen replaces only files it wrote"
                    )
                )
            case .directory:
                problems.append(OutputProblem(path: change.path, reason: "is a folder where a generated file goes"))
            case .other:
                problems.append(OutputProblem(path: change.path, reason: "is not a regular file"))
            case .unreadable(let reason):
                problems.append(OutputProblem(path: change.path, reason: reason))
            }
        }
        if !problems.isEmpty {
            throw OutputError(problems: problems, previousGenerationIntact: true)
        }
        return (steps, folders)
    }

    // MARK: Apply

    private func apply(_ steps: [Step], creating folders: [String]) throws(OutputError) {
        if let reason = SystemError.makeDirectories(atPath: root) {
            throw OutputError(
                problems: [OutputProblem(path: "", reason: "cannot create the output folder: " + reason)],
                previousGenerationIntact: true
            )
        }
        let staging = root + "/" + Self.stagingPrefix + String(ProcessInfo.processInfo.processIdentifier)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        if let reason = SystemError.makeDirectory(atPath: staging) {
            throw OutputError(
                problems: [OutputProblem(path: "", reason: "cannot create a staging folder in it: " + reason)],
                previousGenerationIntact: true
            )
        }
        for (index, step) in steps.enumerated() {
            if let reason = SystemError.createFile(atPath: staging + "/\(index)", data: Data(step.change.new.utf8)) {
                throw OutputError(
                    problems: [OutputProblem(path: step.change.path, reason: "cannot be written: " + reason)],
                    previousGenerationIntact: true
                )
            }
        }
        for folder in folders {
            if let reason = SystemError.makeDirectory(atPath: root + "/" + folder) {
                throw OutputError(
                    problems: [OutputProblem(path: folder, reason: "cannot create the folder: " + reason)],
                    previousGenerationIntact: true
                )
            }
        }
        for (index, step) in steps.enumerated() {
            if let reason = SystemError.move(from: staging + "/\(index)", to: step.target) {
                var problems = [OutputProblem(path: step.change.path, reason: "cannot be replaced: " + reason)]
                problems += restore(steps[..<index], staging: staging)
                throw OutputError(problems: problems, previousGenerationIntact: problems.count == 1)
            }
        }
    }

    /// Puts back the previous bytes of files already replaced (removing those that did not exist).
    private func restore(_ steps: ArraySlice<Step>, staging: String) -> [OutputProblem] {
        var problems: [OutputProblem] = []
        for (index, step) in zip(steps.indices, steps) {
            let failure: String?
            if let previous = step.previous {
                let copy = staging + "/restore-\(index)"
                failure =
                    SystemError.createFile(atPath: copy, data: previous)
                    ?? SystemError.move(from: copy, to: step.target)
            } else {
                failure = unlink(step.target) == 0 ? nil : SystemError.describe(errno)
            }
            if let failure {
                problems.append(
                    OutputProblem(path: step.change.path, reason: "was replaced and cannot be put back: " + failure)
                )
            }
        }
        return problems
    }

    /// Staging folders of runs that were killed before they finished.
    private func removeStaleStaging() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        for name in names where name.hasPrefix(Self.stagingPrefix) {
            try? FileManager.default.removeItem(atPath: root + "/" + name)
        }
    }
}
