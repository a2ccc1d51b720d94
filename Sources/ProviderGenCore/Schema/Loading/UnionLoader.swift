/// Reads a union type: `oneOf` (its variants), `discriminator` and `open`.
struct UnionLoader {
    let sink: DiagnosticSink
    let name: String
    /// Inline enums declared on variants, nested in the union.
    private(set) var nestedTypes: [NamedType] = []

    init(sink: DiagnosticSink, name: String) {
        self.sink = sink
        self.name = name
    }

    static let variantKeys = ["case", "value", "when"] + FieldLoader.elementKeys

    mutating func load(_ reader: MappingReader, oneOf node: YAMLNode) -> UnionType {
        var variants: [UnionType.Variant] = []
        if case .sequence(let items) = node.content {
            variants = items.compactMap { loadVariant($0) }
        } else {
            sink.error(
                node.location,
                "'oneOf' of type '\(name)' must be a list of variants, found \(node.kindDescription)"
            )
        }
        return UnionType(
            variants: variants,
            discriminator: reader.string("discriminator"),
            isOpen: reader.bool("open") ?? false
        )
    }

    /// `- type: Customer`, `- {case: id, type: string, pattern: ...}` or `- {case: cleared, value: ""}`.
    private mutating func loadVariant(_ node: YAMLNode) -> UnionType.Variant? {
        guard
            let reader = MappingReader(
                node,
                describing: "a variant of '\(name)'",
                allowedKeys: Self.variantKeys,
                sink: sink
            )
        else { return nil }
        let explicitCase = reader.string("case")
        if let explicitCase, !SwiftNames.isIdentifier(explicitCase) {
            sink.error(
                reader.value("case")?.location ?? node.location,
                "case '\(explicitCase)' is not a Swift identifier"
            )
        }
        let shape: UnionType.Variant.Shape
        let derivedCase: String?
        if let valueNode = reader.value("value") {
            let typed = FieldLoader.elementKeys.filter(reader.has)
            if !typed.isEmpty {
                sink.error(
                    valueNode.location,
                    "a variant is either a 'value' or a 'type', not both; remove '\(typed.joined(separator: "', '"))'"
                )
            }
            guard let literal = LiteralReader(sink: sink).read(valueNode) else { return nil }
            // A field holding the union reads null as nil (or `.null`) before the union sees it.
            guard literal.jsonKind != nil, literal != .null else {
                sink.error(
                    valueNode.location,
                    "a variant's 'value' is a string, number or boolean; for null, make the field nullable"
                )
                return nil
            }
            guard explicitCase != nil else {
                sink.error(node.location, "a variant with a 'value' needs a 'case' name")
                return nil
            }
            shape = .constant(literal)
            derivedCase = nil
        } else {
            let typeName = reader.string("type") ?? (reader.has("enum") ? "string" : nil)
            let caseName = explicitCase ?? typeName.map(SwiftNames.member(fromWire:)) ?? "value"
            var fields = FieldLoader(sink: sink, owner: name)
            guard
                let (type, constraints) = fields.loadTypeAndConstraints(
                    reader,
                    wireName: "variant '\(caseName)' of '\(name)'",
                    swiftName: caseName
                )
            else { return nil }
            nestedTypes += fields.nestedTypes
            shape = .typed(type, constraints)
            derivedCase = caseName
        }
        guard let caseName = explicitCase ?? derivedCase else { return nil }
        return UnionType.Variant(
            caseName: caseName,
            shape: shape,
            tag: reader.string("when"),
            description: reader.string("description"),
            location: node.location
        )
    }
}
