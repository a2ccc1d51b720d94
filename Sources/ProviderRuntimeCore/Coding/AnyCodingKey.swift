/// A coding key made at run time, for map keys and envelope fields.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int?

    /// A string key such as a map key or an envelope field.
    public init(_ stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    public init(stringValue: String) {
        self.init(stringValue)
    }

    /// An array position.
    public init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
