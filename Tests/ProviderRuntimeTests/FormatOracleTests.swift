import Testing

/// Plain re-implementations of the check-digit algorithms of CountryFormats.md, written the way
/// the doc states them (arrays of Ints, strings of alphabets), independent of the runtime's
/// byte-level code. The property tests compute expected check digits with these.
enum FormatOracle {
    static func cuit(_ first10: [Int]) -> Int? {
        let r = zip(first10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +) % 11
        if r == 0 { return 0 }
        if r == 1 { return nil }
        return 11 - r
    }

    static func rut(_ body: [Int]) -> Character {
        let weights = [2, 3, 4, 5, 6, 7]
        let total = body.reversed().enumerated().map { $0.element * weights[$0.offset % 6] }.reduce(0, +)
        let v = 11 - total % 11
        return v == 11 ? "0" : v == 10 ? "K" : Character(String(v))
    }

    private static func brazilMod11(_ total: Int) -> Int {
        let r = total % 11
        return r < 2 ? 0 : 11 - r
    }

    static func cpf(_ nine: [Int]) -> [Int] {
        let d1 = brazilMod11(zip(nine, Array((2...10).reversed())).map(*).reduce(0, +))
        let d2 = brazilMod11(zip(nine + [d1], Array((2...11).reversed())).map(*).reduce(0, +))
        return [d1, d2]
    }

    static func cnpj(_ twelve: [Character]) -> [Int] {
        let values = twelve.map { Int($0.asciiValue ?? 0) - 48 }
        let d1 = brazilMod11(zip(values, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +))
        let d2 = brazilMod11(zip(values + [d1], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +))
        return [d1, d2]
    }

    /// The whole CNPJ rule: layout, not all identical, check digits.
    static func cnpjIsValid(_ value: String) -> Bool {
        let characters = Array(value)
        guard characters.count == 14, Set(characters).count > 1,
            characters[12...].allSatisfy({ "0123456789".contains($0) })
        else { return false }
        return cnpj(Array(characters[0..<12])).map(String.init).joined() == String(characters[12...])
    }

    static func nit(_ body: [Int]) -> Int {
        let weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
        let r = zip(body.reversed(), weights).map(*).reduce(0, +) % 11
        return r < 2 ? r : 11 - r
    }

    static func rfc(_ first: String) -> Character {
        let alphabet = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ")
        let padded = Array(String(repeating: " ", count: 12 - first.count) + first)
        let total = padded.enumerated().map { (alphabet.firstIndex(of: $0.element) ?? 0) * (13 - $0.offset) }.reduce(
            0,
            +
        )
        let r = total % 11
        if r == 0 { return "0" }
        return 11 - r == 10 ? "A" : Character(String(11 - r))
    }

    static func curp(_ first17: String) -> Int {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ")
        let total = Array(first17).enumerated().map { (alphabet.firstIndex(of: $0.element) ?? 0) * (18 - $0.offset) }
            .reduce(0, +)
        return (10 - total % 10) % 10
    }

    static func ruc(_ first10: [Int]) -> Int {
        let v = 11 - zip(first10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +) % 11
        return v >= 10 ? v - 10 : v
    }

