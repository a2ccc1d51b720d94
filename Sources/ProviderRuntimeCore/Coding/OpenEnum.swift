/// An enum the provider may extend later: unknown values decode and round-trip instead of failing.
/// Generated open enums are structs: `public struct ContactType: OpenEnum { public let rawValue: String; public init(rawValue: String); public static let vendor = ContactType(rawValue: "vendor"); public static let knownValues: [ContactType] = [...] }`
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    /// Any string is a value; unknown ones are kept as they are.
    init(rawValue: String)
    /// The values the schema documents.
    static var knownValues: [Self] { get }
}

extension OpenEnum {
    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Whether the value is one the schema documents, as opposed to one the provider added since.
    public var isKnown: Bool {
        Self.knownValues.contains(self)
    }
}
