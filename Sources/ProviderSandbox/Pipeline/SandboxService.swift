import Foundation
import HTTPTypes
import Logging
import ProviderGenCore
import ProviderRuntimeCore

/// The sandbox's stages in order, for one request: route, inject faults, check credentials and
/// the query, replay idempotent requests, decode and validate the body, then create (or find) the
/// resource and answer; operations declared to fetch, list, update or delete answer from the stored
/// resources (`StoredResources`). Independent of the HTTP server, which only carries bytes in and out.
public final class SandboxService: Sendable {
    public static let resetPath = "/_sandbox/reset"

    let catalog: ProviderCatalog
    private let router: Router
    private let store: SandboxStore
    private let injectors: [String: FaultInjector]

    public init(
        catalog: ProviderCatalog,
        faults: FaultOptions = FaultOptions(),
        stateFile: String? = nil,
        logger: Logger
    )
        throws(StateFileError)
    {
        self.catalog = catalog
        self.router = Router(catalog: catalog)
        self.store = try SandboxStore(file: stateFile.map(StateFile.init), logger: logger)
        let seed = faults.seed ?? UInt64.random(in: .min ... .max)
        var injectors: [String: FaultInjector] = [:]
        for provider in catalog.providers {
            injectors[provider.prefix] = FaultInjector(
                plan: faults.plan(for: provider.prefix),
                seed: seed,
                provider: provider.prefix
            )
        }
        self.injectors = injectors
    }

    public func handle(_ request: SandboxRequest) async -> SandboxResponse {
        if request.path == Self.resetPath {
            guard request.method == "POST" else {
                return Answer.refusal(
                    .methodNotAllowed,
                    in: nil,
                    issue: "only POST empties the sandbox",
                    headers: [.allow: "POST"]
                )
            }
            store.reset()
            return SandboxResponse(status: 204)
        }
        switch router.match(method: request.method, path: request.path) {
        case .notFound(let provider):
            return Answer.refusal(.notFound, in: provider, issue: "no operation at \(request.method) \(request.path)")
        case .methodNotAllowed(let provider, let allowed):
            let list = allowed.joined(separator: ", ")
            return Answer.refusal(
                .methodNotAllowed,
                in: provider,
                issue: "\(request.path) takes \(list), not \(request.method)",
                headers: [.allow: list]
            )
        case .operation(let provider, let operation, let pathParameters):
            if let injector = injectors[provider.prefix] {
                if injector.plan.latency > .zero { try? await Task.sleep(for: injector.plan.latency) }
                switch injector.decide() {
                case .pass: break
                case .drop: return .dropped
                case .fail(let status): return Answer.fault(status: status, in: provider)
                }
            }
            return answer(request, provider: provider, operation: operation, pathParameters: pathParameters)
        }
    }

    /// The answer for a body over `SandboxLimits.maxBodyBytes`, in the envelope of the provider the
    /// path names.
    public func tooLarge(path: String, method: String) -> SandboxResponse {
        let provider: ServedProvider? =
            switch router.match(method: method, path: path) {
            case .operation(let provider, _, _), .methodNotAllowed(let provider, _): provider
            case .notFound(let provider): provider
            }
        return Answer.refusal(
            .tooLarge,
            in: provider,
            issue: "the body is over the limit of \(SandboxLimits.maxBodyBytes) bytes"
        )
    }

