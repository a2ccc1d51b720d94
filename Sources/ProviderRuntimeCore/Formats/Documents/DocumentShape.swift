/// A document without a check digit, checked by its characters and length only (CO CC, CE, TI,
/// passports, PEP, PPT; AR DNI; PE CE). The shapes themselves are data in ``DocumentTypes``.
struct DocumentShape: Hashable, Sendable {
    enum Alphabet: Hashable, Sendable {
        case digits
        case lettersAndDigits
    }

    let alphabet: Alphabet
    let lengths: ClosedRange<Int>
    var allowsLeadingZero = true
    /// Leading zeros do not count toward the length: some systems pad the number (CO PPT, §2.4).
    var ignoresLeadingZeros = false

    func evaluate(_ text: CleanedText) -> DocumentOutcome {
        let fits = alphabet == .digits ? ASCII.isDigit : ASCII.isUpperAlphanumeric
        var counted = text.count
        if ignoresLeadingZeros {
            var zeros = 0
            while zeros < text.count, text[zeros] == ASCII.zero { zeros += 1 }
            counted -= zeros
        }
        guard lengths.contains(counted), text.all(0..<text.count, fits),
            allowsLeadingZero || text[0] != ASCII.zero
        else {
            return .invalid("must be \(description) (got \(DocumentLayout.describe(text, allowed: fits)))")
        }
        return .valid
    }

    /// "6–10 digits, not starting with 0".
    private var description: String {
        let span = lengths.count == 1 ? "\(lengths.lowerBound)" : "\(lengths.lowerBound)–\(lengths.upperBound)"
        var text = span + (alphabet == .digits ? " digits" : " letters or digits")
        if !allowsLeadingZero { text += ", not starting with 0" }
        if ignoresLeadingZeros { text += " (leading zeros not counted)" }
        return text
    }
}

/// Layout checks shared by the document rules.
enum DocumentLayout {
    /// nil when `text` is exactly `count` ASCII digits, otherwise the reason, naming the printed
    /// layout such as "TT-NNNNNNNN-D".
    static func digits(_ text: CleanedText, _ count: Int, layout: String) -> String? {
        if text.count == count, text.all(0..<count, ASCII.isDigit) {
            return nil
        }
        return "must be \(count) digits, \(layout) (got \(describe(text, allowed: ASCII.isDigit)))"
    }

    /// What the value holds, for a message: "10 characters", or "9 characters including "O""
    /// naming the first character outside `allowed`.
    static func describe(_ text: CleanedText, allowed: (UInt8) -> Bool) -> String {
        guard text.count > 0 else { return "nothing" }
        let counted = text.count == 1 ? "1 character" : "\(text.count) characters"
        guard let odd = text.bytes.firstIndex(where: { !allowed($0) }) else { return counted }
        let character = CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[odd...odd]))
        return "\(counted) including \"\(character)\""
    }
}
