/// Why the output folder was not (fully) written: the file or folder, relative to the output
/// folder, and the reason in words (`strerror` for system failures, never an NSError code).
public struct OutputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Relative to the output folder; empty for the output folder itself.
    public var path: String
    public var reason: String

    public var description: String {
        (path.isEmpty ? "the output folder" : path) + ": " + reason
    }
}

/// Every problem found, and what state the folder was left in.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var problems: [OutputProblem]
    /// True when no file of the previous generation was changed.
    public var previousGenerationIntact: Bool

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
