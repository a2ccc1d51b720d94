// The schema rules. Each checks the cheap success condition first and only formats a message
// once the value has failed, so valid values cost a comparison or two and no allocation.

@_spi(Generated) extension ValidationReport {
    /// Checks a string's length: rules `"minLength"` and `"maxLength"`.
    ///
    /// A "character" here is a Unicode scalar value, not a grapheme cluster: providers count code
    /// points (or bytes of UTF-8, which a scalar count never exceeds), and a grapheme count would
    /// change with the Unicode version of whoever validates. So "é" written as `e` + U+0301 is two
    /// characters, and 👍🏽 (thumb + skin tone modifier) is two.
    public mutating func length(_ value: String, min: Int? = nil, max: Int? = nil, at component: PathComponent) {
        let utf8Count = value.utf8.count
        // A string never has more scalars than UTF-8 bytes, nor fewer than a quarter of them,
        // so the O(1) byte count usually settles both limits without walking the string.
        let maxSettled = max.map { utf8Count <= $0 } ?? true
        let minSettled = min.map { (utf8Count + 3) / 4 >= $0 } ?? true
        if maxSettled && minSettled {
            return
        }
        let count = UTF8Scan.scalarCount(value)
        countLimits(count, min: min, max: max, rules: ("minLength", "maxLength"), "be", "character", at: component)
    }

    /// Checks that the whole value matches a schema pattern: rule `"pattern"`.
    ///
    /// A pattern that does not compile reports an issue on every check rather than trapping, and
    /// so does a value ICU gave up on (only patterns outside the built-in matcher reach ICU).
    public mutating func pattern(_ value: String, _ pattern: Pattern, at component: PathComponent) {
        if let error = pattern.compileErrorMessage {
            add(
                rule: "pattern",
                message:
                    "cannot be checked: the pattern \(pattern.source) is not a valid regular expression (\(error))",
                at: component
            )
        } else {
            switch pattern.verdict(value) {
            case .matches:
                break
            case .doesNotMatch:
                add(rule: "pattern", message: "must match the pattern \(pattern.source)", at: component)
            case .undecided:
                add(
                    rule: "pattern",
                    message:
                        "cannot be checked: the regular expression engine gave up on this value before deciding "
                        + "whether it matches \(pattern.source)",
                    at: component
                )
            }
        }
    }

    /// Checks that every character is allowed: rule `"allowedCharacters"`.
    ///
    /// The message names the first offending character, its 1-based position in Unicode scalars
    /// (the same counting as ``length(_:min:max:at:)``), and the allowed set.
    public mutating func characters(_ value: String, _ allowed: CharacterRule, at component: PathComponent) {
        guard let (position, scalar) = allowed.firstDisallowed(in: value) else { return }
        add(
            rule: "allowedCharacters",
            message:
                "contains \(CharacterRule.display(scalar)) at position \(position), which is not allowed; allowed: \(allowed.summary)",
            at: component
        )
    }

    /// Checks the last character only: rule `"allowedLastCharacter"`. Empty strings pass.
    public mutating func lastCharacter(_ value: String, _ allowed: CharacterRule, at component: PathComponent) {
        guard let last = UTF8Scan.lastScalar(value), !allowed.allows(last) else { return }
        add(
            rule: "allowedLastCharacter",
            message: "must not end with \(CharacterRule.display(last)); the last character must be \(allowed.summary)",
            at: component
        )
    }

    /// Checks an inclusive numeric (or any comparable) range: rules `"minimum"` and `"maximum"`.
    @inlinable
    public mutating func range<T: Comparable & CustomStringConvertible>(
        _ value: T,
        min: T? = nil,
        max: T? = nil,
        at component: PathComponent
    ) {
        if let min, value < min {
            add(rule: "minimum", message: "must be at least \(min) (got \(value))", at: component)
        }
        if let max, value > max {
            add(rule: "maximum", message: "must be at most \(max) (got \(value))", at: component)
        }
    }

    /// Checks an array's element count: rules `"minItems"` and `"maxItems"`.
    public mutating func itemCount(_ count: Int, min: Int? = nil, max: Int? = nil, at component: PathComponent) {
        countLimits(count, min: min, max: max, rules: ("minItems", "maxItems"), "contain", "item", at: component)
    }

    /// Checks a map's entry count: rules `"minEntries"` and `"maxEntries"`.
    public mutating func entryCount(_ count: Int, min: Int? = nil, max: Int? = nil, at component: PathComponent) {
        countLimits(
            count,
            min: min,
            max: max,
            rules: ("minEntries", "maxEntries"),
            "contain",
            "entry",
            plural: "entries",
            at: component
        )
    }

    /// The limits of length, item and entry counts, phrased alike: "must contain at least
    /// 2 items (got 1)".
    private mutating func countLimits(
        _ count: Int,
        min: Int?,
        max: Int?,
        rules: (min: String, max: String),
        _ verb: String,
        _ unit: String,
        plural: String? = nil,
        at component: PathComponent
    ) {
        if let min, count < min {
            let limit = Self.counted(min, unit, plural: plural)
            add(rule: rules.min, message: "must \(verb) at least \(limit) (got \(count))", at: component)
        }
        if let max, count > max {
            let limit = Self.counted(max, unit, plural: plural)
            add(rule: rules.max, message: "must \(verb) at most \(limit) (got \(count))", at: component)
        }
    }

    /// Cross-field "if `trigger` is given, `required` must be given too"; issue is reported at `required`'s path.
    public mutating func requires(
        _ requiredField: String,
        isPresent: Bool,
        when triggerField: String,
        isPresent triggerPresent: Bool,
        rule: String = "requires",
        message: String? = nil,
        severity: ValidationIssue.Severity = .error
    ) {
        guard triggerPresent, !isPresent else { return }
        add(
            rule: rule,
            message: message ?? "is required when \(triggerField) is given",
            severity: severity,
            at: .field(requiredField)
        )
    }

    private static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
