/// Reads `sandbox:`: the error bodies, and each operation's id style and stateful semantics.
/// Whether the names it uses exist is `SandboxChecker`'s job.
struct SandboxLoader {
    let sink: DiagnosticSink

    static let keys = ["errors", "operations"]
    static let operationKeys =
        ["status", "id", "uniqueBy", "returnExistingWhen"] + SandboxAction.Kind.allCases.map(\.rawValue)
        + ["newestFirst", "createdBetween", "counts"]
    static let answerKeys = ["status", "body"]
    static let idKeys = ["field", "prefix", "length", "alphabet"]
    static let rangeKeys = ["field", "from", "to"]

    func traits(_ node: YAMLNode) -> SandboxTraits {
        var traits = SandboxTraits()
        guard let reader = MappingReader(node, describing: "'sandbox'", allowedKeys: Self.keys, sink: sink) else {
            return traits
        }
        if let errors = reader.value("errors") {
            for entry in MappingReader.namedEntries(errors, describing: "'sandbox.errors'", sink: sink) {
                guard let kind = SandboxErrorKind(rawValue: entry.name) else {
                    let names = SandboxErrorKind.allCases.map(\.rawValue)
                    let hint = Suggestion.didYouMean(entry.name, among: names)
                    let known = hint.isEmpty ? "; expected one of: \(names.joined(separator: ", "))" : hint
                    sink.error(entry.key.location, "unknown error kind '\(entry.name)' in 'sandbox.errors'\(known)")
                    continue
                }
                if let answer = answer(entry.value, kind: kind) {
                    traits.errors[kind] = answer
                }
            }
        }
        if let operations = reader.value("operations") {
            for entry in MappingReader.namedEntries(operations, describing: "'sandbox.operations'", sink: sink) {
                if let operation = operation(entry.value, named: entry.name, at: entry.key.location) {
                    traits.operations[entry.name] = operation
                }
            }
        }
        return traits
    }

