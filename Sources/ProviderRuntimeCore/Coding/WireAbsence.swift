/// Which defaulted or nullable keys a decoded body did not contain, so that encoding the model
/// again leaves them out instead of inventing `"active": true` or `"batch_id": null`.
///
/// Bookkeeping, not part of the value: two models that differ only in it are equal and hash
/// alike. A key is left out only while its value is still what absence meant (the default, or
/// nil); a value the caller changes is written.
public struct WireAbsence: Hashable, Sendable {
    private var keys: Set<String> = []

    public init() {}

    /// The keys among `candidates` that `container` does not contain.
    public init<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, among candidates: [Key]) {
        keys = Set(candidates.filter { !container.contains($0) }.map(\.stringValue))
    }

    /// Whether `key` was absent when decoded and `unchanged` says its value still means absence.
    public func omits(_ key: some CodingKey, unchanged: Bool) -> Bool {
        unchanged && keys.contains(key.stringValue)
    }

    public static func == (lhs: WireAbsence, rhs: WireAbsence) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
