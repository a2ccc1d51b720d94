/// One problem found while validating a value, addressed by its wire path.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Whether an issue blocks a request (`error`) or only informs (`warning`).
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    /// Wire names joined the way the provider documents them: `"paymentContactAccount.iban"`,
    /// `"tags[0]"`, `"notes[notes_key_1]"`; `""` for the validated object itself.
    public var path: String
    /// The rule identifier, such as `"maxLength"`.
    public var rule: String
    /// A human sentence such as `"must be at most 50 characters (got 61)"`.
    public var message: String
    /// Only `.error` blocks a request.
    public var severity: Severity

    public init(path: String, rule: String, message: String, severity: Severity = .error) {
        self.path = path
        self.rule = rule
        self.message = message
        self.severity = severity
    }

    /// `"name: must be at least 3 characters (got 2) [minLength]"`, prefixed with `"warning: "` for warnings.
    public var description: String {
        var text = severity == .warning ? "warning: " : ""
        if !path.isEmpty {
            text += path + ": "
        }
        return text + message + " [" + rule + "]"
    }
}