    private func answer(_ node: YAMLNode, kind: SandboxErrorKind) -> SandboxErrorAnswer? {
        let what = "'sandbox.errors.\(kind.rawValue)'"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.answerKeys, sink: sink) else {
            return nil
        }
        var status = kind.defaultStatus
        if let statusNode = reader.value("status") {
            guard case .int(let code)? = statusNode.resolved, (400...599).contains(code) else {
                sink.error(statusNode.location, "'status' of \(what) must be an error status from 400 to 599")
                return nil
            }
            status = code
        }
        guard let bodyNode = reader.required("body", in: what), let body = template(bodyNode) else { return nil }
        return SandboxErrorAnswer(status: status, body: body)
    }

    private func template(_ node: YAMLNode) -> SandboxTemplate? {
        switch node.content {
        case .scalar:
            switch node.resolved {
            case .null?: return .null
            case .bool(let flag)?: return .boolean(flag)
            case .int?, .float?: return node.scalar.map(SandboxTemplate.number)
            default:
                guard let text = node.scalar else { return nil }
                if let problem = Self.placeholderProblem(text) {
                    sink.error(node.location, problem)
                    return nil
                }
                return .text(text)
            }
        case .sequence(let items):
            let rendered = items.compactMap(template)
            return rendered.count == items.count ? .list(rendered) : nil
        case .mapping(let pairs):
            if pairs.count == 1, let key = pairs[0].key.scalar, ["eachIssue", "issuesByField"].contains(key) {
                guard let inner = template(pairs[0].value) else { return nil }
                return key == "eachIssue" ? .eachIssue(inner) : .issuesByField(inner)
            }
            var members: [SandboxTemplate.Member] = []
            for entry in MappingReader.namedEntries(node, describing: "an error body", sink: sink) {
                guard let value = template(entry.value) else { return nil }
                members.append(SandboxTemplate.Member(key: entry.name, value: value))
            }
            return .object(members)
        }
    }

    /// Text may name only the known placeholders; a misspelt one would be sent verbatim.
    static func placeholderProblem(_ text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let name = String(rest[rest.index(after: open)..<close])
            if !SandboxTemplate.placeholders.contains(name) {
                let hint = Suggestion.didYouMean(name, among: SandboxTemplate.placeholders)
                let known = SandboxTemplate.placeholders.map { "{\($0)}" }.joined(separator: ", ")
                return "unknown placeholder '{\(name)}' in an error body\(hint.isEmpty ? "; expected \(known)" : hint)"
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    private func operation(_ node: YAMLNode, named name: String, at location: SourceLocation) -> SandboxOperation? {
        let what = "'sandbox.operations.\(name)'"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.operationKeys, sink: sink) else {
            return nil
        }
        var operation = SandboxOperation(location: location)
        if let statusNode = reader.value("status") {
            if case .int(let code)? = statusNode.resolved, (200...299).contains(code) {
                operation.status = code
            } else {
                sink.error(statusNode.location, "'status' of \(what) must be a success status from 200 to 299")
            }
        }
        operation.id = reader.value("id").flatMap { idStyle($0, in: what) }
        operation.idLocation = reader.value("id")?.location
        operation.uniqueBy = reader.value("uniqueBy").map { fieldNames($0, key: "uniqueBy") } ?? []
        operation.returnExistingWhen =
            reader.value("returnExistingWhen").map { fieldNames($0, key: "returnExistingWhen") } ?? []
        operation.action = action(reader, in: what)
        operation.newestFirst = reader.bool("newestFirst") ?? false
        operation.createdBetween = reader.value("createdBetween").flatMap { timeRange($0, in: what) }
        operation.counts = reader.value("counts").map { counts($0, in: what) } ?? []
        return operation
    }

    /// At most one of `fetch`, `list`, `update` and `delete`, naming the creating operation.
    private func action(_ reader: MappingReader, in what: String) -> SandboxAction? {
        var found: SandboxAction?
        for kind in SandboxAction.Kind.allCases {
            guard let node = reader.value(kind.rawValue),
                let creator = MappingReader.string(node, key: kind.rawValue, sink: sink)
            else { continue }
            if let found {
                sink.error(
                    reader.keyLocation(kind.rawValue) ?? node.location,
                    "\(what) has both '\(found.kind.rawValue)' and '\(kind.rawValue)'; an operation does one thing to stored resources"
                )
                continue
            }
            found = SandboxAction(kind: kind, creator: creator, location: node.location)
        }
        return found
    }

    private func timeRange(_ node: YAMLNode, in owner: String) -> SandboxTimeRange? {
        let what = "'createdBetween' of \(owner)"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.rangeKeys, sink: sink),
            let field = reader.required("field", in: what).flatMap({
                MappingReader.string($0, key: "field", sink: sink)
            })
        else { return nil }
        let range = SandboxTimeRange(
            field: field,
            from: reader.string("from"),
            to: reader.string("to"),
            location: node.location
        )
        if range.from == nil && range.to == nil {
            sink.error(node.location, "\(what) names neither 'from' nor 'to'")
            return nil
        }
        return range
    }

    private func counts(_ node: YAMLNode, in owner: String) -> [SandboxCount] {
        var counts: [SandboxCount] = []
        for entry in MappingReader.namedEntries(node, describing: "'counts' of \(owner)", sink: sink) {
            guard let name = MappingReader.string(entry.value, key: entry.name, sink: sink) else { continue }
            guard let figure = SandboxCount.Figure(rawValue: name) else {
                let names = SandboxCount.Figure.allCases.map(\.rawValue)
                sink.error(
                    entry.value.location,
                    "unknown figure '\(name)'\(Suggestion.didYouMean(name, among: names)); expected \(names.joined(separator: ", "))"
                )
                continue
            }
            let path = entry.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            counts.append(SandboxCount(path: path, figure: figure, location: entry.key.location))
        }
        return counts
    }

    private func fieldNames(_ node: YAMLNode, key: String) -> [SandboxFieldName] {
        MappingReader.string(sequenceOf: node, key: key, sink: sink).map {
            SandboxFieldName(wireName: $0.0, location: $0.1)
        }
    }

    private func idStyle(_ node: YAMLNode, in owner: String) -> SandboxIDStyle? {
        let what = "'id' of \(owner)"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.idKeys, sink: sink),
            let field = reader.required("field", in: what).flatMap({
                MappingReader.string($0, key: "field", sink: sink)
            })
        else { return nil }
        let length = reader.nonNegativeInt("length") ?? 14
        if length == 0 || length > 64 {
            sink.error(reader.keyLocation("length") ?? node.location, "'length' of \(what) must be from 1 to 64")
            return nil
        }
        var alphabet = SandboxIDStyle.Alphabet.alphanumeric
        if let alphabetNode = reader.value("alphabet"),
            let name = MappingReader.string(alphabetNode, key: "alphabet", sink: sink)
        {
            guard let known = SandboxIDStyle.Alphabet(rawValue: name) else {
                let names = SandboxIDStyle.Alphabet.allCases.map(\.rawValue)
                sink.error(
                    alphabetNode.location,
                    "unknown alphabet '\(name)'\(Suggestion.didYouMean(name, among: names)); expected \(names.joined(separator: ", "))"
                )
                return nil
            }
            alphabet = known
        }
        return SandboxIDStyle(field: field, prefix: reader.string("prefix") ?? "", length: length, alphabet: alphabet)
    }
}
