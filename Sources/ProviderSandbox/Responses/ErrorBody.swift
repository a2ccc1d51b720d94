import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// Fills a schema's error template (`sandbox.errors`) with the issues of one refusal.
struct ErrorBody {
    let issues: [ValidationIssue]
    let status: Int

    func render(_ template: SandboxTemplate) -> JSONValue {
        render(template, issue: issues.first)
    }

    private func render(_ template: SandboxTemplate, issue: ValidationIssue?) -> JSONValue {
        switch template {
        case .text(let text):
            if text == "{field}", issue?.path.isEmpty ?? true { return .null }
            if text == "{status}" { return .number(Decimal(status)) }
            return .string(fill(text, issue: issue))
        case .number(let text):
            return .number(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0)
        case .boolean(let flag):
            return .bool(flag)
        case .null:
            return .null
        case .list(let items):
            return .array(items.map { render($0, issue: issue) })
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for member in members { object[member.key] = render(member.value, issue: issue) }
            return .object(object)
        case .eachIssue(let item):
            return .array(issues.map { render(item, issue: $0) })
        case .issuesByField(let item):
            var byField: [String: [JSONValue]] = [:]
            for issue in issues { byField[issue.path, default: []].append(render(item, issue: issue)) }
            return .object(byField.mapValues(JSONValue.array))
        }
    }

    private func fill(_ text: String, issue: ValidationIssue?) -> String {
        guard text.contains("{") else { return text }
        return
            text
            .replacingOccurrences(of: "{field}", with: issue?.path ?? "")
            .replacingOccurrences(of: "{message}", with: issue.map(Self.sentence) ?? "")
            .replacingOccurrences(of: "{rule}", with: issue?.rule ?? "")
            .replacingOccurrences(of: "{summary}", with: summary)
            .replacingOccurrences(of: "{status}", with: String(status))
    }

    /// Every issue, each as `field: message`.
    var summary: String {
        issues.map(Self.sentence).joined(separator: "; ")
    }

    /// `name: must be at least 3 characters (got 2)`; the field leads so a message alone is clear.
    static func sentence(_ issue: ValidationIssue) -> String {
        issue.path.isEmpty ? issue.message : "\(issue.path): \(issue.message)"
    }
}
