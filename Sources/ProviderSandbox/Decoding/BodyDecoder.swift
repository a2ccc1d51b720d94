import Foundation
import HTTPTypes
import ProviderGenCore
import ProviderRuntimeCore

/// A body read into JSON, or the issue saying why it could not be.
enum BodyReading {
    case json(JSONValue)
    case refused(ValidationIssue)
}

/// Turns a request body into JSON for validation, as the operation's encoding says: the strict
/// reader for JSON (the one responses and `providergen validate` use), `FormBodyReader` for forms.
enum BodyDecoder {
    /// Nesting deeper than this is refused; no provider body comes close.
    static let maxDepth = 64

    static func decode(
        _ body: Data,
        contentType: String?,
        encoding: RequestBody.Encoding,
        bodyType: String,
        in schema: ProviderSchema
    ) -> BodyReading {
        let mediaType = contentType.map(Self.mediaType)
        switch encoding {
        case .json:
            guard let mediaType, mediaType == "application/json" || mediaType.hasSuffix("+json") else {
                return .refused(wrongType(contentType, expected: "application/json"))
            }
            guard !body.isEmpty else { return .refused(malformed("the body is empty; expected a JSON object")) }
            switch PayloadReading.read(
                body,
                limits: JSONLimits(maxBytes: SandboxLimits.maxBodyBytes, maxDepth: maxDepth),
                as: bodyType,
                in: schema
            ) {
            case .success(let value): return .json(value)
            case .failure(.invalid(let issue)): return .refused(issue)
            case .failure(.unreadable(let message)): return .refused(malformed(message))
            }
        case .form(let arrayStyle):
            guard mediaType == "application/x-www-form-urlencoded" else {
                return .refused(wrongType(contentType, expected: "application/x-www-form-urlencoded"))
            }
            return FormBodyReader(schema: schema, arrayStyle: arrayStyle).read(body, as: bodyType)
        }
    }

    /// `application/json; charset=utf-8` → `application/json`.
    static func mediaType(_ contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func malformed(_ message: String, at path: String = "") -> ValidationIssue {
        ValidationIssue(path: path, rule: "json", message: message)
    }

    private static func wrongType(_ contentType: String?, expected: String) -> ValidationIssue {
        let found = contentType.map { "'\($0)'" } ?? "no Content-Type"
        return ValidationIssue(
            path: "",
            rule: "contentType",
            message: "the body must be sent as \(expected), found \(found)"
        )
    }
}

/// Bounds on what a request may carry.
public enum SandboxLimits {
    /// Bodies over 1 MiB are refused with 413 before they are read.
    public static let maxBodyBytes = 1 << 20
}
