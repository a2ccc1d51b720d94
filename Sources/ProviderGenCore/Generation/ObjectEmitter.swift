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
                    writer.line("\(target) = try container.\(special.decodeCall(base, key: key, ifPresent: false))")
                case .defaulted(let literal):
                    let fallback = literals.expression(literal, type: field.type) ?? "nil"
                    writer.line("\(target) = try container.\(special.decodeCall(base, key: key, ifPresent: true)) ?? \(fallback)")
                case .optional, .requiredNullable:
                    writer.line("\(target) = try container.\(special.decodeCall(base, key: key, ifPresent: true))")
                case .optionalNullable:
                    writer.line("\(target) = try container.decodeNullableIfPresent(\(base).self, forKey: \(key))")
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
                    writer.line("try container.\(special.encodeCall(value, key: key, ifPresent: false))")
                case .optional:
                    writer.line("try container.\(special.encodeCall(value, key: key, ifPresent: true))")
                case .requiredNullable:
                    writer.line("try container.encodeOrNull(\(value), forKey: \(key))")
                case .optionalNullable:
                    writer.line("try container.encodeNullableIfPresent(\(value), forKey: \(key))")
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

    func decodeCall(_ base: String, key: String, ifPresent: Bool) -> String {
        let suffix = ifPresent ? "IfPresent" : ""
        switch self {
        case .plain, .map: return "decode\(suffix)(\(base).self, forKey: \(key))"
        case .date(let coding): return "decodeDate\(suffix)(forKey: \(key), coding: \(Self.coding(coding)))"
        case .binaryBoolean: return "decodeBinaryBool\(suffix)(forKey: \(key))"
        }
    }

    func encodeCall(_ value: String, key: String, ifPresent: Bool) -> String {
        let suffix = ifPresent ? "IfPresent" : ""
        switch self {
        case .plain: return "encode\(suffix)(\(value), forKey: \(key))"
        case .map: return "encodeMap\(suffix)(\(value), forKey: \(key))"
        case .date(let coding): return "encodeDate\(suffix)(\(value), forKey: \(key), coding: \(Self.coding(coding)))"
        case .binaryBoolean: return "encodeBinaryBool\(suffix)(\(value), forKey: \(key))"
        }
    }

    static func coding(_ coding: DateTimeCoding) -> String {
        switch coding {
        case .iso8601: return ".iso8601"
        case .unixSeconds: return ".unixSeconds"
        case .pattern(let pattern, let zone): return ".pattern(\(SwiftLiteral.string(pattern)), timeZone: \(SwiftLiteral.string(zone)))"
        }
    }
}
