import Foundation
import HTTPTypes
import ProviderGenCore
import ProviderRuntimeCore

/// Turns the pipeline's decisions into responses: JSON bodies, and refusals in the provider's
/// declared envelope (`sandbox.errors`).
enum Answer {
    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    static func json(_ value: JSONValue, status: Int, headers: HTTPFields = [:]) -> SandboxResponse {
        var fields = jsonHeaders
        fields.append(contentsOf: headers)
        // JSONValue always encodes; an empty body would only hide a bug from the client's decoder.
        let body = (try? JSONBody.encode(value)) ?? Data("null".utf8)
        return SandboxResponse(status: status, headers: fields, body: body)
    }

    static func refusal(
        _ kind: SandboxErrorKind,
        in provider: ServedProvider?,
        issues: [ValidationIssue],
        headers: HTTPFields = [:],
        status: Int? = nil
    ) -> SandboxResponse {
        let answer =
            provider?.schema.sandbox.answer(for: kind)
            ?? SandboxErrorAnswer(status: kind.defaultStatus, body: SandboxTemplate.builtInBody)
        let code = status ?? answer.status
        return json(ErrorBody(issues: issues, status: code).render(answer.body), status: code, headers: headers)
    }

    static func refusal(
        _ kind: SandboxErrorKind,
        in provider: ServedProvider?,
        issue message: String,
        headers: HTTPFields = [:]
    ) -> SandboxResponse {
        refusal(
            kind,
            in: provider,
            issues: [ValidationIssue(path: "", rule: kind.rawValue, message: message)],
            headers: headers
        )
    }

    /// An injected status: 429 as rate limiting with `Retry-After`, anything else as unavailability.
    static func fault(status: Int, in provider: ServedProvider) -> SandboxResponse {
        if status == 429 {
            return refusal(
                .rateLimited,
                in: provider,
                issues: [ValidationIssue(path: "", rule: "fault", message: "too many requests; retry after 1 second")],
                headers: [.retryAfter: "1"],
                status: status
            )
        }
        return refusal(
            .unavailable,
            in: provider,
            issues: [
                ValidationIssue(path: "", rule: "fault", message: "the service is unavailable (injected \(status))")
            ],
            status: status
        )
    }
}

/// New ids in the style the schema declares.
enum IDGenerator {
    static func make(_ style: SandboxIDStyle) -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = style.alphabet.characters
        var text = style.prefix
        for _ in 0..<style.length { text.append(alphabet.randomElement(using: &generator)!) }
        return text
    }
}
