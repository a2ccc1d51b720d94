import ProviderRuntimeCore

/// A union as a Swift enum with one case per variant: Codable by hand so that the JSON kind (or
/// the discriminator field) picks the case without trial decoding, and so that every case writes
/// back exactly what it was read from; open unions keep other shapes in `.unknown(JSONValue)`.
struct UnionEmitter {
    let naming: TypeNaming
    let type: NamedType
    let union: UnionType

    func emit(into writer: inout SwiftWriter) {
        writer.doc(type.description)
        let holdsObject = union.variants.contains { variant in
            guard case .typed(let type, _) = variant.shape else { return false }
            return naming.isObject(type)
        }
        // An object may hold this union in turn; `indirect` keeps such a cycle finite in size.
        let indirect = holdsObject ? "indirect " : ""
        writer.block("\(writer.access)\(indirect)enum \(type.name): Codable, Hashable, Sendable") { writer in
            for variant in union.variants {
                writer.doc(variant.description ?? constantDocumentation(variant))
                writer.line("case \(caseDeclaration(variant))")
            }
            if union.isOpen {
                writer.doc("A shape the schema does not list, kept as read so that encoding writes it back unchanged.")
                writer.line("case \(UnionType.unknownCaseName)(JSONValue)")
            }
            writer.line()
            if let discriminator = union.discriminator {
                emitDiscriminatedDecoder(discriminator, into: &writer)
            } else {
                emitKindDecoder(into: &writer)
            }
            writer.line()
            emitEncoder(into: &writer)
        }
    }

    private func caseName(_ variant: UnionType.Variant) -> String {
        SwiftNames.escaped(variant.caseName)
    }

    private func caseDeclaration(_ variant: UnionType.Variant) -> String {
        switch variant.shape {
        case .typed(let valueType, _):
            return "\(caseName(variant))(\(naming.swiftType(valueType, inside: type.name)))"
        case .constant:
            return caseName(variant)
        }
    }

    private func constantDocumentation(_ variant: UnionType.Variant) -> String? {
        guard case .constant(let literal) = variant.shape, let json = literal.jsonText else { return nil }
        return "The value `\(json)` on the wire."
    }

    private var typedVariants: [(variant: UnionType.Variant, type: FieldType)] {
        union.variants.compactMap { variant in
            guard case .typed(let type, _) = variant.shape else { return nil }
            return (variant, type)
        }
    }

    /// The expression that decodes a variant's value from `container`.
    private func decodeExpression(_ valueType: FieldType) -> String {
        if let coding = WireCodingExpression.of(valueType, naming: naming, inside: type.name) {
            return "try container.decode(coding: \(coding))"
        }
        return "try container.decode(\(naming.swiftType(valueType, inside: type.name)).self)"
    }

    /// What a value of no listed shape becomes: the open union's `.unknown`, or an error naming
    /// what was expected and found.
    private func emitFallback(found: String, into writer: inout SwiftWriter) {
        if union.isOpen {
            writer.line("self = .\(UnionType.unknownCaseName)(try JSONValue(from: decoder))")
        } else {
            let expected = SwiftLiteral.string(union.expectation(in: naming.schema))
            writer.code(
                .call(
                    "throw DecodingError.noUnionShape",
                    [
                        .text("Self.self"), .text("expected: \(expected)"), .text("found: \(found)"),
                        .text("at: decoder.codingPath"),
                    ]
                )
            )
        }
    }

    private func emitKindDecoder(into writer: inout SwiftWriter) {
        let kinds: [JSONKind] = [.null, .boolean, .number, .string, .array, .object]
        writer.block("\(writer.access)init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.singleValueContainer()")
            writer.line("let kind = try JSONKind(of: decoder)")
            writer.switchBlock("kind") { writer in
                var covered = 0
                for kind in kinds {
                    let constants = union.variants.filter { variant in
                        if case .constant(let literal) = variant.shape { return literal.jsonKind == kind }
                        return false
                    }
                    let typed = typedVariants.first { naming.schema.jsonKind(of: $0.type) == kind }
                    guard typed != nil || !constants.isEmpty else { continue }
                    covered += 1
                    writer.line("case .\(kind):")
                    writer.indented { writer in
                        emitKindCase(constants: constants, typed: typed, into: &writer)
                    }
                }
                if covered < kinds.count {
                    writer.line("default:")
                    writer.indented { writer in emitFallback(found: "kind.description", into: &writer) }
                }
            }
        }
    }

    private func emitKindCase(
        constants: [UnionType.Variant],
        typed: (variant: UnionType.Variant, type: FieldType)?,
        into writer: inout SwiftWriter
    ) {
        for constant in constants {
            guard case .constant(let literal) = constant.shape, let (swiftType, value) = Self.swiftConstant(literal)
            else { continue }
            writer.block("if try container.decode(\(swiftType).self) == \(value)") { writer in
                writer.line("self = .\(caseName(constant))")
                writer.line("return")
            }
        }
        if let typed {
            writer.line("self = .\(caseName(typed.variant))(\(decodeExpression(typed.type)))")
        } else {
            emitFallback(found: "kind.description", into: &writer)
        }
    }

    /// The Swift type and value a constant is compared and written as.
    private static func swiftConstant(_ literal: Literal) -> (type: String, value: String)? {
        switch literal {
        case .string(let text): return ("String", SwiftLiteral.string(text))
        case .number(let text): return ("Decimal", DecimalLiteral.expression(text))
        case .boolean(let flag): return ("Bool", flag ? "true" : "false")
        case .null, .list: return nil
        }
    }

    private func emitDiscriminatedDecoder(_ discriminator: String, into writer: inout SwiftWriter) {
        let field = SwiftLiteral.string(discriminator)
        writer.block("\(writer.access)init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.singleValueContainer()")
            writer.line("let tag = JSONKind.discriminator(\(field), of: decoder)")
            writer.switchBlock("tag") { writer in
                for (variant, valueType) in typedVariants {
                    guard let tag = variant.tag else { continue }
                    writer.line("case \(SwiftLiteral.string(tag)):")
                    writer.indented { writer in
                        writer.line("self = .\(caseName(variant))(\(decodeExpression(valueType)))")
                    }
                }
                writer.line("default:")
                writer.indented { writer in
                    let found =
                        "tag.map { \(SwiftLiteral.string("'\(discriminator)' ")) + $0 } ?? \(SwiftLiteral.string("no string '\(discriminator)'"))"
                    emitFallback(found: found, into: &writer)
                }
            }
        }
    }

    private func emitEncoder(into writer: inout SwiftWriter) {
        writer.block("\(writer.access)func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.singleValueContainer()")
            writer.switchBlock("self") { writer in
                for variant in union.variants {
                    switch variant.shape {
                    case .typed(let valueType, _):
                        writer.line("case .\(caseName(variant))(let value):")
                        let coding =
                            WireCodingExpression.of(valueType, naming: naming, inside: type.name).map {
                                ", coding: \($0)"
                            } ?? ""
                        writer.indented { writer in writer.line("try container.encode(value\(coding))") }
                    case .constant(let literal):
                        writer.line("case .\(caseName(variant)):")
                        writer.indented { writer in
                            if let (_, value) = Self.swiftConstant(literal) {
                                writer.line("try container.encode(\(value))")
                            }
                        }
                    }
                }
                if union.isOpen {
                    writer.line("case .\(UnionType.unknownCaseName)(let value):")
                    writer.indented { writer in writer.line("try container.encode(value)") }
                }
            }
        }
    }
}
