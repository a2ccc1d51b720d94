/// `distinguishNull` only means something on an optional nullable field, and a field a request
/// sends must keep telling absent from null, or a nil would be sent as `null`.
struct NullPresenceChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        let sent = NullPresence.sentTypes(schema.types, operations: schema.operations)
        for type in schema.types {
            guard case .object(let object) = type.kind else { continue }
            for field in object.fields {
                guard let explicit = field.distinguishNull else { continue }
                let location = field.distinguishNullLocation ?? field.location
                if field.required || !field.nullable {
                    sink.error(
                        location,
                        "'distinguishNull' applies to fields that are nullable and not required; '\(field.wireName)' is \(field.required ? "required" : "not nullable")"
                    )
                } else if !explicit && sent.contains(type.name) {
                    sink.error(
                        location,
                        "'\(type.name)' is sent in a request body, where '\(field.wireName)' must tell absent from null (nil is omitted, .null is sent); remove 'distinguishNull: false'"
                    )
                }
            }
        }
    }
}
