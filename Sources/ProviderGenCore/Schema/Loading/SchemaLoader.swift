import Foundation

/// The loading stage: YAML nodes to the schema model, reporting what the YAML itself gets wrong
/// (unknown keys, wrong kinds, malformed values). Whether the parts fit together is the checking
/// stage's job (`SchemaChecker`); `SchemaFrontEnd` runs both. Loading never stops at the first
/// error.
public enum SchemaLoader {
    public struct Result: Sendable {
        /// After loading: the model as far as it could be built, even when `diagnostics` hold
        /// errors, so checking can report its findings in the same run. After checking
        /// (`SchemaFrontEnd`): present only when no stage found an error.
        public var schema: ProviderSchema?
        public var diagnostics: [Diagnostic]
    }

    public static let topLevelKeys = [
        "provider", "servers", "auth", "headers", "sending", "responseHeaders", "tolerate", "operations", "types",
        "sandbox",
    ]

    public static func load(contentsOf path: String, displayPath: String? = nil) -> Result {
        let shownPath = displayPath ?? path
        let parsed = YAMLReader.parse(contentsOf: path, displayPath: shownPath)
        return load(parsed, file: shownPath)
    }

    public static func load(yaml bytes: [UInt8], file: String) -> Result {
        load(YAMLReader.parse(bytes, file: file), file: file)
    }

    static func load(_ parsed: YAMLParseResult, file: String) -> Result {
        let sink = DiagnosticSink()
        sink.append(contentsOf: parsed.diagnostics)
        guard !sink.hasErrors else { return Result(schema: nil, diagnostics: sink.diagnostics.sorted()) }
        guard let root = parsed.root, !root.isNull else {
            sink.error(
                SourceLocation(file: file, line: 1, column: 1),
                "the schema is empty; it needs at least 'provider' and 'operations'"
            )
            return Result(schema: nil, diagnostics: sink.diagnostics)
        }
        let schema = SchemaBuilder(file: file, sink: sink).build(root)
        return Result(schema: schema, diagnostics: sink.diagnostics.sorted())
    }
}

/// Builds the model section by section; each section reports its own problems.
struct SchemaBuilder {
    let file: String
    let sink: DiagnosticSink

    func build(_ root: YAMLNode) -> ProviderSchema? {
        guard
            let top = MappingReader(root, describing: "the schema", allowedKeys: SchemaLoader.topLevelKeys, sink: sink)
        else {
            return nil
        }
        let provider = top.required("provider", in: "the schema").flatMap(readProvider)
        let servers = top.value("servers").map(readServers) ?? []
        let authentication = top.value("auth").flatMap(readAuthentication) ?? [Authentication.none]
        let headers = top.value("headers").map(readHeaders) ?? []
        var typeLoader = TypeLoader(sink: sink)
        if let typesNode = top.value("types") {
            typeLoader.loadTypes(typesNode)
        }
        let operations =
            top.required("operations", in: "the schema").map {
                OperationLoader(sink: sink).loadOperations($0, types: &typeLoader)
            } ?? []
        guard let provider else { return nil }
        let reading = ResponseReadingLoader(sink: sink)
        var schema = ProviderSchema(
            file: file,
            module: provider.module,
            displayName: provider.name,
            documentation: provider.docs,
            description: provider.description,
            servers: servers,
            authentication: authentication[0],
            defaultHeaders: headers,
            operations: operations,
            types: NullPresence.resolved(typeLoader.types, operations: operations)
        )
        schema.authenticationChoices = authentication.count > 1 ? authentication : []
        schema.responseHeaders = top.value("responseHeaders").map(reading.responseHeaders) ?? []
        schema.tolerances = top.value("tolerate").map(reading.tolerances) ?? []
        schema.sending = top.value("sending").map(SendingLoader(sink: sink).traits) ?? SendingTraits()
        schema.sandbox = top.value("sandbox").map(SandboxLoader(sink: sink).traits) ?? SandboxTraits()
        return schema
    }

    private func readProvider(_ node: YAMLNode) -> (module: String, name: String, docs: String?, description: String?)?
    {
        guard
            let reader = MappingReader(
                node,
                describing: "'provider'",
                allowedKeys: ["module", "name", "docs", "description"],
                sink: sink
            )
        else { return nil }
        guard let moduleNode = reader.required("module", in: "'provider'"),
            let module = MappingReader.string(moduleNode, key: "module", sink: sink)
        else { return nil }
        if let problem = ModuleName.problem(module) {
            sink.error(moduleNode.location, problem)
            return nil
        }
        return (module, reader.string("name") ?? module, reader.string("docs"), reader.string("description"))
    }

