/// A tolerance must fit the field it is declared on, alternate names must not steal another
/// field's wire name, and typed response headers must not clash with the response's members.
struct ResponseReadingChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        for type in schema.types {
            guard case .object(let object) = type.kind else { continue }
            checkFields(object, owner: type.name)
        }
        checkHeaders()
        checkShapeNames()
    }

    /// A status with several body shapes gets a nested enum (`ClientErrorBody`) with a case per
    /// shape and `unmatched`; neither may be named like what it would hide.
    private func checkShapeNames() {
        for operation in schema.operations {
            for response in operation.responses where response.typeNames.count > 1 {
                let nested = SwiftNames.type(fromWire: ResponseCaseNames.caseName(response.status)) + "Body"
                if schema.type(named: nested) != nil || ReservedNames.types.contains(nested) {
                    sink.error(
                        response.location,
                        "response \(response.status.text) of '\(operation.name)' lists several body types, which generates the nested type '\(nested)', and that name is already taken; rename the type '\(nested)'"
                    )
                }
                for shape in response.typeNames where SwiftNames.member(fromWire: shape) == "unmatched" {
                    sink.error(
                        response.location,
                        "body type '\(shape)' of response \(response.status.text) would become the case 'unmatched', which holds bodies that fit no type; rename the type"
                    )
                }
            }
        }
    }

    private func checkFields(_ object: ObjectType, owner: String) {
        var wireNames: [String: Field] = [:]
        for field in object.fields {
            wireNames[field.wireName] = field
        }
        var alternates: [String: Field] = [:]
        let swiftNames = Set(object.fields.map(\.swiftName))
        for field in object.fields {
            if field.swiftName == "wireAbsence" {
                sink.error(
                    field.location,
                    "field '\(field.wireName)' of '\(owner)' would become the property 'wireAbsence', which generated models use to remember absent keys; set 'swiftName'"
                )
            }
            for index in field.alternateNames.indices {
                let caseName = FieldReading.alternateCaseName(field.swiftName, index)
                if swiftNames.contains(caseName) {
                    sink.error(
                        field.location,
                        "the coding key '\(caseName)' generated for alternate name '\(field.alternateNames[index])' of field '\(field.wireName)' clashes with a field of '\(owner)'; set 'swiftName' on that field"
                    )
                }
            }
            for tolerance in field.tolerances.sorted(by: { $0.rawValue < $1.rawValue }) {
                if let problem = Self.misfit(tolerance, field.type) {
                    sink.error(
                        field.location,
                        "tolerance '\(tolerance.rawValue)' on field '\(field.wireName)' of '\(owner)' \(problem)"
                    )
                }
            }
            for name in field.alternateNames {
                if let other = wireNames[name] ?? alternates[name] {
                    sink.error(
                        field.location,
                        "alternate name '\(name)' of field '\(field.wireName)' of '\(owner)' is already the wire name of '\(other.wireName)'",
                        notes: [.init(location: other.location, message: "'\(other.wireName)' is here")]
                    )
                } else {
                    alternates[name] = field
                }
            }
        }
    }

    /// Why a tolerance cannot apply to a field of this type, or nil when it can.
    static func misfit(_ tolerance: Tolerance, _ type: FieldType) -> String? {
        switch (tolerance, type) {
        case (.emptyArrayAsMap, .map), (.numberAsString, .string): return nil
        case (.emptyArrayAsMap, _): return "applies to map fields only"
        case (.numberAsString, _): return "applies to string fields only"
        }
    }

    private func checkHeaders() {
        var taken: [String: String] = [
            "raw": "the raw response", "status": "the status", "headers": "the headers",
            "mismatches": "the list of mismatches",
        ]
        for operation in schema.operations {
            for response in operation.responses {
                taken[ResponseCaseNames.caseName(response.status)] = "the case for status \(response.status.text)"
            }
        }
        taken["undocumented"] = "the case for undocumented statuses"
        var firstBySwiftName: [String: ResponseHeader] = [:]
        for header in schema.responseHeaders {
            if let what = taken[header.swiftName] {
                sink.error(
                    header.location,
                    "response header '\(header.name)' would become the property '\(header.swiftName)', which is already \(what) on responses; set 'swiftName'"
                )
            }
            if let first = firstBySwiftName[header.swiftName] {
                sink.error(
                    header.location,
                    "response headers '\(first.name)' and '\(header.name)' both become the property '\(header.swiftName)'; set 'swiftName' on one of them",
                    notes: [.init(location: first.location, message: "'\(first.name)' is here")]
                )
            }
            firstBySwiftName[header.swiftName] = header
            if SwiftNames.unusableMemberNames.contains(header.swiftName) {
                sink.error(
                    header.location,
                    "response header '\(header.name)' would become the property '\(header.swiftName)', which Swift reserves; set 'swiftName'"
                )
            }
        }
    }
}
