/// A resolved document type as a ``StringFormat`` holds it: plain values only, so formats copy
/// without reference counting; the type's names are looked up only to phrase a problem.
struct DocumentFormat: Hashable, Sendable {
    /// Position in ``DocumentTypes/all``.
    let index: Int
    let rule: DocumentRule
    let policy: CheckDigitPolicy

    /// Cleans `value` (§2: trim, drop `.` `-` `/` and spaces, upper-case, NFC "Ñ"), applies the
    /// rule and phrases its finding for the caller, naming the country and type.
    func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        Cleaning.document.clean(value) { text -> FormatVerdict in
            let outcome = rule.evaluate(text)
            let normalized = normalizing ? outcome.canonical.string(text, original: value) : nil
            guard let finding = outcome.finding else {
                return FormatVerdict(normalized: normalized)
            }
            guard finding.isCheckDigit else {
                return FormatVerdict(normalized: normalized, problems: [error(finding.reason)])
            }
            switch policy {
            case .enforced:
                return FormatVerdict(normalized: normalized, problems: [error(finding.reason)])
            case .warned:
                return FormatVerdict(normalized: normalized, problems: [warning(finding.reason)])
            case .formatOnly:
                return FormatVerdict(normalized: normalized)
            }
        }
        .verdict(error)
    }

    private var type: DocumentType { DocumentTypes.all[index] }

    private func error(_ reason: String) -> FormatProblem {
        FormatProblem(
            rule: StringFormat.documentRule,
            message: "not a valid \(type.code) for \(type.country): \(reason)"
        )
    }

    private func warning(_ reason: String) -> FormatProblem {
        FormatProblem(
            rule: StringFormat.documentRule,
            message: "\(type.code) for \(type.country) accepted with a warning: \(reason)",
            severity: .warning
        )
    }
}
