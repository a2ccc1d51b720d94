/// Reads the schema keys that say how responses are read: `tolerate` lists (top level and per
/// field), `alternateNames` on fields, and the top-level `responseHeaders`.
struct ResponseReadingLoader {
    let sink: DiagnosticSink

    /// `tolerate: [emptyArrayAsMap, numberAsString]`; a single name is accepted too.
    func tolerances(_ node: YAMLNode) -> Set<Tolerance> {
        let names = MappingReader.string(sequenceOf: node, key: "tolerate", sink: sink)
        var result = Set<Tolerance>()
        for (name, location) in names {
            guard let tolerance = Tolerance(rawValue: name) else {
                let choices = Tolerance.allCases.map(\.rawValue)
                sink.error(
                    location,
                    "unknown tolerance '\(name)'\(Suggestion.didYouMean(name, among: choices)); expected \(choices.joined(separator: " or "))"
                )
                continue
            }
            if result.contains(tolerance) {
                sink.error(location, "tolerance '\(name)' is listed twice")
            }
            result.insert(tolerance)
        }
        return result
    }

    /// `alternateNames: [contactId]`: other spellings a response may use for the field.
    func alternateNames(_ node: YAMLNode, wireName: String) -> [String] {
        var names: [String] = []
        for (name, location) in MappingReader.string(sequenceOf: node, key: "alternateNames", sink: sink) {
            if name == wireName {
                sink.error(location, "alternate name '\(name)' is the field's own wire name; remove it")
            } else if names.contains(name) {
                sink.error(location, "alternate name '\(name)' is listed twice")
            } else if name.isEmpty {
                sink.error(location, "an alternate name cannot be empty")
            } else {
                names.append(name)
            }
        }
        return names
    }

    static let headerKeys = ["type", "swiftName", "description"]

    /// `responseHeaders: {Retry-After: {type: retryAfter}, X-Request-Id: {swiftName: requestId}}`.
    func responseHeaders(_ node: YAMLNode) -> [ResponseHeader] {
        var seen: [String: SourceLocation] = [:]
        return MappingReader.namedEntries(node, describing: "'responseHeaders'", sink: sink).compactMap { entry in
            guard HTTPSyntax.isToken(entry.name) else {
                sink.error(entry.key.location, "'\(entry.name)' is not a valid HTTP header name")
                return nil
            }
            if let first = seen[entry.name.lowercased()] {
                sink.error(
                    entry.key.location,
                    "response header '\(entry.name)' is listed twice (header names ignore case)",
                    notes: [.init(location: first, message: "first listed here")]
                )
                return nil
            }
            seen[entry.name.lowercased()] = entry.key.location
            let what = "response header '\(entry.name)'"
            let reader: MappingReader?
            if entry.value.isNull {
                reader = nil
            } else {
                guard
                    let mapping = MappingReader(entry.value, describing: what, allowedKeys: Self.headerKeys, sink: sink)
                else { return nil }
                reader = mapping
            }
            let swiftName = reader?.string("swiftName") ?? SwiftNames.member(fromWire: entry.name)
            if !SwiftNames.isIdentifier(swiftName) || swiftName.first?.isLowercase != true {
                sink.error(
                    reader?.value("swiftName")?.location ?? entry.key.location,
                    "\(what) needs a lowerCamelCase Swift identifier as 'swiftName', found '\(swiftName)'"
                )
                return nil
            }
            let kindName = reader?.string("type") ?? "string"
            guard let kind = ResponseHeader.Kind(rawValue: kindName) else {
                let choices = ResponseHeader.Kind.allCases.map(\.rawValue)
                sink.error(
                    reader?.value("type")?.location ?? entry.key.location,
                    "unknown header type '\(kindName)'\(Suggestion.didYouMean(kindName, among: choices)); expected \(choices.joined(separator: ", "))"
                )
                return nil
            }
            return ResponseHeader(
                name: entry.name,
                swiftName: swiftName,
                description: reader?.string("description"),
                kind: kind,
                location: entry.key.location
            )
        }
    }
}
