/// How much one change can hurt, on one axis. Ordered, so a finding's overall level is the worse
/// of its wire and Swift-source impacts and `--fail-on` is a threshold.
public enum Impact: Int, Comparable, Sendable, CaseIterable {
    /// The change does not touch this axis.
    case none
    /// Only descriptions, examples or doc comments change.
    case documentation
    /// Something new that nothing written against the old API can trip over.
    case additive
    /// Breaks some uses (an exhaustive `switch`, a value an app relied on), not all.
    case potentiallyBreaking
    /// A request that was valid may be refused or sent differently, a response the old client
    /// decoded may fail, or code that compiled against the old client may not.
    case breaking

    public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rawValue < rhs.rawValue }

    /// As in the JSON output and `--fail-on`.
    public var name: String {
        switch self {
        case .none: return "none"
        case .documentation: return "documentation"
        case .additive: return "additive"
        case .potentiallyBreaking: return "potentially-breaking"
        case .breaking: return "breaking"
        }
    }

    /// As in sentences and changelog headings.
    public var phrase: String {
        switch self {
        case .none: return "no effect"
        case .documentation: return "documentation only"
        case .additive: return "additive"
        case .potentiallyBreaking: return "potentially breaking"
        case .breaking: return "breaking"
        }
    }

    /// Compiler severities, so editors and CI annotate findings like diagnostics.
    public var severity: String {
        switch self {
        case .breaking: return "error"
        case .potentiallyBreaking: return "warning"
        case .additive: return "note"
        case .documentation, .none: return "remark"
        }
    }
}
