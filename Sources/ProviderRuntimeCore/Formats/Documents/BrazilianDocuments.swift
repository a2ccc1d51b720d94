/// Brazil: CPF for persons and CNPJ for entities (CountryFormats.md §2.3).
enum BrazilianDocuments {
    /// 11 digits with two mod-11 check digits; all-identical digits pass the arithmetic but are
    /// not valid CPFs.
    static func cpf(_ text: CleanedText) -> DocumentOutcome {
        if let reason = DocumentLayout.digits(text, 11, layout: "NNN.NNN.NNN-DD") {
            return .invalid(reason)
        }
        if allIdentical(text) {
            return .invalid("all-identical digits are not a valid CPF")
        }
        // d1 weighs the first 9 digits 10...2; d2 weighs the first 10 (d1 included) 11...2.
        var first = 0
        var second = 0
        for index in 0..<9 {
            let digit = ASCII.digitValue(text[index])
            first += digit * (10 - index)
            second += digit * (11 - index)
        }
        let d1 = checkDigit(first)
        let d2 = checkDigit(second + d1 * 2)
        return matches(text, d1, d2)
    }

    /// 12 characters 0–9/A–Z (letters allowed from July 2026, IN RFB 2.229/2024) and 2 numeric
    /// check digits; each character counts as its code minus 48, so digits keep their value.
    static func cnpj(_ text: CleanedText) -> DocumentOutcome {
        guard text.count == 14, text.all(0..<12, ASCII.isUpperAlphanumeric), text.all(12..<14, ASCII.isDigit) else {
            return .invalid(
                "must be 12 letters or digits and 2 check digits, NN.NNN.NNN/NNNN-DD (got \(DocumentLayout.describe(text, allowed: ASCII.isUpperAlphanumeric)))"
            )
        }
        if allIdentical(text) {
            return .invalid("all-identical characters are not a valid CNPJ")
        }
        // d1 weighs the 12 characters 5 4 3 2 9 8 7 6 5 4 3 2; d2 weighs them plus d1
        // 6 5 4 3 2 9 8 7 6 5 4 3 2: the same cycle shifted by one position.
        var first = 0
        var second = 0
        for index in 0..<12 {
            let value = Int(text[index]) - 48
            first += value * cnpjWeight(index + 1)
            second += value * cnpjWeight(index)
        }
        let d1 = checkDigit(first)
        let d2 = checkDigit(second + d1 * 2)
        return matches(text, d1, d2)
    }

    /// Weight i of the 13-long second sequence 6 5 4 3 2 9 8 7 6 5 4 3 2 (the first sequence is
    /// the same read from position 1).
    @inline(__always) private static func cnpjWeight(_ position: Int) -> Int {
        position < 5 ? 6 - position : 14 - position
    }

    /// Both Brazilian check digits map the sum's remainder the same way: below 2 gives 0.
    @inline(__always) private static func checkDigit(_ sum: Int) -> Int {
        let remainder = sum % 11
        return remainder < 2 ? 0 : 11 - remainder
    }

    private static func matches(_ text: CleanedText, _ d1: Int, _ d2: Int) -> DocumentOutcome {
        let count = text.count
        if ASCII.digitValue(text[count - 2]) != d1 || ASCII.digitValue(text[count - 1]) != d2 {
            return .wrongCheckDigit("check digits should be \(d1)\(d2)")
        }
        return .valid
    }

    private static func allIdentical(_ text: CleanedText) -> Bool {
        let first = text[0]
        return text.all(1..<text.count) { $0 == first }
    }
}
