/// A model struct: documented properties, a memberwise initialiser with defaults, wire names in
/// `CodingKeys`, and explicit Codable so presence, null, defaults and per-field encodings are exact.
struct ObjectEmitter {
    let naming: TypeNaming
    let type: NamedType
    let object: ObjectType

    func emit(into writer: inout SwiftWriter) {
        writer.doc(type.description)
        writer.block("public struct \(type.name): Codable, Hashable, Sendable") { writer in
            for (index, field) in object.fields.enumerated() {
                if index > 0 { writer.line() }
                emitProperty(field, into: &writer)
            }
            writer.line()
            emitInitializer(into: &writer)
            writer.line()
            emitCodingKeys(into: &writer)
            writer.line()
            emitDecoder(into: &writer)
            writer.line()
            emitEncoder(into: &writer)
        }
    }

    private func propertyType(_ field: Field) -> String {
        Presence(field).propertyType(naming.swiftType(field.type, inside: type.name))
    }

    private func emitProperty(_ field: Field, into writer: inout SwiftWriter) {
        writer.doc(paragraphs: [field.description, FieldDocumentation.summary(field, naming: naming)])
        writer.line("public var \(SwiftNames.escaped(field.swiftName)): \(propertyType(field))")
    }

    private func emitInitializer(into writer: inout SwiftWriter) {
        let literals = LiteralEmitter(naming: naming)
        let parameters = object.fields.map { field -> String in
            let name = SwiftNames.escaped(field.swiftName)
            switch Presence(field) {
            case .required:
                return "\(name): \(propertyType(field))"
            case .defaulted(let literal):
                let value = literals.expression(literal, type: field.type) ?? "nil"
                return "\(name): \(propertyType(field)) = \(value)"
            case .optional, .requiredNullable, .optionalNullable:
                return "\(name): \(propertyType(field)) = nil"
            }
        }
        guard !parameters.isEmpty else {
            writer.line("public init() {}")
            return
        }
        writer.line("public init(")
        for (index, parameter) in parameters.enumerated() {
            writer.line("    " + parameter + (index == parameters.count - 1 ? "" : ","))
        }
        writer.block(")") { writer in
            for field in object.fields {
                let name = SwiftNames.escaped(field.swiftName)
                writer.line("self.\(field.swiftName) = \(name)")
            }
        }
    }

    private func emitCodingKeys(into writer: inout SwiftWriter) {
        guard !object.fields.isEmpty else {
            writer.line("private enum CodingKeys: CodingKey {}")
            return
        }
        writer.block("enum CodingKeys: String, CodingKey") { writer in
            for field in object.fields {
                let name = SwiftNames.escaped(field.swiftName)
                if field.swiftName == field.wireName {
                    writer.line("case \(name)")
                } else {
                    writer.line("case \(name) = \(SwiftLiteral.string(field.wireName))")
                }
            }
        }
    }

    private func emitDecoder(into writer: inout SwiftWriter) {
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            guard !object.fields.isEmpty else { return }
            writer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            let literals = LiteralEmitter(naming: naming)
            for field in object.fields {
                let key = "." + SwiftNames.escaped(field.swiftName)
                let base = naming.swiftType(field.type, inside: type.name)
                let special = SpecialCoding(field.type)
                let target = "self.\(field.swiftName)"
                switch Presence(field) {
                case .required:
                    writer.code(
                        special.decodeCall(base, key: key, ifPresent: false, head: "\(target) = try container.")
                    )
                case .defaulted(let literal):
                    let fallback = literals.expression(literal, type: field.type) ?? "nil"
                    writer.code(
                        special.decodeCall(base, key: key, ifPresent: true, head: "\(target) = try container."),
                        suffix: " ?? \(fallback)"
                    )
                case .optional, .requiredNullable:
                    writer.code(special.decodeCall(base, key: key, ifPresent: true, head: "\(target) = try container."))
                case .optionalNullable:
                    writer.code(
                        .call(
                            "\(target) = try container.decodeNullableIfPresent",
                            [.text("\(base).self"), .text("forKey: \(key)")]
                        )
                    )
                }
            }
        }
    }

    private func emitEncoder(into writer: inout SwiftWriter) {
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            guard !object.fields.isEmpty else { return }
            writer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for field in object.fields {
                let key = "." + SwiftNames.escaped(field.swiftName)
                let value = "self.\(field.swiftName)"
                let special = SpecialCoding(field.type)
                switch Presence(field) {
                case .required, .defaulted:
                    writer.code(special.encodeCall(value, key: key, ifPresent: false, head: "try container."))
                case .optional:
                    writer.code(special.encodeCall(value, key: key, ifPresent: true, head: "try container."))
                case .requiredNullable:
                    writer.code(.call("try container.encodeOrNull", [.text(value), .text("forKey: \(key)")]))
                case .optionalNullable:
                    writer.code(
                        .call("try container.encodeNullableIfPresent", [.text(value), .text("forKey: \(key)")])
                    )
                }
            }
        }
    }
}

/// Fields whose wire form is not their Swift type's default Codable form.
enum SpecialCoding {
    case plain
    case date(DateTimeCoding)
    case binaryBoolean
    case map

    init(_ type: FieldType) {
        switch type {
        case .dateTime(let coding): self = .date(coding)
        case .binaryBoolean: self = .binaryBoolean
        case .map: self = .map
        default: self = .plain
        }
    }

    /// `head` is what precedes the container method, such as `self.name = try container.`.
    func decodeCall(_ base: String, key: String, ifPresent: Bool, head: String) -> SwiftCode {
        let suffix = ifPresent ? "IfPresent" : ""
        let forKey = SwiftCode.text("forKey: \(key)")
        switch self {
        case .plain, .map: return .call(head + "decode\(suffix)", [.text("\(base).self"), forKey])
        case .date(let coding):
            return .call(head + "decodeDate\(suffix)", [forKey, .text("coding: \(Self.coding(coding))")])
        case .binaryBoolean: return .call(head + "decodeBinaryBool\(suffix)", [forKey])
        }
    }

    func encodeCall(_ value: String, key: String, ifPresent: Bool, head: String) -> SwiftCode {
        let suffix = ifPresent ? "IfPresent" : ""
        let arguments: [SwiftCode] = [.text(value), .text("forKey: \(key)")]
        switch self {
        case .plain: return .call(head + "encode\(suffix)", arguments)
        case .map: return .call(head + "encodeMap\(suffix)", arguments)
        case .date(let coding):
            return .call(head + "encodeDate\(suffix)", arguments + [.text("coding: \(Self.coding(coding))")])
        case .binaryBoolean: return .call(head + "encodeBinaryBool\(suffix)", arguments)
        }
    }

    static func coding(_ coding: DateTimeCoding) -> String {
        switch coding {
        case .iso8601: return ".iso8601"
        case .unixSeconds: return ".unixSeconds"
        case .pattern(let pattern, let zone):
            return ".pattern(\(SwiftLiteral.string(pattern)), timeZone: \(SwiftLiteral.string(zone)))"
        }
    }
}
