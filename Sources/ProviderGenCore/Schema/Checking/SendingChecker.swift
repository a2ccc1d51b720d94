/// Checks the idempotency-key headers against the rest of each operation.
struct SendingChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    /// Methods that are retried safely without a key (RFC 9110 §9.2.2).
    static let idempotentMethods: Set<HTTPMethod> = [.get, .put, .delete]

    func check() {
        for operation in schema.operations {
            guard let header = operation.idempotencyKeyHeader(in: schema) else { continue }
            let location = operation.idempotencyKeyLocation ?? operation.location
            if case .header = operation.idempotencyKey, Self.idempotentMethods.contains(operation.method) {
                sink.warning(
                    location,
                    "'\(operation.name)' is a \(operation.method.rawValue), which is retried safely without an idempotency key; the key is sent but changes nothing"
                )
            }
            if let parameter = operation.headerParameters.first(where: {
                $0.wireName.lowercased() == header.lowercased()
            }) {
                sink.error(
                    parameter.location,
                    "header parameter '\(parameter.wireName)' of '\(operation.name)' is its idempotency-key header, which the client sets; remove the parameter (callers pass their own key with CallOptions(idempotencyKey:))"
                )
            }
            if schema.defaultHeaders.contains(where: { $0.name.lowercased() == header.lowercased() }) {
                sink.error(
                    location,
                    "'\(header)' is a fixed header in 'headers', so every call would send the same idempotency key; remove it from 'headers'"
                )
            }
        }
    }
}
