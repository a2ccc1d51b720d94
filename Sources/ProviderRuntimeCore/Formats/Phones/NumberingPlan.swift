/// One country's national numbering rules (CountryFormats.md §3.1–§3.7): from the digits after
/// the calling code (international input) or as dialled at home (national input) to the
/// national significant number (NSN).
enum NumberingPlan: Hashable, Sendable {
    case argentina, brazil, chile, colombia, mexico, peru, northAmerica

    /// Rewrites `digits` into the NSN; returns the reason when they are not a number of the plan.
    func nationalNumber(_ digits: inout PhoneDigits, international: Bool) -> String? {
        switch self {
        case .argentina: return Self.argentina(&digits, international: international)
        case .brazil: return Self.brazil(&digits, international: international)
        case .chile: return Self.chile(&digits, international: international)
        case .colombia: return Self.colombia(digits)
        case .mexico: return Self.mexico(&digits, international: international)
        case .peru: return Self.peru(&digits, international: international)
        case .northAmerica: return Self.northAmerica(&digits, international: international)
        }
    }

    /// §3.1: 10 digits (area + subscriber); mobiles add 9 in international form. Nationally a
    /// mobile is 0 + area + 15 + number; "+54 11 15 …" is a common mistake for "+54 9 11 …".
    private static func argentina(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if !international, digits.count > 0, digits[0] == ASCII.zero {
            digits.dropFirst(1)
            if digits.count == 12 {
                guard let areaLength = fifteenAfterArea(digits) else {
                    return "12 national digits but no 15 after the area code"
                }
                digits.moveMobileFifteen(areaLength: areaLength)
            }
        } else if international, digits.count == 12, digits[0] != 0x39, let areaLength = fifteenAfterArea(digits) {
            digits.moveMobileFifteen(areaLength: areaLength)
        }
        if digits.matches("9[1-3]xxxxxxxxx") || digits.matches("[1-3]xxxxxxxxx")
            || digits.matches("800xxxxxxx") || digits.matches("800xxxxxxxx")
        {
            return nil
        }
        return "expected a 10-digit area code and number (mobiles: 9 + 10 digits)"
    }

    /// The length of the area code (2–4 digits, shortest first) that "15" follows.
    private static func fifteenAfterArea(_ digits: PhoneDigits) -> Int? {
        (2...4).first { digits[$0] == 0x31 && digits[$0 + 1] == 0x35 }
    }

    /// §3.2: DDD + 9 + 8 digits (mobile) or DDD + [2-5] + 7 digits (fixed). Nationally a 0
    /// trunk prefix, optionally followed by a 2-digit carrier code.
    private static func brazil(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if !international, digits.count > 0, digits[0] == ASCII.zero {
            digits.dropFirst(1)
            if digits.count == 12 || digits.count == 13 {
                digits.dropFirst(2)
            }
        }
        let isMobile = digits.count == 11 && digits[2] == 0x39
        let isFixed = digits.count == 10 && (0x32...0x35).contains(digits[2])
        guard isMobile || isFixed else {
            return "expected DDD + 9 + 8 digits (mobile) or DDD + 2–5 + 7 digits (fixed line)"
        }
        guard PhoneTables.brazilAreaCodes.contains(digits.pair(at: 0)) else {
            return "\(DigitPairSet.twoDigits(digits.pair(at: 0))) is not a Brazilian area code (DDD)"
        }
        return nil
    }

    /// §3.3: 9 digits; mobiles start with 9. A legacy trunk 0 is still seen.
    private static func chile(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if !international, digits.count > 0, digits[0] == ASCII.zero {
            digits.dropFirst(1)
        }
        if digits.matches("9xxxxxxxx") || digits.matches("[2-8]xxxxxxxx") {
            return nil
        }
        return "expected 9 digits (mobiles start with 9)"
    }

    /// §3.4: 10 digits since 2021: mobile 3 + 9 digits, fixed 60[1-8] + 7 digits, toll-free 1800.
    private static func colombia(_ digits: PhoneDigits) -> String? {
        if digits.matches("3xxxxxxxxx") || digits.matches("60[1-8]xxxxxxx") || digits.matches("1800xxxxxxx") {
            return nil
        }
        return "expected 10 digits: mobile 3XX XXX XXXX or fixed 60X XXX XXXX"
    }

    /// §3.5: 10 digits starting 2–9. The "1" that mobiles carried after +52 until 2019 is
    /// accepted and dropped.
    private static func mexico(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if international, digits.count == 11, digits[0] == 0x31 {
            digits.dropFirst(1)
        }
        return digits.matches("[2-9]xxxxxxxxx") ? nil : "expected 10 digits, the first 2–9"
    }

    /// §3.6: mobile 9 + 8 digits; fixed 8 digits, Lima 1 + 7 or a provincial area code + 6,
    /// written nationally with a trunk 0.
    private static func peru(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if digits.matches("9xxxxxxxx") {
            return nil
        }
        if !international, digits.count > 0, digits[0] == ASCII.zero {
            digits.dropFirst(1)
        }
        if digits.matches("1xxxxxxx") || (digits.count == 8 && PhoneTables.peruAreaCodes.contains(digits.pair(at: 0))) {
            return nil
        }
        return
            "expected a 9-digit mobile starting with 9, or an 8-digit fixed line (Lima 1 + 7 digits, provinces area code + 6)"
    }

    /// §3.7: NPA-NXX-XXXX, nationally optionally preceded by 1. NPA [2-9][0-8]X, NXX [2-9]XX,
    /// neither an N11 service code.
    private static func northAmerica(_ digits: inout PhoneDigits, international: Bool) -> String? {
        if !international, digits.count == 11, digits[0] == 0x31 {
            digits.dropFirst(1)
        }
        guard digits.matches("[2-9][0-8]x[2-9]xxxxxx") else {
            return "expected a 10-digit NPA-NXX-XXXX with area code [2-9][0-8]X and exchange [2-9]XX"
        }
        if digits[1] == 0x31 && digits[2] == 0x31 || digits[4] == 0x31 && digits[5] == 0x31 {
            return "N11 codes such as 911 are service codes, not area codes or exchanges"
        }
        return nil
    }
}
