/// One classified change between two versions of a provider's schema.
public struct DiffFinding: Sendable, Hashable, Comparable {
    /// The schema file name both versions share (`razorpay.yaml`).
    public var provider: String
    /// A stable identifier of the kind of change (`field-removed`), for scripts and the corpus.
    public var kind: String
    /// Requests in flight and responses deployed apps decode.
    public var wire: Impact
    /// Swift code written against the old generated client.
    public var source: Impact
    /// In the new schema, or in the old one for something removed.
    public var location: SourceLocation
    public var message: String

    public var level: Impact { max(wire, source) }

    public static func < (lhs: DiffFinding, rhs: DiffFinding) -> Bool {
        if lhs.provider != rhs.provider { return lhs.provider < rhs.provider }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.kind, lhs.message) < (rhs.kind, rhs.message)
    }
}
