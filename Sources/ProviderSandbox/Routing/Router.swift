import Foundation
import ProviderGenCore

/// Matches a request's method and path to an operation of the provider its first segment names.
struct Router: Sendable {
    enum Match {
        case operation(ServedProvider, APIOperation, pathParameters: [String: String])
        /// The path is a provider's but no operation's; the provider's envelope still applies.
        case notFound(ServedProvider?)
        case methodNotAllowed(ServedProvider, allowed: [String])
    }

    let catalog: ProviderCatalog

    func match(method: String, path: String) -> Match {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard let first = segments.first, let provider = catalog.provider(prefix: first) else {
            return .notFound(nil)
        }
        let rest = Array(segments.dropFirst())
        var allowed: [String] = []
        for operation in provider.schema.operations {
            guard let parameters = Self.parameters(of: operation.path, in: rest) else { continue }
            if operation.method.rawValue == method {
                return .operation(provider, operation, pathParameters: parameters)
            }
            allowed.append(operation.method.rawValue)
        }
        return allowed.isEmpty ? .notFound(provider) : .methodNotAllowed(provider, allowed: allowed)
    }

    /// The other operations answering `operation`'s method and path, in schema order: a provider
    /// may tell them apart only by the body (Razorpay's updateContact and setContactActive are
    /// both PATCH /v1/contacts/{id}), so the body stage picks among them.
    func alternatives(to operation: APIOperation, in provider: ServedProvider) -> [APIOperation] {
        provider.schema.operations.filter {
            $0.name != operation.name && $0.method == operation.method && $0.path.text == operation.path.text
        }
    }

    /// The decoded path parameters when `segments` fit the template; a parameter must be a
    /// non-empty segment, as the generated request builder refuses empty ones.
    static func parameters(of template: PathTemplate, in segments: [Substring]) -> [String: String]? {
        let expected = template.text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard expected.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (pattern, segment) in zip(expected, segments) {
            if pattern.hasPrefix("{") && pattern.hasSuffix("}") {
                guard !segment.isEmpty, let decoded = segment.removingPercentEncoding else { return nil }
                parameters[String(pattern.dropFirst().dropLast())] = decoded
            } else if pattern != segment {
                return nil
            }
        }
        return parameters
    }
}