    private func answer(
        _ request: SandboxRequest,
        provider: ServedProvider,
        operation: APIOperation,
        pathParameters: [String: String]
    ) -> SandboxResponse {
        let schema = provider.schema
        if let problem = CredentialCheck.problem(in: request.headers, for: schema.authentication) {
            return Answer.refusal(.unauthorized, in: provider, issues: [problem])
        }
        let queryIssues = QueryValidation.issues(in: request.query, for: operation, in: schema)
        if !queryIssues.isEmpty {
            return Answer.refusal(.invalid, in: provider, issues: queryIssues)
        }
        let body: JSONValue?
        let (operation, outcome) = RequestValidation.check(
            request.body,
            contentType: request.headers[.contentType],
            for: operation,
            or: router.alternatives(to: operation, in: provider),
            in: schema
        )
        switch outcome {
        case .malformed(let issue):
            return Answer.refusal(.malformed, in: provider, issues: [issue])
        case .invalid(let issues):
            return remembering(request, body: nil, provider: provider, operation: operation) {
                Answer.refusal(.invalid, in: provider, issues: issues.filter { $0.severity == .error })
            }
        case .valid(let json, _):
            body = json
        }
        return remembering(request, body: body, provider: provider, operation: operation) {
            guard let action = provider.schema.sandbox.operations[operation.name]?.action else {
                return create(body: body, provider: provider, operation: operation, pathParameters: pathParameters)
            }
            return StoredResources(store: store, provider: provider, now: Date()).answer(
                action,
                for: operation,
                id: pathParameters.values.first,
                body: body,
                query: request.query
            )
        }
    }

    /// Idempotency keys, where the schema declares them: the first answer to a key is replayed for
    /// the same request and a different request with the key is refused.
    private func remembering(
        _ request: SandboxRequest,
        body: JSONValue?,
        provider: ServedProvider,
        operation: APIOperation,
        _ respond: () -> SandboxResponse
    ) -> SandboxResponse {
        guard let header = operation.idempotencyKeyHeader(in: provider.schema),
            let name = HTTPField.Name(header), let key = request.headers[name]
        else { return respond() }
        let scope = provider.prefix + "." + operation.name
        // The body as read, so a body that differs only in spacing or key order is the same request.
        let fingerprint = JSONValue.object([
            "path": .string(request.path),
            "body": body ?? .string(String(decoding: request.body, as: UTF8.self)),
        ])
        switch store.replay(scope: scope, key: key, request: fingerprint) {
        case .replay(let stored):
            var response = SandboxResponse(status: stored.status, headers: Answer.jsonHeaders, body: stored.body)
            response.headers[HTTPField.Name("Idempotent-Replayed")!] = "true"
            return response
        case .mismatch:
            return Answer.refusal(
                .idempotencyConflict,
                in: provider,
                issues: [
                    ValidationIssue(
                        path: "",
                        rule: "idempotencyKey",
                        message: "the idempotency key '\(key)' was already used with a different request"
                    )
                ]
            )
        case .none:
            let response = respond()
            store.remember(
                scope: scope,
                key: key,
                replay: SandboxState.Replay(request: fingerprint, status: response.status, body: response.body)
            )
            return response
        }
    }

    private func create(
        body: JSONValue?,
        provider: ServedProvider,
        operation: APIOperation,
        pathParameters: [String: String]
    ) -> SandboxResponse {
        let schema = provider.schema
        let semantics = schema.sandbox.operations[operation.name]
        let status = operation.sandboxSuccessStatus(semantics)
        guard let response = operation.response(covering: status) else {
            return SandboxResponse(status: status)
        }
        let fabricator = SuccessBody(schema: schema, now: Date())
        var values = fabricator.withDefaults(body, typeName: operation.body?.typeName)
        for (name, value) in pathParameters where values[name] == nil {
            values[name] = .string(value)
        }
        let make = {
            let id = semantics?.id.map { (field: $0.field, value: IDGenerator.make($0)) }
            return SandboxState.Resource(
                id: id?.value,
                request: values,
                status: status,
                record: fabricator.payload(for: response, values: values, id: id)
            )
        }
        guard [.post, .put, .patch].contains(operation.method) else {
            let resource = make()
            return Answer.json(fabricator.wrap(resource.record, in: response), status: resource.status)
        }
        switch store.create(
            scope: provider.prefix + "." + operation.name,
            request: values,
            semantics: semantics,
            make: make
        ) {
        case .created(let resource), .existing(let resource):
            return Answer.json(fabricator.wrap(resource.record, in: response), status: resource.status)
        case .conflict(let fields):
            let names = fields.joined(separator: ", ")
            return Answer.refusal(
                .conflict,
                in: provider,
                issues: [
                    ValidationIssue(
                        path: fields.count == 1 ? fields[0] : "",
                        rule: "unique",
                        message: "a resource with the same \(names) already exists"
                    )
                ]
            )
        }
    }
}
