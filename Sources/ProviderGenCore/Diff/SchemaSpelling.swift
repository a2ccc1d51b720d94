/// How findings spell schema values: as the schema language writes them, so a message reads
/// like the line that changed.
enum SchemaSpelling {
    /// `string`, `dateTime (unixSeconds)`, `array of Contact`, `map of string`. An inline enum
    /// nested in `owner` is spelled without the owner, so renaming the owner keeps it equal.
    static func type(_ type: FieldType, nestedIn owner: String? = nil) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .boolean: return "boolean"
        case .binaryBoolean: return "binaryBoolean"
        case .date: return "date"
        case .dateTime(let coding): return "dateTime (\(dateFormat(coding)))"
        case .json: return "json"
        case .named(let name):
            if let owner, name.hasPrefix(owner + ".") { return "inline enum " + name.dropFirst(owner.count + 1) }
            return name
        case .array(let item, _): return "array of " + self.type(item, nestedIn: owner)
        case .map(let value, _, _): return "map of " + self.type(value, nestedIn: owner)
        case .jsonString(let content, _): return "jsonString of " + self.type(content, nestedIn: owner)
        }
    }

    static func dateFormat(_ coding: DateTimeCoding) -> String {
        switch coding {
        case .iso8601: return "iso8601"
        case .unixSeconds: return "unixSeconds"
        case .pattern(let pattern, let zone): return "'\(pattern)' in \(zone)"
        }
    }

    static func literal(_ literal: Literal) -> String {
        switch literal {
        case .string(let text): return "\"\(text)\""
        case .number(let text): return text
        case .boolean(let value): return String(value)
        case .null: return "null"
        case .list(let items): return "[" + items.map(self.literal).joined(separator: ", ") + "]"
        }
    }

    static func encoding(_ encoding: RequestBody.Encoding) -> String {
        switch encoding {
        case .json: return "json"
        case .form(let style): return "form (arrays \(style))"
        }
    }

    static func optional(_ text: String?) -> String { text.map { "'\($0)'" } ?? "none" }
}
