import ProviderRuntimeCore

/// A `format:` must name a runtime format and pass exactly its parameters, each a literal or a
/// string-valued field of the same object.
struct FormatChecker {
    let object: ObjectType?
    let sink: DiagnosticSink

    func check(_ format: FormatReference, describing what: String) {
        guard let entry = StringFormat.catalogEntry(named: format.name) else {
            let names = StringFormat.catalog.map(\.name)
            sink.error(
                format.location,
                "unknown format '\(format.name)' on \(what)\(Suggestion.didYouMean(format.name, among: names)); known formats: \(names.joined(separator: ", "))"
            )
            return
        }
        let given = format.arguments.map(\.label)
        if given != entry.parameters {
            let expected =
                entry.parameters.isEmpty
                ? "no arguments" : "arguments \(entry.parameters.joined(separator: ", ")) in that order"
            sink.error(
                format.location,
                "format '\(format.name)' takes \(expected); found \(given.isEmpty ? "none" : given.joined(separator: ", "))"
            )
        }
        for argument in format.arguments {
            guard case .field(let name) = argument.value else { continue }
            guard let object, let field = object.field(wireName: name) else {
                let fields = object?.fields.map(\.wireName) ?? []
                sink.error(
                    format.location,
                    "format argument '\(argument.label)' names field '\(name)', which is not a field of this object\(Suggestion.didYouMean(name, among: fields))"
                )
                continue
            }
            switch field.type {
            case .string, .named: break
            default:
                sink.error(
                    format.location,
                    "format argument '\(argument.label)' must name a string or enum field; '\(name)' is not one"
                )
            }
        }
    }
}
