import ProviderRuntimeCore

/// Everything a generated validator checks on one value. Semantics live in ProviderRuntime.
public struct Constraints: Sendable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var allowedCharacters: CharacterSpec?
    public var allowedLastCharacter: CharacterSpec?
    /// Decimal text, so integer and decimal bounds stay exact.
    public var minimum: String?
    public var maximum: String?
    public var minItems: Int?
    public var maxItems: Int?
    public var minEntries: Int?
    public var maxEntries: Int?
    public var format: FormatReference?

    public init() {}

    public var isEmpty: Bool {
        minLength == nil && maxLength == nil && pattern == nil && allowedCharacters == nil
            && allowedLastCharacter == nil && minimum == nil && maximum == nil && minItems == nil
            && maxItems == nil && minEntries == nil && maxEntries == nil && format == nil
    }
}

/// Character classes as providers write them ("Alphabetic and Whitespace") plus literal extras.
public struct CharacterSpec: Sendable, Equatable {
    /// Raw values of ProviderRuntime's `CharacterClass`.
    public var classes: [String]
    public var extra: String
}

/// A named runtime format; arguments are literals or other fields of the same object
/// (a phone's format chosen by `countrySymbol`).
public struct FormatReference: Sendable {
    public enum Argument: Sendable, Equatable {
        case literal(String)
        case field(String)
    }

    public var name: String
    public var arguments: [(label: String, value: Argument)]
    public var location: SourceLocation
}

/// A rule over several fields of one object.
public struct CrossFieldRule: Sendable {
    public enum Kind: Sendable {
        /// If `trigger` is present, every field in `required` must be present.
        case requires(trigger: String, required: [String])
        /// The listed fields' values must form one of `rows` (when all of them are present).
        case allowedCombinations(fields: [String], rows: [[String]])
        /// At least one of the fields must be present (`exactly: false`), or exactly one (`true`).
        case oneOf(fields: [String], exactly: Bool)
    }

    public var id: String
    public var kind: Kind
    public var message: String?
    public var severity: ValidationIssue.Severity
    public var location: SourceLocation
}
