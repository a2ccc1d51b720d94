/// The facts a reader of generated code wants next to a property: wire name, rules, default
/// and example, in one compact paragraph.
enum FieldDocumentation {
    static func summary(_ field: Field, naming: TypeNaming) -> String? {
        var lines: [String] = []
        if field.swiftName != field.wireName {
            lines.append("- Wire name: `\(field.wireName)`")
        }
        lines.append(contentsOf: constraintLines(field.constraints))
        lines.append(
            contentsOf: constraintLines(field.warningConstraints).map {
                $0.replacingFirst("- ", with: "- Warning unless: ")
            }
        )
        switch field.type {
        case .array(_, let item) where !item.isEmpty:
            lines.append(contentsOf: constraintLines(item).map { $0.replacingFirst("- ", with: "- Each item: ") })
        case .map(_, let keys, let values):
            lines.append(contentsOf: constraintLines(keys).map { $0.replacingFirst("- ", with: "- Each key: ") })
            lines.append(contentsOf: constraintLines(values).map { $0.replacingFirst("- ", with: "- Each value: ") })
        default:
            break
        }
        if let format = wireFormat(field.type) {
            lines.append("- Wire format: " + format)
        }
        if field.nullable {
            if field.required {
                lines.append("- Sent as `null` when nil")
            } else if field.distinguishesNull {
                lines.append("- `.null` is sent as `null`; nil is omitted")
            } else {
                lines.append(
                    "- Absent and `null` both read as nil; nil is written as `null` unless the decoded body left the key out"
                )
            }
        }
        if let value = field.defaultValue {
            lines.append("- Default: " + literalText(value))
        }
        if let value = field.example {
            lines.append("- Example: " + literalText(value))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func constraintLines(_ constraints: Constraints) -> [String] {
        var lines: [String] = []
        switch (constraints.minLength, constraints.maxLength) {
        case (let low?, let high?): lines.append("- Length: \(low) to \(counted(high, "character"))")
        case (let low?, nil): lines.append("- Length: at least \(counted(low, "character"))")
        case (nil, let high?): lines.append("- Length: at most \(counted(high, "character"))")
        case (nil, nil): break
        }
        if let pattern = constraints.pattern { lines.append("- Pattern: " + code(pattern)) }
        if let allowed = constraints.allowedCharacters { lines.append("- Characters: " + allowed.runtimeRule.summary) }
        if let allowed = constraints.allowedLastCharacter {
            lines.append("- Last character: " + allowed.runtimeRule.summary)
        }
        if let minimum = constraints.minimum { lines.append("- Minimum: \(minimum)") }
        if let maximum = constraints.maximum { lines.append("- Maximum: \(maximum)") }
        if let low = constraints.minItems { lines.append("- At least \(counted(low, "item"))") }
        if let high = constraints.maxItems { lines.append("- At most \(counted(high, "item"))") }
        if let low = constraints.minEntries { lines.append("- At least \(counted(low, "entry", plural: "entries"))") }
        if let high = constraints.maxEntries { lines.append("- At most \(counted(high, "entry", plural: "entries"))") }
        if let format = constraints.format { lines.append("- Format: " + formatText(format)) }
        return lines
    }

    private static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    private static func formatText(_ format: FormatReference) -> String {
        guard !format.arguments.isEmpty else { return "`\(format.name)`" }
        let arguments = format.arguments.map { argument -> String in
            switch argument.value {
            case .literal(let value): return "\(argument.label) \(code(value))"
            case .field(let name): return "\(argument.label) from `\(name)`"
            }
        }
        return "`\(format.name)` (" + arguments.joined(separator: ", ") + ")"
    }

    /// How values that are not written the Swift type's default way appear on the wire, also
    /// inside arrays and maps ("each item: Unix seconds").
    private static func wireFormat(_ type: FieldType) -> String? {
        switch type {
        case .dateTime(.iso8601): return "ISO 8601"
        case .dateTime(.unixSeconds): return "Unix seconds"
        case .dateTime(.pattern(let pattern, let zone)): return "\(code(pattern)) in \(zone)"
        case .binaryBoolean: return "`1` for true, `0` for false"
        case .array(let item, _): return wireFormat(item).map { "each item: " + $0 }
        case .map(let value, _, _): return wireFormat(value).map { "each value: " + $0 }
        case .jsonString: return "JSON text in a string"
        default: return nil
        }
    }

    static func literalText(_ literal: Literal) -> String {
        switch literal {
        case .string(let text): return code(text)
        case .number(let text): return "`\(text)`"
        case .boolean(let flag): return flag ? "`true`" : "`false`"
        case .null: return "`null`"
        case .list(let items): return "[" + items.map(literalText).joined(separator: ", ") + "]"
        }
    }

    /// Inline code that survives backticks inside the value.
    private static func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