    private func readServers(_ node: YAMLNode) -> [Server] {
        MappingReader.namedEntries(node, describing: "'servers'", sink: sink).compactMap { entry in
            guard SwiftNames.isIdentifier(entry.name), entry.name.first?.isLowercase == true else {
                sink.error(
                    entry.key.location,
                    "server name '\(entry.name)' must be a lowerCamelCase identifier such as 'production'"
                )
                return nil
            }
            if entry.name == "custom" {
                sink.error(
                    entry.key.location,
                    "server name 'custom' is taken by Server.custom(URL), which every client has; choose another name"
                )
                return nil
            }
            let url: String?
            var description: String?
            if entry.value.isCollection {
                guard
                    let reader = MappingReader(
                        entry.value,
                        describing: "server '\(entry.name)'",
                        allowedKeys: ["url", "description"],
                        sink: sink
                    )
                else { return nil }
                url = reader.required("url", in: "server '\(entry.name)'").flatMap {
                    MappingReader.string($0, key: "url", sink: sink)
                }
                description = reader.string("description")
            } else {
                url = MappingReader.string(entry.value, key: entry.name, sink: sink)
            }
            guard let url else { return nil }
            // Every Foundation version parses such a URL, so generated code can rely on it.
            if let bad = url.unicodeScalars.first(where: { !HTTPSyntax.isURLCharacter($0) }) {
                sink.error(
                    entry.value.location,
                    "server '\(entry.name)' URL contains \(HTTPSyntax.quoted(bad)), which a URL cannot hold unescaped; percent-encode it"
                )
                return nil
            }
            guard let parsed = URL(string: url), let scheme = parsed.scheme, ["https", "http"].contains(scheme),
                parsed.host != nil,
                parsed.query == nil, parsed.fragment == nil
            else {
                sink.error(
                    entry.value.location,
                    "server '\(entry.name)' needs an absolute http(s) URL without query or fragment, found '\(url)'"
                )
                return nil
            }
            if url.hasSuffix("/") {
                sink.error(entry.value.location, "server URL '\(url)' must not end with '/'; paths start with '/'")
            }
            return Server(name: entry.name, url: url, description: description)
        }
    }

    /// `scheme: bearer`, or `schemes: [bearer, basic]` for a provider that takes either.
    private func readAuthentication(_ node: YAMLNode) -> [Authentication]? {
        guard let reader = MappingReader(node, describing: "'auth'", allowedKeys: ["scheme", "schemes"], sink: sink)
        else { return nil }
        switch (reader.value("scheme"), reader.value("schemes")) {
        case (let schemeNode?, nil):
            return MappingReader.string(schemeNode, key: "scheme", sink: sink)
                .flatMap { scheme(named: $0, at: schemeNode.location) }.map { [$0] }
        case (nil, let listNode?):
            var schemes: [Authentication] = []
            for (name, location) in MappingReader.string(sequenceOf: listNode, key: "schemes", sink: sink) {
                guard let scheme = scheme(named: name, at: location) else { continue }
                if scheme == .none {
                    sink.error(location, "'none' cannot be one of several schemes; list the schemes the provider takes")
                } else if schemes.contains(scheme) {
                    sink.error(location, "auth scheme '\(name)' is listed twice")
                } else {
                    schemes.append(scheme)
                }
            }
            return schemes.isEmpty ? nil : schemes
        case (_?, _?):
            sink.error(
                reader.keyLocation("schemes") ?? node.location,
                "'auth' takes 'scheme' (one) or 'schemes' (a list the user chooses from), not both"
            )
            return nil
        case (nil, nil):
            sink.error(node.location, "'auth' is missing required key 'scheme' (or 'schemes')")
            return nil
        }
    }

    private func scheme(named name: String, at location: SourceLocation) -> Authentication? {
        guard let authentication = Authentication(rawValue: name) else {
            let choices = ["bearer", "basic", "none"]
            sink.error(
                location,
                "unknown auth scheme '\(name)'\(Suggestion.didYouMean(name, among: choices)); expected bearer, basic or none"
            )
            return nil
        }
        return authentication
    }

    private func readHeaders(_ node: YAMLNode) -> [HeaderValue] {
        MappingReader.namedEntries(node, describing: "'headers'", sink: sink).compactMap { entry in
            guard HTTPSyntax.isToken(entry.name) else {
                sink.error(entry.key.location, "'\(entry.name)' is not a valid HTTP header name")
                return nil
            }
            if let problem = HTTPSyntax.reservedHeaderProblem(entry.name) {
                sink.error(entry.key.location, problem)
                return nil
            }
            guard let value = MappingReader.string(entry.value, key: entry.name, sink: sink) else { return nil }
            guard HTTPSyntax.isFieldValue(value) else {
                sink.error(
                    entry.value.location,
                    "header '\(entry.name)' has a value with control characters, line separators or surrounding spaces"
                )
                return nil
            }
            return HeaderValue(name: entry.name, value: value)
        }
    }
}
