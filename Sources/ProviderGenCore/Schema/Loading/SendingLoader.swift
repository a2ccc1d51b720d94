/// Reads what the schema says about sending: the top-level `sending:` mapping and an operation's
/// `idempotencyKeyHeader`.
struct SendingLoader {
    let sink: DiagnosticSink

    static let keys = ["idempotencyKeyHeader", "retryHintHeader"]

    func traits(_ node: YAMLNode) -> SendingTraits {
        guard let reader = MappingReader(node, describing: "'sending'", allowedKeys: Self.keys, sink: sink) else {
            return SendingTraits()
        }
        return SendingTraits(
            idempotencyKeyHeader: reader.value("idempotencyKeyHeader").flatMap {
                headerName($0, key: "idempotencyKeyHeader")
            },
            retryHintHeader: reader.value("retryHintHeader").flatMap { headerName($0, key: "retryHintHeader") }
        )
    }

    /// A header name, or `false` for an operation that takes no key.
    func operationSetting(_ node: YAMLNode) -> IdempotencyKeySetting {
        switch node.resolved {
        case .bool(false)?:
            return IdempotencyKeySetting.none
        case .bool(true)?:
            sink.error(
                node.location,
                "'idempotencyKeyHeader' takes the header's name, such as Idempotency-Key, or false for none"
            )
            return .inherited
        default:
            return headerName(node, key: "idempotencyKeyHeader").map(IdempotencyKeySetting.header) ?? .inherited
        }
    }

    private func headerName(_ node: YAMLNode, key: String) -> String? {
        guard let name = MappingReader.string(node, key: key, sink: sink) else { return nil }
        guard HTTPSyntax.isToken(name) else {
            sink.error(node.location, "'\(key)': '\(name)' is not a valid HTTP header name")
            return nil
        }
        if name.lowercased() == "authorization" {
            sink.error(node.location, "'\(key)' cannot be Authorization, which carries the credentials")
            return nil
        }
        return name
    }
}
