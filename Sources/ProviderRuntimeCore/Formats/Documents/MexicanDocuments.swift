/// Mexico: RFC and CURP (CountryFormats.md §2.5).
enum MexicanDocuments {
    /// 13 characters for a person (4 letters), 12 for a company (3 letters): letters A–Z, Ñ or &,
    /// a YYMMDD date, a 2-character homoclave and a check character 0–9 or A. The SAT generic
    /// RFCs are accepted by list. A wrong check character is a check-digit finding, which the
    /// RFC's default ``CheckDigitPolicy/warned`` turns into a warning: about 1.5 % of RFCs in real
    /// use fail it.
    static func rfc(_ text: CleanedText) -> DocumentOutcome {
        for generic in DocumentTables.genericRFCs where text.equals(generic) {
            return .valid
        }
        guard text.count == 12 || text.count == 13 else {
            return .invalid("must be 13 characters for a person or 12 for a company (got \(text.count))")
        }
        let letters = text.count - 9
        let check = text.count - 1
        guard text.all(0..<letters, isRFCLetter), text.all(letters..<(letters + 6), ASCII.isDigit),
            text.all((letters + 6)..<check, ASCII.isUpperAlphanumeric),
            ASCII.isDigit(text[check]) || text[check] == ASCII.upperA
        else {
            return .invalid(
                "must be \(letters) letters, a YYMMDD date, a 2-character homoclave and a check character 0–9 or A"
            )
        }
        guard BirthDate.isValidYYMMDD(text, at: letters) else {
            return .invalid(
                "\(CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[letters..<(letters + 6)]))) is not a valid YYMMDD date"
            )
        }
        // Weights 13...2 over 12 positions; a company's 11 characters get one leading space.
        var sum = text.count == 12 ? rfcValue(ASCII.space) * 13 : 0
        let firstWeight = text.count == 12 ? 12 : 13
        for index in 0..<check {
            sum += rfcValue(text[index]) * (firstWeight - index)
        }
        let remainder = sum % 11
        let expected: UInt8 = remainder == 0 ? ASCII.zero : remainder == 1 ? ASCII.upperA : ASCII.digit(11 - remainder)
        if text[check] != expected {
            return .wrongCheckDigit("check character should be \(Character(UnicodeScalar(expected)))")
        }
        return .valid
    }

    /// 18 characters: 4 name letters (the second a vowel or X), YYMMDD, sex H/M, state code,
    /// 3 inner consonants, a homonymy character and a mod-10 check digit.
    static func curp(_ text: CleanedText) -> DocumentOutcome {
        guard text.count == 18, ASCII.isUpper(text[0]), isCURPVowel(text[1]), text.all(2..<4, ASCII.isUpper),
            text.all(4..<10, ASCII.isDigit), text[10] == 0x48 || text[10] == 0x4D,
            text.all(11..<13, ASCII.isUpper), text.all(13..<16, isConsonant),
            ASCII.isUpperAlphanumeric(text[16]), ASCII.isDigit(text[17])
        else {
            return .invalid(
                "must be 18 characters: 4 letters, YYMMDD, H or M, a state code, 3 consonants, a homonymy character and a check digit"
            )
        }
        guard BirthDate.isValidYYMMDD(text, at: 4) else {
            return .invalid(
                "\(CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[4..<10]))) is not a valid YYMMDD date"
            )
        }
        guard DocumentTables.curpStates.contains(text, at: 11) else {
            return .invalid(
                "unknown state code \(CleanedText.decode(UnsafeBufferPointer(rebasing: text.bytes[11..<13])))"
            )
        }
        var sum = 0
        for index in 0..<17 {
            sum += curpValue(text[index]) * (18 - index)
        }
        let expected = (10 - sum % 10) % 10
        if ASCII.digitValue(text[17]) != expected {
            return .wrongCheckDigit("check digit should be \(expected)")
        }
        return .valid
    }

    private static func isRFCLetter(_ byte: UInt8) -> Bool {
        ASCII.isUpper(byte) || byte == ASCII.enye || byte == ASCII.ampersand
    }

    private static func isCURPVowel(_ byte: UInt8) -> Bool {
        byte == 0x41 || byte == 0x45 || byte == 0x49 || byte == 0x4F || byte == 0x55 || byte == ASCII.upperX
    }

    private static func isConsonant(_ byte: UInt8) -> Bool {
        ASCII.isUpper(byte) && byte != 0x41 && byte != 0x45 && byte != 0x49 && byte != 0x4F && byte != 0x55
    }

    /// RFC values: 0–9, A–N 10–23, & 24, O–Z 25–36, space 37, Ñ 38. "&" and "Ñ" sit between
    /// letters, so the table cannot be byte arithmetic alone (§5).
    private static func rfcValue(_ byte: UInt8) -> Int {
        switch byte {
        case 0x30...0x39: return Int(byte) - 0x30
        case 0x41...0x4E: return Int(byte) - 0x41 + 10
        case ASCII.ampersand: return 24
        case 0x4F...0x5A: return Int(byte) - 0x4F + 25
        case ASCII.space: return 37
        default: return 38  // Ñ: the structure check admits nothing else
        }
    }

    /// CURP values: 0–9, A–N 10–23, O–Z 25–36 (24 is Ñ, which RENAPO writes as X, so the
    /// structure check never lets it through).
    private static func curpValue(_ byte: UInt8) -> Int {
        switch byte {
        case 0x30...0x39: return Int(byte) - 0x30
        case 0x41...0x4E: return Int(byte) - 0x41 + 10
        default: return Int(byte) - 0x4F + 25
        }
    }
}
