/// A model struct: documented properties, a memberwise initialiser with defaults, wire names in
/// `CodingKeys`, and explicit Codable so presence, null, defaults and per-field encodings are exact.
struct ObjectEmitter {
    let naming: TypeNaming
    let type: NamedType
    let object: ObjectType

    func emit(into writer: inout SwiftWriter) {
        writer.doc(type.description)
        writer.block("\(writer.access)struct \(type.name): Codable, Hashable, Sendable") { writer in
            for (index, field) in object.fields.enumerated() {
                if index > 0 { writer.line() }
                emitProperty(field, into: &writer)
            }
            if !absenceFields.isEmpty {
                writer.line()
                writer.doc(
                    "Which of the keys that may be left out the decoded body left out, so encoding leaves them out too."
                )
                writer.line("var wireAbsence = WireAbsence()")
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

    private func reading(_ field: Field) -> FieldReading {
        FieldReading(field: field, providerTolerances: naming.schema.tolerances, naming: naming, owner: type.name)
    }

    /// The fields whose absence is remembered.
    private var absenceFields: [Field] {
        object.fields.filter { reading($0).remembersAbsence }
    }

    private func propertyType(_ field: Field) -> String {
        Presence(field).propertyType(naming.swiftType(field.type, inside: type.name))
    }

    private func emitProperty(_ field: Field, into writer: inout SwiftWriter) {
        writer.doc(paragraphs: [field.description, FieldDocumentation.summary(field, naming: naming)])
        writer.line("\(writer.access)var \(SwiftNames.escaped(field.swiftName)): \(propertyType(field))")
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
            writer.line("\(writer.access)init() {}")
            return
        }
        writer.line("\(writer.access)init(")
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
            for field in object.fields {
                for alternate in reading(field).alternateKeys {
                    writer.line("case \(alternate.caseName) = \(SwiftLiteral.string(alternate.wireName))")
                }
            }
        }
    }

    private func emitDecoder(into writer: inout SwiftWriter) {
        writer.block("\(writer.access)init(from decoder: any Decoder) throws") { writer in
            guard !object.fields.isEmpty else { return }
            writer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            let literals = LiteralEmitter(naming: naming)
            for field in object.fields {
                let head = "self.\(field.swiftName) = try container."
                let fieldReading = reading(field)
                let key = SwiftCode.text(fieldReading.keyArgument)
                // Plain Codable values name their type; values with a wire coding name the coding.
                let source: [SwiftCode] =
                    fieldReading.decodingCoding.map { [key, .text("coding: \($0)")] }
                    ?? [.text(naming.swiftType(field.type, inside: type.name) + ".self"), key]
                switch Presence(field) {
                case .required:
                    writer.code(.call(head + "decode", source))
                case .defaulted(let literal):
                    let fallback = literals.expression(literal, type: field.type) ?? "nil"
                    writer.code(.call(head + "decodeIfPresent", source), suffix: " ?? \(fallback)")
                case .optional, .requiredNullable:
                    writer.code(.call(head + "decodeIfPresent", source))
                case .optionalNullable:
                    writer.code(.call(head + "decodeNullableIfPresent", source))
                }
            }
            if !absenceFields.isEmpty {
                // The values absence gave, so encoding can tell them from values set later.
                let candidates = absenceFields.map { field in
                    SwiftCode.text("(.\(SwiftNames.escaped(field.swiftName)), self.\(field.swiftName))")
                }
                writer.code(
                    .call("self.wireAbsence = WireAbsence", [.text("container"), .array("among: ", candidates)])
                )
            }
        }
    }

    private func emitEncoder(into writer: inout SwiftWriter) {
        writer.block("\(writer.access)func encode(to encoder: any Encoder) throws") { writer in
            guard !object.fields.isEmpty else { return }
            writer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for field in object.fields {
                var arguments: [SwiftCode] = [
                    .text("self.\(field.swiftName)"), .text("forKey: ." + SwiftNames.escaped(field.swiftName)),
                ]
                let coding = WireCodingExpression.of(field.type, naming: naming, inside: type.name)
                if let coding {
                    arguments.append(.text("coding: \(coding)"))
                }
                // Maps without a wire coding are still written in key order, for stable bodies.
                let isPlainMap = coding == nil && { if case .map = field.type { true } else { false } }()
                let method: String
                switch Presence(field) {
                case .required, .defaulted: method = isPlainMap ? "encodeMap" : "encode"
                case .optional: method = isPlainMap ? "encodeMapIfPresent" : "encodeIfPresent"
                case .requiredNullable: method = "encodeOrNull"
                case .optionalNullable: method = "encodeNullableIfPresent"
                }
                let encode = SwiftCode.call("try container." + method, arguments)
                if reading(field).remembersAbsence {
                    let key = "CodingKeys." + SwiftNames.escaped(field.swiftName)
                    writer.block("if !wireAbsence.omits(\(key), whileStill: self.\(field.swiftName))") { writer in
                        writer.code(encode)
                    }
                } else {
                    writer.code(encode)
                }
            }
        }
    }
}
