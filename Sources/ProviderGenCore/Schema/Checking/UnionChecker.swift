import ProviderRuntimeCore

extension UnionType.Variant: LocatedInSchema {}

/// A union must tell its variants apart from the JSON alone, exactly as its generated decoder does:
/// by JSON kind (one typed variant per kind, constants compared first) or by a discriminator field
/// every variant's object declares.
struct UnionChecker {
    let name: String
    let union: UnionType
    let schema: ProviderSchema
    let location: SourceLocation
    let sink: DiagnosticSink

    func check() {
        if union.variants.count < 2 {
            sink.error(location, "union '\(name)' needs at least two variants in 'oneOf'")
        }
        checkCaseNames()
        for variant in union.variants {
            guard case .typed(let type, let constraints) = variant.shape else { continue }
            FieldContext(owner: name, object: nil, schema: schema, sink: sink).checkType(
                type,
                constraints: constraints,
                at: variant.location,
                describing: "variant '\(variant.caseName)' of '\(name)'"
            )
            if case .named(let target) = type, case .union? = schema.type(named: target)?.kind {
                sink.error(
                    variant.location,
                    "variant '\(variant.caseName)' of '\(name)' is the union '\(target)'; list its variants here instead"
                )
            } else if case .json = type {
                sink.error(
                    variant.location,
                    "variant '\(variant.caseName)' of '\(name)' is json, which every value fits; set 'open: true' to keep other shapes instead"
                )
            }
        }
        if let discriminator = union.discriminator {
            checkDiscriminated(by: discriminator)
        } else {
            checkKinds()
        }
    }

    private func checkCaseNames() {
        var names = FirstDefinitions<String, UnionType.Variant>(reportingTo: sink)
        for variant in union.variants {
            names.claim(variant.caseName, for: variant) { _ in
                "two variants of '\(name)' are named '\(variant.caseName)'; give one a 'case'"
            } note: { _ in
                "the first is here"
            }
            let reserved =
                SwiftNames.unusableMemberNames.union(SchemaChecker.optionalMemberNames)
                .union(union.isOpen ? [UnionType.unknownCaseName] : [])
            if reserved.contains(variant.caseName) {
                sink.error(
                    variant.location,
                    "variant '\(variant.caseName)' of '\(name)' would be the Swift case '\(variant.caseName)', which Swift, Optional or the open union's 'unknown' already uses; set 'case'"
                )
            }
        }
    }

    /// Without a discriminator the JSON kind picks the variant, so no two typed variants may share
    /// one, and no two constants may be the same value.
    private func checkKinds() {
        var typedByKind = FirstDefinitions<JSONKind, UnionType.Variant>(reportingTo: sink)
        var constants = FirstDefinitions<Literal, UnionType.Variant>(reportingTo: sink)
        for variant in union.variants {
            if variant.tag != nil {
                sink.error(variant.location, "'when' needs a 'discriminator' on union '\(name)'")
            }
            switch variant.shape {
            case .typed(let type, _):
                guard let kind = schema.jsonKind(of: type) else { continue }
                typedByKind.claim(kind, for: variant) { first in
                    "variants '\(first.caseName)' and '\(variant.caseName)' of '\(name)' are both \(kind.description) on the wire, so a value cannot tell which it is; add a 'discriminator' or make one a constant 'value'"
                } note: { _ in
                    "'\(variant.caseName)' would be read as this one"
                }
            case .constant(let literal):
                constants.claim(literal, for: variant) { first in
                    "variants '\(first.caseName)' and '\(variant.caseName)' of '\(name)' are the same value"
                } note: { _ in
                    "the first is here"
                }
            }
        }
    }

    /// With a discriminator every variant is an object type declaring that field as a string or
    /// enum, selected by its own `when` value.
    private func checkDiscriminated(by discriminator: String) {
        var tags = FirstDefinitions<String, UnionType.Variant>(reportingTo: sink)
        for variant in union.variants {
            guard case .typed(.named(let target), _) = variant.shape,
                case .object(let object)? = schema.type(named: target)?.kind
            else {
                sink.error(
                    variant.location,
                    "variant '\(variant.caseName)' of '\(name)' must be an object type: the union is told apart by its '\(discriminator)' field"
                )
                continue
            }
            guard let tag = variant.tag else {
                sink.error(
                    variant.location,
                    "variant '\(variant.caseName)' of '\(name)' needs 'when': the value of '\(discriminator)' that selects it"
                )
                continue
            }
            tags.claim(tag, for: variant) { first in
                "variants '\(first.caseName)' and '\(variant.caseName)' of '\(name)' are both selected by '\(discriminator)' = '\(tag)'"
            } note: { _ in
                "the first is here"
            }
            guard let field = object.field(wireName: discriminator) else {
                sink.error(
                    variant.location,
                    "'\(target)' has no field '\(discriminator)', so encoding a '\(variant.caseName)' would lose what selects it; declare the field"
                )
                continue
            }
            switch field.type {
            case .string:
                break
            case .named(let enumName):
                if case .enumeration(let enumeration)? = schema.type(named: enumName)?.kind {
                    if !enumeration.isOpen, !enumeration.values.contains(where: { $0.wire == tag }) {
                        sink.error(
                            variant.location,
                            "'\(tag)' is not a value of '\(target).\(discriminator)', so '\(variant.caseName)' could never be read"
                        )
                    }
                } else {
                    fallthrough
                }
            default:
                sink.error(
                    variant.location,
                    "'\(target).\(discriminator)' must be a string or an enum to tell the variants of '\(name)' apart"
                )
            }
        }
    }
}
