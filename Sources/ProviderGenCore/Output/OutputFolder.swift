import Foundation

/// Writes generated files into the output folder: only files whose bytes changed are touched,
/// each write is atomic (a reader never sees half a file), and files the generator did not
/// produce are never deleted, so hand-placed files in `Generated/` survive.
public struct OutputFolder: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    public struct Change: Sendable, Hashable {
        public var path: String
        public var old: String?
        public var new: String
    }

    /// The files whose bytes on disk differ from what the generator produced.
    public func changes(for files: [GeneratedFile]) -> [Change] {
        files.compactMap { file in
            let url = URL(fileURLWithPath: root).appendingPathComponent(file.path)
            let existing = FileManager.default.contents(atPath: url.path)
            let new = Data(file.contents.utf8)
            guard existing != new else { return nil }
            return Change(path: file.path, old: existing.map { String(decoding: $0, as: UTF8.self) }, new: file.contents)
        }
    }

    public func write(_ changes: [Change]) throws {
        let manager = FileManager.default
        for change in changes {
            let url = URL(fileURLWithPath: root).appendingPathComponent(change.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.new.utf8).write(to: url, options: .atomic)
        }
    }
}
