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
        }
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
