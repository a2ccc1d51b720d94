import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// The query stage: each declared query parameter read as its type and checked with its
/// constraints by `PayloadValidator`, as the generated request builder's checks would, so
/// `?count=0` or `?to=` past what an `Int` holds is refused as the provider would. Parameters the
/// operation does not declare are ignored, as providers ignore them.
enum QueryValidation {
    static func issues(in query: String, for operation: APIOperation, in schema: ProviderSchema) -> [ValidationIssue] {
        guard !operation.queryParameters.isEmpty else { return [] }
        let values = QueryString.parse(query)
        let validator = PayloadValidator(schema: schema)
        var issues: [ValidationIssue] = []
        for parameter in operation.queryParameters {
            guard let text = values[parameter.wireName] else {
                if parameter.required && parameter.defaultValue == nil {
                    issues.append(ValidationIssue(path: parameter.wireName, rule: "required", message: "is required"))
                }
                continue
            }
            let value = FormBodyReader.scalar(text, type: parameter.type, nullable: false)
            issues += validator.validate(value, parameter: parameter).issues.filter { $0.severity == .error }
        }
        return issues
    }
}
