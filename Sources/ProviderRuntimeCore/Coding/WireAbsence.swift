/// Which defaulted or nullable keys a decoded body did not contain, and the value absence gave
/// each, so that encoding the model again leaves them out instead of inventing `"active": true`
/// or `"batch_id": null`.
///
/// Bookkeeping, not part of the value: two models that differ only in it are equal and hash
/// alike. A key is left out only while its value is still the one absence gave it (the default,
/// or nil); a value the caller changes is written.
@_spi(Generated) public struct WireAbsence: Hashable, Sendable {
    private var valuesOfAbsentKeys: [String: any Hashable & Sendable] = [:]

    public init() {}

    /// Remembers, of `candidates`, the keys `container` does not contain with the value each got.
    public init<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>,
        among candidates: [(key: Key, value: any Hashable & Sendable)]
    ) {
        for (key, value) in candidates where !container.contains(key) {
            valuesOfAbsentKeys[key.stringValue] = value
        }
    }

    /// Whether `key` was absent when decoded and `value` is still what absence gave it.
    public func omits(_ key: some CodingKey, whileStill value: some Hashable & Sendable) -> Bool {
        guard let original = valuesOfAbsentKeys[key.stringValue] else { return false }
        return AnyHashable(original) == AnyHashable(value)
    }

    public static func == (lhs: WireAbsence, rhs: WireAbsence) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
