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
