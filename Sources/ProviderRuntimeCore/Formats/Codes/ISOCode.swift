/// The ISO code formats: a country code (ISO 3166-1 alpha-2) or a currency code (ISO 4217).
/// The normalised value is upper case, without surrounding whitespace.
struct ISOCode: Sendable {
    let codes: LetterCodeSet
    let rule: String
    let name: String

    static let country = ISOCode(
        codes: ISO3166.alpha2,
        rule: StringFormat.countryCodeRule,
        name: "ISO 3166-1 alpha-2 country code"
    )
    static let currency = ISOCode(
        codes: ISO4217.alpha3,
        rule: StringFormat.currencyCodeRule,
        name: "ISO 4217 currency code"
    )

    func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        let outcome = Cleaning.code.clean(value) { text -> FormatVerdict in
            if text.count == codes.length, codes.contains(text) {
                return FormatVerdict(normalized: normalizing ? text.string(original: value) : nil)
            }
            let spelled = text.string(original: value)
            let reason =
                text.count == codes.length && text.all(0..<text.count, ASCII.isUpper)
                ? "\(spelled) is not assigned"
                : "must be \(codes.length) letters (got \"\(spelled)\")"
            return FormatVerdict(normalized: normalizing ? spelled : nil, problems: [issue(reason)])
        }
        return outcome.verdict(issue)
    }

    private func issue(_ reason: String) -> FormatProblem {
        FormatProblem(rule: rule, message: "not a valid \(name): \(reason)")
    }
}
