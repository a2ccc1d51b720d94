/// A type declared under `types:`, or an enum declared inline on a field.
public struct NamedType: Sendable {
    public enum Kind: Sendable {
        case object(ObjectType)
        case enumeration(EnumType)
        case union(UnionType)
    }

    public var name: String
    public var description: String?
    public var kind: Kind
    public var location: SourceLocation
}

public struct ObjectType: Sendable {
    public var fields: [Field]
    public var rules: [CrossFieldRule]

    public func field(wireName: String) -> Field? {
        fields.first { $0.wireName == wireName }
    }
}

public struct EnumType: Sendable {
    public struct Value: Sendable {
        public var wire: String
        public var swiftName: String
        public var description: String?
        public var location: SourceLocation
    }

    public var values: [Value]
    /// Open enums keep values the provider adds later instead of failing to decode.
    public var isOpen: Bool
}

public struct Field: Sendable {
    public var wireName: String
    public var swiftName: String
    public var description: String?
    public var type: FieldType
    /// Absent from the wire is allowed when false.
    public var required: Bool
    /// `null` on the wire is allowed when true; distinct from absence.
    public var nullable: Bool
    public var defaultValue: Literal?
    public var example: Literal?
    public var constraints: Constraints
    /// Constraints whose failures are reported as warnings, which never block a request.
    public var warningConstraints = Constraints()
    public var location: SourceLocation
    /// Leniencies this field reads with besides its provider's.
    public var tolerances: Set<Tolerance> = []
    /// Other wire names a response may use for this field; the first present one is read.
    public var alternateNames: [String] = []
    /// `distinguishNull` as the schema writes it, and where.
    public var distinguishNull: Bool?
    public var distinguishNullLocation: SourceLocation?
    /// Whether an optional nullable field is `Nullable<T>?` (true) or `T?` (see `NullPresence`).
    public var distinguishesNull = true
}

/// A field's type. Enums declared inline on a field become `.named` types nested in their object.
public indirect enum FieldType: Sendable {
    case string
    case integer
    /// Exact decimal (money), never `Double`.
    case decimal
    case boolean
    /// A boolean carried as the integers 0 and 1.
    case binaryBoolean
    /// A calendar day, `2019-08-24`.
    case date
    case dateTime(DateTimeCoding)
    /// Any JSON, kept as is.
    case json
    case named(String)
    case array(of: FieldType, itemConstraints: Constraints)
    case map(of: FieldType, keyConstraints: Constraints, valueConstraints: Constraints)
    /// A value sent as JSON text inside a string; the constraints apply to the value.
    case jsonString(of: FieldType, contentConstraints: Constraints)
}

public enum DateTimeCoding: Sendable, Equatable {
    case iso8601
    case unixSeconds
    case pattern(String, timeZone: String)
}

/// A value written in a schema (default or example). Numbers keep their YAML text so that
/// `010469` stays exact when the field is a string.
public enum Literal: Sendable, Hashable {
    case string(String)
    case number(String)
    case boolean(Bool)
    case null
    case list([Literal])
}
