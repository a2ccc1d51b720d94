/// How much JSON a response decoder (and `providergen validate`) reads before refusing: a bound on
/// the body's size and on how deeply arrays and objects nest.
///
/// A body over either limit is refused before any work proportional to it is done, with an error
/// naming the limit. The limits in force are ``current``, a task-local value: change them for a
/// piece of code with
///
///     let response = try JSONLimits.$current.withValue(JSONLimits(maxBytes: 100 << 20)) {
///         try CreateContactResponse(status: status, body: body)
///     }
///
/// and child tasks inherit them.
public struct JSONLimits: Hashable, Sendable, CustomStringConvertible {
    /// The default ``maxBytes``: 32 MiB, far above any documented response of the providers.
    public static let defaultMaxBytes = 32 << 20
    /// The default ``maxDepth``: far deeper than any provider document, shallow enough for decoding,
    /// which recurses once per level, to stay well inside a thread's stack.
    public static let defaultMaxDepth = 128
    /// The deepest nesting ever read, whatever ``maxDepth`` asks for: decoding recurses once per
    /// level, and at this depth a `JSONValue` still decodes on a 512 KiB thread stack (the
    /// default of a secondary thread on macOS) in a debug build; at 512 it did not.
    public static let depthCeiling = 256

    /// The largest body read, in bytes.
    public let maxBytes: Int
    /// The deepest nesting of arrays and objects read; a bare value is depth 0, `[1]` depth 1.
    public let maxDepth: Int

    /// Values below 0 count as 0; a `maxDepth` above ``depthCeiling`` counts as ``depthCeiling``.
    public init(maxBytes: Int = JSONLimits.defaultMaxBytes, maxDepth: Int = JSONLimits.defaultMaxDepth) {
        self.maxBytes = max(0, maxBytes)
        self.maxDepth = min(max(0, maxDepth), Self.depthCeiling)
    }

    /// The limits decoding uses now: `JSONLimits()` unless a caller bound others with
    /// `JSONLimits.$current.withValue(_:operation:)`.
    @TaskLocal public static var current = JSONLimits()

    public var description: String {
        "JSONLimits(maxBytes: \(maxBytes), maxDepth: \(maxDepth))"
    }
}
