@_spi(Generated) import ProviderRuntimeCore

/// A string's constraints, checked with the runtime rules in the order generated validators
/// check them, so both report the same issues in the same order.
struct StringRules {
    let constraints: Constraints
    let arguments: FieldArguments

    func check(_ text: String, at component: PathComponent, into report: inout ValidationReport) {
        if constraints.minLength != nil || constraints.maxLength != nil {
            report.length(text, min: constraints.minLength, max: constraints.maxLength, at: component)
        }
        if let pattern = constraints.pattern {
            report.pattern(text, Pattern(pattern), at: component)
        }
        if let allowed = constraints.allowedCharacters {
            report.characters(text, allowed.runtimeRule, at: component)
        }
        if let allowed = constraints.allowedLastCharacter {
            report.lastCharacter(text, allowed.runtimeRule, at: component)
        }
        if let format = constraints.format, let runtimeFormat = resolve(format) {
            report.format(text, runtimeFormat, at: component)
        }
    }

    /// Field arguments come from the same object; a format whose argument field is absent is
    /// skipped, as generated code skips it.
    private func resolve(_ format: FormatReference) -> StringFormat? {
        var values: [String: String] = [:]
        for argument in format.arguments {
            switch argument.value {
            case .literal(let text):
                values[argument.label] = text
            case .field(let name):
                guard let text = arguments.value(ofField: name) else { return nil }
                values[argument.label] = text
            }
        }
        return StringFormat.catalogEntry(named: format.name)?.make(values)
    }
}
