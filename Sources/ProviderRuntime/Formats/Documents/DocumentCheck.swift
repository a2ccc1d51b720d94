extension DocumentType {
    /// Cleans `value` (§2: trim, drop `.` `-` `/` and spaces, upper-case, NFC "Ñ"), applies the
    /// rule and phrases its finding for the caller, naming the country and type.
    func check(_ value: String, checkDigits policy: CheckDigitPolicy) -> FormatVerdict {
        Cleaning.document.clean(value) { text -> FormatVerdict in
            let outcome = rule.evaluate(text)
            let normalized = outcome.canonical.string(text, original: value)
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
                return FormatVerdict(normalized: normalized, problems: [
                    FormatProblem(rule: StringFormat.documentRule, message: "\(code) for \(country) accepted with a warning: \(finding.reason)", severity: .warning),
                ])
            case .formatOnly:
                return FormatVerdict(normalized: normalized)
            }
        }
        .verdict(error)
    }

    private func error(_ reason: String) -> FormatProblem {
        FormatProblem(rule: StringFormat.documentRule, message: "not a valid \(code) for \(country): \(reason)")
    }
}
