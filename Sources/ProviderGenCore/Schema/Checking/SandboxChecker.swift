/// Checks `sandbox:` against the rest of the schema: the operations it names, the body fields the
/// stateful semantics compare, the id field and its example, and the success status.
struct SandboxChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        let names = schema.operations.map(\.name)
        for (name, sandbox) in schema.sandbox.operations.sorted(by: { $0.key < $1.key }) {
            guard let operation = schema.operations.first(where: { $0.name == name }) else {
                sink.error(
                    sandbox.location,
                    "'sandbox.operations' names '\(name)', which is not an operation\(Suggestion.didYouMean(name, among: names))"
                )
                continue
            }
            checkFields(sandbox, of: operation)
            let status = operation.sandboxSuccessStatus(sandbox)
            guard let response = operation.response(covering: status) else {
                sink.error(
                    sandbox.location,
                    "'\(name)' documents no response for status \(status), which the sandbox would answer with"
                )
                continue
            }
            checkID(sandbox, in: response)
            checkAction(sandbox, of: operation, answering: response)
        }
    }

    /// `fetch`/`list`/`update`/`delete`: the creating operation exists and makes ids, the operation
    /// says which resource (one path parameter) or how to page, and the list-only keys are on a list.
    private func checkAction(_ sandbox: SandboxOperation, of operation: APIOperation, answering response: Response) {
        let listOnly =
            (sandbox.newestFirst ? ["newestFirst"] : []) + (sandbox.createdBetween == nil ? [] : ["createdBetween"])
            + (sandbox.counts.isEmpty ? [] : ["counts"])
        guard let action = sandbox.action else {
            if let key = listOnly.first {
                sink.error(sandbox.location, "'\(key)' of '\(operation.name)' applies only with 'list'")
            }
            return
        }
        let names = schema.operations.map(\.name)
        guard let creator = schema.operations.first(where: { $0.name == action.creator }) else {
            let hint = Suggestion.didYouMean(action.creator, among: names)
            sink.error(
                action.location,
                "'\(action.kind.rawValue)' names '\(action.creator)', which is not an operation\(hint)"
            )
            return
        }
        guard let creating = schema.sandbox.operations[creator.name], creating.id != nil, creating.action == nil else {
            sink.error(
                action.location,
                "'\(creator.name)' stores no resources: give it 'id' in 'sandbox.operations' so the sandbox can find them again"
            )
            return
        }
        switch action.kind {
        case .fetch, .update, .delete:
            if !listOnly.isEmpty {
                sink.error(sandbox.location, "'\(listOnly[0])' of '\(operation.name)' applies only with 'list'")
            }
            if operation.pathParameters.count != 1 {
                sink.error(
                    action.location,
                    "'\(operation.name)' must take exactly one path parameter, the id of the resource to \(action.kind.rawValue)"
                )
            }
            if action.kind == .update, operation.body == nil {
                sink.error(action.location, "'\(operation.name)' has no body to merge into the stored resource")
            }
        case .list:
            checkList(sandbox, of: operation, answering: response, creator: creator, creating: creating)
        }
    }

    private func checkList(
        _ sandbox: SandboxOperation,
        of operation: APIOperation,
        answering response: Response,
        creator: APIOperation,
        creating: SandboxOperation
    ) {
        guard operation.pagination != nil else {
            sink.error(
                sandbox.action?.location ?? sandbox.location,
                "'\(operation.name)' has no 'pagination', which says where the sandbox puts the listed items"
            )
            return
        }
        if let range = sandbox.createdBetween {
            let query = operation.queryParameters.map(\.wireName)
            for name in [range.from, range.to].compactMap({ $0 }) where !query.contains(name) {
                let hint = Suggestion.didYouMean(name, among: query)
                sink.error(
                    range.location,
                    "'\(name)' in 'createdBetween' is not a query parameter of '\(operation.name)'\(hint)"
                )
            }
            let created = creator.response(covering: creator.sandboxSuccessStatus(creating))?.typeNames.first
            let field = created.flatMap { name -> Field? in
                guard case .object(let object)? = schema.type(named: name)?.kind else { return nil }
                return object.field(wireName: range.field)
            }
            switch field?.type {
            case .dateTime(.unixSeconds)?, .integer?:
                break
            case nil:
                sink.error(
                    range.location,
                    "'\(range.field)' in 'createdBetween' is not a field of \(created ?? "the created resource")"
                )
            default:
                sink.error(
                    range.location,
                    "'\(range.field)' in 'createdBetween' must hold a Unix time (integer or unixSeconds dateTime)"
                )
            }
        }
        guard let listType = response.typeNames.first else { return }
        for count in sandbox.counts {
            switch fieldType(at: count.path, in: listType) {
            case .integer?:
                break
            case nil:
                sink.error(
                    count.location,
                    "'\(count.path.joined(separator: "."))' in 'counts' is not a field path of \(listType)"
                )
            default:
                sink.error(
                    count.location,
                    "'\(count.path.joined(separator: "."))' in 'counts' must be an integer field"
                )
            }
        }
    }

    /// The type of the field a dotted path of wire names reaches from `typeName`.
    private func fieldType(at path: [String], in typeName: String) -> FieldType? {
        guard let first = path.first, case .object(let object)? = schema.type(named: typeName)?.kind,
            let field = object.field(wireName: first)
        else { return nil }
        if path.count == 1 { return field.type }
        guard case .named(let next) = field.type else { return nil }
        return fieldType(at: Array(path.dropFirst()), in: next)
    }

    private func checkFields(_ sandbox: SandboxOperation, of operation: APIOperation) {
        let listed = sandbox.uniqueBy + sandbox.returnExistingWhen
        guard !listed.isEmpty else { return }
        guard let bodyType = operation.body?.typeName, case .object(let body)? = schema.type(named: bodyType)?.kind
        else {
            sink.error(listed[0].location, "'\(operation.name)' has no body whose fields the sandbox could compare")
            return
        }
        for field in listed where body.field(wireName: field.wireName) == nil {
            let hint = Suggestion.didYouMean(field.wireName, among: body.fields.map(\.wireName))
            sink.error(field.location, "'\(field.wireName)' is not a field of \(bodyType)\(hint)")
        }
    }

    private func checkID(_ sandbox: SandboxOperation, in response: Response) {
        guard let style = sandbox.id, let location = sandbox.idLocation else { return }
        guard let typeName = response.typeNames.first, case .object(let object)? = schema.type(named: typeName)?.kind
        else {
            sink.error(location, "the success response has no object body to hold the id '\(style.field)'")
            return
        }
        guard let field = object.field(wireName: style.field) else {
            let hint = Suggestion.didYouMean(style.field, among: object.fields.map(\.wireName))
            sink.error(location, "'\(style.field)' is not a field of \(typeName)\(hint)")
            return
        }
        guard case .string = field.type else {
            sink.error(location, "the id field '\(style.field)' of \(typeName) must be a string")
            return
        }
        if case .string(let example)? = field.example, !style.fits(example) {
            sink.warning(
                location,
                "the example id '\(example)' of \(typeName).\(style.field) does not fit the sandbox's id style ('\(style.prefix)' and \(style.alphabet.rawValue) characters)"
            )
        }
    }
}