    static func peruDNI(_ eight: [Int]) -> (digit: Character, letter: Character) {
        let r = zip(eight, [3, 2, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +) % 11
        return (Array("65432110987")[r], Array("KJIHGFEDCBA")[r])
    }

    /// ISO 7064 MOD 97-10 over the rearranged IBAN, letters as 10–35, on decimal text.
    static func mod97(_ rearranged: String) -> Int {
        let numeric = rearranged.map { character -> String in
            if let digit = character.wholeNumberValue { return String(digit) }
            return String(Int(character.asciiValue ?? 0) - 55)
        }.joined()
        return numeric.reduce(0) { ($0 * 10 + ($1.wholeNumberValue ?? 0)) % 97 }
    }

    static func ibanCheckDigits(country: String, bban: String) -> String {
        let check = 98 - mod97(bban + country + "00")
        return check < 10 ? "0\(check)" : "\(check)"
    }

    static func ibanIsValid(_ value: String) -> Bool {
        let characters = Array(value)
        guard let check = Int(String(characters[2..<4])), (2...98).contains(check) else { return false }
        return mod97(String(characters[4...]) + String(characters[0..<4])) == 1
    }

    // MARK: formatting helpers

    static func string(_ digits: [Int]) -> String {
        digits.map(String.init).joined()
    }

    /// Groups digits with a separator: [2, 8, 1] and "-" make "20-12345678-6".
    static func grouped(_ digits: [Int], _ sizes: [Int], _ separator: String, last: String? = nil) -> String {
        var groups: [String] = []
        var offset = 0
        for size in sizes {
            groups.append(string(Array(digits[offset..<(offset + size)])))
            offset += size
        }
        guard let last else { return groups.joined(separator: separator) }
        return groups.dropLast().joined(separator: separator) + last + (groups.last ?? "")
    }

    /// "12345678" → "12.345.678".
    static func dotted(_ digits: String) -> String {
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return groups.joined(separator: ".")
    }

    /// "12ABC34501DE35" → "12.ABC.345/01DE-35".
    static func cnpjDisplay(_ value: String) -> String {
        let c = Array(value)
        return "\(String(c[0..<2])).\(String(c[2..<5])).\(String(c[5..<8]))/\(String(c[8..<12]))-\(String(c[12..<14]))"
    }

    /// Every value with one digit in `positions` replaced by another digit.
    static func digitSubstitutions(_ digits: [Int], positions: Range<Int>) -> [[Int]] {
        positions.flatMap { position in
            (0...9).filter { $0 != digits[position] }.map { digit -> [Int] in
                var changed = digits
                changed[position] = digit
                return changed
            }
        }
    }
}

/// Samples for the property tests.
extension SplitMix64 {
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func bool() -> Bool { Bool.random(using: &self) }
    mutating func digits(_ count: Int) -> [Int] { (0..<count).map { _ in int(0...9) } }

    mutating func element<T>(of elements: [T]) -> T {
        elements[int(0...(elements.count - 1))]
    }

    /// A real YYMMDD date (days 1–28 keep every month valid).
    mutating func date() -> String {
        let parts = [int(0...99), int(1...12), int(1...28)]
        return parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
    }
}

/// The oracle itself must reproduce the doc's examples, or the property tests prove nothing.
@Suite("Format oracle matches CountryFormats.md")
struct FormatOracleTests {
    @Test func documentedExamples() {
        #expect(FormatOracle.cuit([2, 0, 1, 2, 3, 4, 5, 6, 7, 8]) == 6)
        #expect(FormatOracle.cuit([2, 0, 0, 0, 0, 0, 0, 0, 0, 1]) == nil)
        #expect(FormatOracle.rut([1, 2, 6, 7, 8, 5, 7, 9]) == "8")
        #expect(FormatOracle.rut([8, 9, 0, 0, 9, 6, 0]) == "K")
        #expect(FormatOracle.cpf([1, 1, 1, 4, 4, 4, 7, 7, 7]) == [3, 5])
        #expect(FormatOracle.cnpj(Array("12ABC34501DE")) == [3, 5])
        #expect(FormatOracle.cnpj(Array("112223330001")) == [8, 1])
        #expect(FormatOracle.nit([8, 0, 0, 1, 7, 3, 5, 5, 7]) == 4)
        #expect(FormatOracle.nit([9, 0, 0, 1, 2, 3, 4, 5, 6]) == 8)
        #expect(FormatOracle.rfc("GODE561231GR") == "8")
        #expect(FormatOracle.rfc("MAB9307148T") == "4")
        #expect(FormatOracle.curp("HEGG560427MVZRRL0") == 4)
        #expect(FormatOracle.curp("GOMM930505HDFLRN0") == 7)
        #expect(FormatOracle.ruc([1, 0, 2, 5, 4, 8, 2, 4, 2, 2]) == 0)
        #expect(FormatOracle.ruc([2, 0, 5, 1, 2, 3, 3, 3, 7, 9]) == 7)
        #expect(FormatOracle.peruDNI([1, 0, 1, 1, 7, 4, 1, 0]).digit == "2")
        #expect(FormatOracle.ibanIsValid("GB82WEST12345698765432"))
        #expect(FormatOracle.ibanCheckDigits(country: "DE", bban: "370400440532013000") == "89")
    }
}

/// Collects property failures so a million checks cost one `#expect` rather than a million;
/// the first few failing values are shown.
struct Failures {
    private(set) var checked = 0
    private var failed: [String] = []
    private var failedCount = 0

    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String = "") {
        checked += 1
        guard !condition else { return }
        failedCount += 1
        if failed.count < 5 {
            failed.append(message())
        }
    }

    func report(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            failedCount == 0,
            "\(failedCount) of \(checked) checks failed, e.g. \(failed)",
            sourceLocation: sourceLocation
        )
    }
}
