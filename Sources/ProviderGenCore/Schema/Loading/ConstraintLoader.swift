/// Reads the constraint keys of a field, array item, map key or map value.
struct ConstraintLoader {
    let sink: DiagnosticSink

    static let keys = [
        "minLength", "maxLength", "pattern", "allowedCharacters", "allowedLastCharacter", "minimum", "maximum",
        "minItems", "maxItems", "minEntries", "maxEntries", "format",
    ]

    func load(_ reader: MappingReader) -> Constraints {
        var constraints = Constraints()
        constraints.minLength = reader.nonNegativeInt("minLength")
        constraints.maxLength = reader.nonNegativeInt("maxLength")
        constraints.pattern = reader.string("pattern")
        constraints.allowedCharacters = reader.value("allowedCharacters").flatMap(readCharacters)
        constraints.allowedLastCharacter = reader.value("allowedLastCharacter").flatMap(readCharacters)
        constraints.minimum = reader.value("minimum").flatMap { readNumber($0, key: "minimum") }
        constraints.maximum = reader.value("maximum").flatMap { readNumber($0, key: "maximum") }
        constraints.minItems = reader.nonNegativeInt("minItems")
        constraints.maxItems = reader.nonNegativeInt("maxItems")
        constraints.minEntries = reader.nonNegativeInt("minEntries")
        constraints.maxEntries = reader.nonNegativeInt("maxEntries")
        constraints.format = reader.value("format").flatMap(readFormat)
        return constraints
    }

    /// `[asciiLetters, space]` or `{classes: [...], extra: "-_/"}`.
    private func readCharacters(_ node: YAMLNode) -> CharacterSpec? {
        var classNodes: [YAMLNode] = []
        var extra = ""
        switch node.content {
        case .sequence(let items):
            classNodes = items
        case .mapping:
            guard
                let reader = MappingReader(
                    node,
                    describing: "a character set",
                    allowedKeys: ["classes", "extra"],
                    sink: sink
                )
            else {
                return nil
            }
            if let classes = reader.value("classes") {
                guard case .sequence(let items) = classes.content else {
                    sink.error(
                        classes.location,
                        "'classes' must be a list of character class names, found \(classes.kindDescription)"
                    )
                    return nil
                }
                classNodes = items
            }
            extra = reader.string("extra") ?? ""
        case .scalar:
            sink.error(
                node.location,
                "a character set is a list of class names or a mapping with 'classes' and 'extra', found \(node.kindDescription)"
            )
            return nil
        }
        let known = CharacterClassNames.all
        var classes: [String] = []
        for classNode in classNodes {
            guard let name = MappingReader.string(classNode, key: "character class", sink: sink) else { continue }
            guard known.contains(name) else {
                sink.error(
                    classNode.location,
                    "unknown character class '\(name)'\(Suggestion.didYouMean(name, among: known)); known classes: \(known.joined(separator: ", "))"
                )
                continue
            }
            classes.append(name)
        }
        if classes.isEmpty && extra.isEmpty {
            sink.error(node.location, "the character set allows nothing; list classes or extra characters")
            return nil
        }
        return CharacterSpec(classes: classes, extra: extra)
    }

    private func readNumber(_ node: YAMLNode, key: String) -> String? {
        switch node.resolved {
        case .int(let value)?: return String(value)
        case .float?:
            if let text = node.scalar, DecimalText.isPlainDecimal(text) { return text }
        default: break
        }
        sink.error(
            node.location,
            "'\(key)' must be a number written in plain decimal notation, found \(node.kindDescription)"
        )
        return nil
    }

    /// `email` or `{name: phone, country: {field: countrySymbol}}`.
    private func readFormat(_ node: YAMLNode) -> FormatReference? {
        if !node.isCollection {
            guard let name = MappingReader.string(node, key: "format", sink: sink) else { return nil }
            return FormatReference(name: name, arguments: [], location: node.location)
        }
        guard case .mapping(let pairs) = node.content else {
            sink.error(
                node.location,
                "'format' must be a format name or a mapping with 'name' and its arguments, found \(node.kindDescription)"
            )
            return nil
        }
        var name: String?
        var arguments: [(label: String, value: FormatReference.Argument)] = []
        for pair in pairs {
            guard let key = pair.key.scalar, !pair.key.isCollection else {
                sink.error(pair.key.location, "keys in 'format' must be strings")
                continue
            }
            switch key {
            case "name":
                name = MappingReader.string(pair.value, key: "name", sink: sink)
            default:
                if pair.value.isCollection {
                    guard
                        let reader = MappingReader(
                            pair.value,
                            describing: "format argument '\(key)'",
                            allowedKeys: ["field"],
                            sink: sink
                        ),
                        let field = reader.required("field", in: "format argument '\(key)'").flatMap({
                            MappingReader.string($0, key: "field", sink: sink)
                        })
                    else { continue }
                    arguments.append((key, .field(field)))
                } else if let literal = MappingReader.string(pair.value, key: key, sink: sink) {
                    arguments.append((key, .literal(literal)))
                }
            }
        }
        guard let name else {
            sink.error(node.location, "'format' is missing required key 'name'")
            return nil
        }
        return FormatReference(name: name, arguments: arguments, location: node.location)
    }
}

/// Decimal literals are kept as text so bounds stay exact; this accepts `-12.50` but not `1e3` or `.5`.
enum DecimalText {
    static func isPlainDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
        else {
            return false
        }
        return true
    }
}
