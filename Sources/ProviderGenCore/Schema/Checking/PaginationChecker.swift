/// `pagination:` must name the operation's query parameters and its page's fields, with the types
/// the sequence needs, and its method must not clash with another member of `Client`.
struct PaginationChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        let operationNames = Set(schema.operations.map(\.name))
        let clientMembers = CredentialSpelling.memberNames.union(GeneratedNames.ClientMember.all)
        var names = [String: APIOperation]()
        for operation in schema.operations {
            guard let pagination = operation.pagination else { continue }
            if case .failure(let found) = PageShape.resolve(pagination, of: operation, in: schema) {
                for problem in found.problems {
                    sink.error(problem.location, problem.message)
                }
            }
            let parameters = operation.pathParameters + operation.queryParameters + operation.headerParameters
            // The position parameter is set from `position` itself, so only the others could be shadowed.
            for parameter in parameters
            where GeneratedNames.SequenceLocal.all.contains(parameter.swiftName)
                && parameter.wireName != pagination.position.value
            {
                sink.error(
                    parameter.location,
                    "parameter '\(parameter.wireName)' would be named '\(parameter.swiftName)', which the sequence of '\(operation.name)' uses for its own; set 'swiftName'"
                )
            }
            let name = pagination.sequenceName
            if operationNames.contains(name.value) || clientMembers.contains(name.value) {
                sink.error(
                    name.location,
                    "the sequence of '\(operation.name)' would be named '\(name.value)', which Client already uses; set 'name' under 'pagination'"
                )
            } else if let first = names[name.value] {
                sink.error(
                    name.location,
                    "the sequences of '\(first.name)' and '\(operation.name)' would both be named '\(name.value)'; set 'name' under 'pagination'"
                )
            } else {
                names[name.value] = operation
            }
        }
    }
}
