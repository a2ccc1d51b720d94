import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// The body stage: decode per the operation's encoding, then validate with the interpreter
/// `providergen validate` uses (`PayloadValidator`), the one implementation of the schema's rules.
public enum RequestValidation {
    public enum Outcome: Sendable {
        /// The body as JSON (nil for an operation without one) and any warnings.
        case valid(JSONValue?, warnings: [ValidationIssue])
        /// Not JSON or form data, or of the wrong content type.
        case malformed(ValidationIssue)
        /// Read, but it breaks the schema's rules; every issue, warnings included.
        case invalid([ValidationIssue])
    }

    public static func check(
        _ body: Data,
        contentType: String?,
        for operation: APIOperation,
        in schema: ProviderSchema
    ) -> Outcome {
        guard let requestBody = operation.body else { return .valid(nil, warnings: []) }
        return check(
            body,
            contentType: contentType,
            encoding: requestBody.encoding,
            bodyType: requestBody.typeName,
            in: schema
        )
    }

    /// The operation among `operation` and its `alternatives` (sharing its method and path) whose
    /// body the request is, as the provider tells them apart: the first that takes every member
    /// sent, else the first that takes the body at all, else `operation`'s refusal.
    public static func check(
        _ body: Data,
        contentType: String?,
        for operation: APIOperation,
        or alternatives: [APIOperation],
        in schema: ProviderSchema
    ) -> (operation: APIOperation, outcome: Outcome) {
        let outcome = check(body, contentType: contentType, for: operation, in: schema)
        guard !alternatives.isEmpty else { return (operation, outcome) }
        var accepted: [(operation: APIOperation, outcome: Outcome)] = []
        for candidate in [operation] + alternatives {
            let candidateOutcome =
                candidate.name == operation.name
                ? outcome : check(body, contentType: contentType, for: candidate, in: schema)
            guard case .valid(_, let warnings) = candidateOutcome else { continue }
            if !warnings.contains(where: { $0.rule == "unknownField" }) { return (candidate, candidateOutcome) }
            accepted.append((candidate, candidateOutcome))
        }
        return accepted.first ?? (operation, outcome)
    }

    /// The same for a body of `bodyType` sent with `encoding`, whichever operation takes it.
    public static func check(
        _ body: Data,
        contentType: String?,
        encoding: RequestBody.Encoding,
        bodyType: String,
        in schema: ProviderSchema
    ) -> Outcome {
        switch BodyDecoder.decode(body, contentType: contentType, encoding: encoding, bodyType: bodyType, in: schema) {
        case .refused(let issue):
            return .malformed(issue)
        case .json(let json):
            let report = PayloadValidator(schema: schema).validate(json, bodyType: bodyType)
            return report.hasErrors ? .invalid(report.issues) : .valid(json, warnings: report.warnings)
        }
    }
}
