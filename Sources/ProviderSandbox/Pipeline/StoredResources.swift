import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// Fetch, list, update and delete (`sandbox.operations.<name>.fetch: createContact` and the like):
/// answers from the resources the creating operation stored, so a created contact can be fetched
/// back, listed, changed and removed; an id no stored resource has gets `unknownID`.
struct StoredResources {
    let store: SandboxStore
    let provider: ServedProvider
    let now: Date

    /// The answer to `operation`, which does `action`; `id` is its path parameter, `body` the
    /// validated body and `query` the query as sent.
    func answer(
        _ action: SandboxAction,
        for operation: APIOperation,
        id: String?,
        body: JSONValue?,
        query: String
    ) -> SandboxResponse {
        let schema = provider.schema
        let scope = provider.prefix + "." + action.creator
        let status = operation.sandboxSuccessStatus(schema.sandbox.operations[operation.name])
        guard let response = operation.response(covering: status) else { return SandboxResponse(status: status) }
        let fabricator = SuccessBody(schema: schema, now: now)
        switch action.kind {
        case .list:
            let listing = ResourceListing(
                operation: operation,
                semantics: schema.sandbox.operations[operation.name],
                schema: schema
            )
            switch listing.page(of: store.resources(scope: scope).map(\.record), query: QueryString.parse(query)) {
            case .refused(let issues):
                return Answer.refusal(.invalid, in: provider, issues: issues)
            case .page(let assignments):
                var page = fabricator.payload(for: response, values: [:], id: nil)
                for (path, value) in assignments { page.set(value, at: path[...]) }
                return Answer.json(fabricator.wrap(page, in: response), status: status)
            }
        case .fetch:
            guard let id, let resource = store.resource(scope: scope, id: id) else { return unknown(id) }
            return answer(resource.record, response: response, status: status, with: fabricator)
        case .update:
            let sent: [String: JSONValue]
            if case .object(let members)? = body { sent = members } else { sent = [:] }
            let updated = id.flatMap { id in
                store.update(scope: scope, id: id) { resource in
                    guard case .object(var members) = resource.record else { return }
                    for (name, value) in sent { members[name] = value }
                    resource.record = fabricator.payload(for: response, values: members, id: nil)
                    // What a later create compares (Razorpay's matching details) follows the change.
                    for (name, value) in sent where resource.request[name] != nil || value != .null {
                        resource.request[name] = value
                    }
                }
            }
            guard let updated else { return unknown(id) }
            return answer(updated.record, response: response, status: status, with: fabricator)
        case .delete:
            guard let id, store.delete(scope: scope, id: id) else { return unknown(id) }
            if response.typeNames.isEmpty { return SandboxResponse(status: status) }
            return Answer.json(fabricator.build(for: response, values: ["id": .string(id)], id: nil), status: status)
        }
    }

    /// The stored record in this operation's response model and envelope.
    private func answer(
        _ record: JSONValue,
        response: Response,
        status: Int,
        with fabricator: SuccessBody
    ) -> SandboxResponse {
        guard case .object(let members) = record else { return Answer.json(record, status: status) }
        return Answer.json(fabricator.build(for: response, values: members, id: nil), status: status)
    }

    /// `id` is nil only for an operation without the path parameter the checker asks for.
    private func unknown(_ id: String?) -> SandboxResponse {
        Answer.refusal(
            .unknownID,
            in: provider,
            issues: [
                ValidationIssue(path: "id", rule: "unknownID", message: "no resource has the id '\(id ?? "")'")
            ]
        )
    }
}
