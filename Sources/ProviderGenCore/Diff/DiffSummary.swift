/// How many findings there are at each level: the last line of text output and the one line
/// `generate` prints.
public struct DiffSummary: Sendable, Equatable {
    public var counts: [Impact: Int]

    public init(_ findings: [DiffFinding]) {
        counts = Dictionary(grouping: findings, by: \.level).mapValues(\.count)
    }

    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }

    /// `2 breaking, 1 potentially breaking, 3 additive, 1 documentation only`, worst first.
    public var text: String {
        guard !isEmpty else { return "no API changes" }
        return Impact.allCases.reversed().compactMap { level in
            guard let count = counts[level], count > 0 else { return nil }
            return "\(count) \(level.phrase)"
        }.joined(separator: ", ")
    }

    /// Whether any finding reaches `threshold`.
    public func reaches(_ threshold: Impact) -> Bool {
        counts.contains { $0.key >= threshold && $0.value > 0 }
    }
}
