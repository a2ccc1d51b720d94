import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Property tests for every check-digit algorithm. Each generates 10,000 valid values with a
/// seeded generator, computing check digits with the plain re-implementations in
/// ``FormatOracle`` (written from CountryFormats.md, independent of the runtime's byte code),
/// and asserts they all pass. Then it substitutes single characters:
///
/// - where the algorithm guarantees detection (CUIT, RUT: mod 11 with weights prime to 11 and an
///   injective digit mapping; IBAN: mod 97 over digit substitutions), every substitution in the
///   first 1,000 values must fail, and the oracle must agree that it is invalid;
/// - elsewhere the guarantee does not hold, so for the first 300 values the runtime must agree
///   with the oracle on every substitution: CPF, CNPJ, RUC and the PE DNI character map two
///   remainders to the same digit, the NIT maps remainders 1 and 10 both to 1, the RFC has a
///   weight of 11 and the CURP even weights under mod 10 (about 0.2 % of CPF and 1.7 % of NIT
///   single-digit substitutions still pass their check digits).
@Suite("Format check-digit properties")
struct FormatPropertyTests {
    static let generated = 10_000
    /// Values whose every single-digit substitution must fail (guaranteed detection).
    static let mutatedGuaranteed = 1_000
    /// Values whose every single-character substitution is compared with the oracle; fewer,
    /// since the alphabets are larger and the debug-build oracle is slow.
    static let mutatedAgainstOracle = 300

    @Test("AR CUIT/CUIL: valid values pass, every digit substitution fails")
    func cuit() {
        var failures = Failures()
        var random = SplitMix64(seed: 0xC017)
        let format = StringFormat.document(country: "AR", type: "CUIT")
        let cuil = StringFormat.document(country: "AR", type: "CUIL")
        var produced = 0
        while produced < Self.generated {
            let prefix = random.element(of: [20, 23, 24, 27, 30, 33, 34, 50, 51, 55])
            let digits = [prefix / 10, prefix % 10] + random.digits(8)
            guard let check = FormatOracle.cuit(digits) else { continue }
            let value = digits + [check]
            let text = random.bool() ? FormatOracle.string(value) : FormatOracle.grouped(value, [2, 8, 1], "-")
            failures.expect(format.check(text).isValid, "\(text)")
            failures.expect(cuil.check(text).isValid == [20, 23, 24, 27].contains(prefix), "\(text)")
            if produced < Self.mutatedGuaranteed {
                for position in 2..<11 {
                    for digit in 0...9 where digit != value[position] {
                        var changed = value
                        changed[position] = digit
                        failures.expect(FormatOracle.cuit(Array(changed[0..<10])) != changed[10], "guarantee")
                        failures.expect(
                            !format.check(FormatOracle.string(changed)).isValid,
                            "\(FormatOracle.string(changed))"
                        )
                    }
                }
            }
            produced += 1
        }
        failures.report()
    }

    @Test("CL RUT: valid values pass, every substitution fails")
    func rut() {
        var failures = Failures()
        var random = SplitMix64(seed: 0x4C7)
        let format = StringFormat.document(country: "CL", type: "RUT")
        for index in 0..<Self.generated {
            let body = [random.int(1...9)] + random.digits(random.bool() ? 6 : 7)
            let check = FormatOracle.rut(body)
            let plain = FormatOracle.string(body) + String(check)
            let text =
                random.bool()
                ? plain.lowercased() : FormatOracle.dotted(FormatOracle.string(body)) + "-" + String(check)
            failures.expect(format.check(text).isValid, "\(text)")
            guard index < Self.mutatedGuaranteed else { continue }
            let characters = Array(plain)
            for position in characters.indices {
                let alphabet = position == characters.count - 1 ? Array("0123456789K") : Array("0123456789")
                for replacement in alphabet where replacement != characters[position] {
                    var changed = characters
                    changed[position] = replacement
                    let changedBody = changed.dropLast().compactMap(\.wholeNumberValue)
                    failures.expect(FormatOracle.rut(changedBody) != changed.last, "guarantee")
                    failures.expect(!format.check(String(changed)).isValid, "\(String(changed))")
                }
            }
        }
        failures.report()
    }

    @Test("BR CPF: valid values pass, substitutions agree with the oracle")
    func cpf() {
        var failures = Failures()
        var random = SplitMix64(seed: 0xC9F)
        let format = StringFormat.document(country: "BR", type: "CPF")
        for index in 0..<Self.generated {
            var nine = random.digits(9)
            if Set(nine).count == 1 { nine[0] = (nine[0] + 1) % 10 }
            let value = nine + FormatOracle.cpf(nine)
            let text =
                random.bool() ? FormatOracle.string(value) : FormatOracle.grouped(value, [3, 3, 3, 2], ".", last: "-")
            failures.expect(format.check(text).isValid, "\(text)")
            guard index < Self.mutatedAgainstOracle else { continue }
            for changed in FormatOracle.digitSubstitutions(value, positions: 0..<11) {
                let expected = Set(changed).count > 1 && FormatOracle.cpf(Array(changed[0..<9])) == Array(changed[9...])
                failures.expect(
                    format.check(FormatOracle.string(changed)).isValid == expected,
                    "\(FormatOracle.string(changed))"
                )
            }
        }
        failures.report()
    }

    @Test("BR CNPJ, numeric and alphanumeric: valid values pass, substitutions agree with the oracle")
    func cnpj() {
        var failures = Failures()
        var random = SplitMix64(seed: 0xC4F1)
        let format = StringFormat.document(country: "BR", type: "CNPJ")
        let alphanumeric = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for index in 0..<Self.generated {
            let alphabet = index % 2 == 0 ? Array("0123456789") : alphanumeric
            let twelve = (0..<12).map { _ in random.element(of: alphabet) }
            let value = String(twelve) + FormatOracle.cnpj(twelve).map(String.init).joined()
            guard FormatOracle.cnpjIsValid(value) else { continue }  // all-identical
            let text = random.bool() ? value.lowercased() : FormatOracle.cnpjDisplay(value)
            failures.expect(format.check(text).isValid, "\(text)")
            guard index < Self.mutatedAgainstOracle else { continue }
            let characters = Array(value)
            for position in characters.indices {
                let replacements = position < 12 ? alphanumeric : Array("0123456789")
                for replacement in replacements where replacement != characters[position] {
                    var changed = characters
                    changed[position] = replacement
                    let candidate = String(changed)
                    failures.expect(
                        format.check(candidate).isValid == FormatOracle.cnpjIsValid(candidate),
                        "\(candidate)"
                    )
                }
            }
        }
        failures.report()
    }

    @Test("CO NIT: valid values pass, substitutions agree with the oracle")
    func nit() {
        var failures = Failures()
        var random = SplitMix64(seed: 0x417)
        let format = StringFormat.document(country: "CO", type: "NIT")
        for index in 0..<Self.generated {
            let company = random.bool()
            let body =
                company
                ? [random.int(8...9)] + random.digits(8) : [random.int(1...9)] + random.digits(random.int(4...14))
            let dv = FormatOracle.nit(body)
            let value = body + [dv]
            let text = FormatOracle.string(body) + "-" + String(dv)
            failures.expect(format.check(text).isValid, "\(text)")
            failures.expect(format.check(text).normalized == text)
            if company {
                failures.expect(format.check(FormatOracle.string(value)).isValid, "unseparated company NIT + DV")
            }
            guard index < Self.mutatedAgainstOracle else { continue }
            for changed in FormatOracle.digitSubstitutions(value, positions: 0..<value.count) {
                let candidate =
                    FormatOracle.string(Array(changed.dropLast())) + "-" + String(changed[changed.count - 1])
                let expected = FormatOracle.nit(Array(changed.dropLast())) == changed[changed.count - 1]
                failures.expect(format.check(candidate).isValid == expected, "\(candidate)")
            }
        }
        failures.report()
    }

    @Test("MX RFC (check enforced): valid values pass, substitutions agree with the oracle")
    func rfc() {
        var failures = Failures()
        var random = SplitMix64(seed: 0x0AFC)
        let enforced = StringFormat.document(country: "MX", type: "RFC", checkDigits: .enforced)
        let lenient = StringFormat.document(country: "MX", type: "RFC")
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ&Ñ")
        let homoclave = Array("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
        for index in 0..<Self.generated {
            let person = index % 2 == 0
            let name = (0..<(person ? 4 : 3)).map { _ in random.element(of: letters) }
            let date = random.date()
            let first = String(name) + date + String((0..<2).map { _ in random.element(of: homoclave) })
            let value = first + String(FormatOracle.rfc(first))
            failures.expect(enforced.check(value).isValid, "\(value)")
            failures.expect(enforced.check(value).normalized == value)
            guard index < Self.mutatedAgainstOracle else { continue }
            var characters = Array(value)
            let dateRange = name.count..<(name.count + 6)
            for position in characters.indices where !dateRange.contains(position) {
                let replacements =
                    position < name.count
                    ? letters : position == characters.count - 1 ? Array("0123456789A") : homoclave
                let original = characters[position]
                for replacement in replacements where replacement != original {
                    characters[position] = replacement
                    let candidate = String(characters)
                    let expected = FormatOracle.rfc(String(characters.dropLast())) == characters.last
                    failures.expect(enforced.check(candidate).isValid == expected, "\(candidate)")
                    failures.expect(lenient.check(candidate).isValid, "a wrong RFC check character is only a warning")
                }
                characters[position] = original
            }
        }
        failures.report()
    }

    @Test("MX CURP: valid values pass, substitutions agree with the oracle")
    func curp() {
        var failures = Failures()
        var random = SplitMix64(seed: 0xC02F)
        let format = StringFormat.document(country: "MX", type: "CURP")
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let vowels = Array("AEIOUX")
        let consonants = Array("BCDFGHJKLMNPQRSTVWXYZ")
        let states = ["AS", "BC", "CS", "DF", "JC", "NL", "NE", "VZ", "YN", "ZS"]
        let alphanumeric = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for index in 0..<Self.generated {
            var first = String(random.element(of: letters)) + String(random.element(of: vowels))
            first += String((0..<2).map { _ in random.element(of: letters) }) + random.date()
            first += String(random.element(of: Array("HM"))) + random.element(of: states)
            first +=
                String((0..<3).map { _ in random.element(of: consonants) }) + String(random.element(of: alphanumeric))
            let value = first + String(FormatOracle.curp(first))
            failures.expect(format.check(value).isValid, "\(value)")
            guard index < Self.mutatedAgainstOracle else { continue }
            var characters = Array(value)
            // Name letters, consonants, homonymy character and check digit: positions whose
            // substitutes keep the layout valid.
            let alphabets: [(Int, [Character])] = [
                (0, letters), (1, vowels), (2, letters), (3, letters),
                (13, consonants), (14, consonants), (15, consonants), (16, alphanumeric), (17, Array("0123456789")),
            ]
            for (position, alphabet) in alphabets {
                let original = characters[position]
                for replacement in alphabet where replacement != original {
                    characters[position] = replacement
                    let candidate = String(characters)
                    let expected =
                        String(FormatOracle.curp(String(characters.dropLast()))) == String(characters.last ?? " ")
                    failures.expect(format.check(candidate).isValid == expected, "\(candidate)")
                }
                characters[position] = original
            }
        }
        failures.report()
    }

    @Test("PE RUC: valid values pass, substitutions agree with the oracle")
    func ruc() {
        var failures = Failures()
        var random = SplitMix64(seed: 0x20C)
        let format = StringFormat.document(country: "PE", type: "RUC")
        for index in 0..<Self.generated {
            let prefix = random.element(of: [10, 15, 17, 20])
            let ten = [prefix / 10, prefix % 10] + random.digits(8)
            let value = ten + [FormatOracle.ruc(ten)]
            failures.expect(format.check(FormatOracle.string(value)).isValid)
            guard index < Self.mutatedAgainstOracle else { continue }
            for changed in FormatOracle.digitSubstitutions(value, positions: 2..<11) {
                let expected = FormatOracle.ruc(Array(changed[0..<10])) == changed[10]
                failures.expect(
                    format.check(FormatOracle.string(changed)).isValid == expected,
                    "\(FormatOracle.string(changed))"
                )
            }
        }
        failures.report()
    }

    @Test("PE DNI card character: valid values pass, substitutions agree with the oracle")
    func peruDNI() {
        var failures = Failures()
        var random = SplitMix64(seed: 0xD41)
        let format = StringFormat.document(country: "PE", type: "DNI")
        let checkAlphabet = Array("0123456789ABCDEFGHIJK")
        for index in 0..<Self.generated {
            let digits = random.digits(8)
            let options = FormatOracle.peruDNI(digits)
            let value = FormatOracle.string(digits) + "-" + String(random.bool() ? options.digit : options.letter)
            let verdict = format.check(value)
            failures.expect(verdict.isValid, "\(value)")
            failures.expect(verdict.normalized == FormatOracle.string(digits))
            guard index < Self.mutatedAgainstOracle else { continue }
            var characters = Array(value)
            for position in characters.indices where position != 8 {
                let alphabet = position == 9 ? checkAlphabet : Array("0123456789")
                let original = characters[position]
                for replacement in alphabet where replacement != original {
                    characters[position] = replacement
                    let changedDigits = characters[0..<8].compactMap(\.wholeNumberValue)
                    let expectedOptions = FormatOracle.peruDNI(changedDigits)
                    let expected = characters[9] == expectedOptions.digit || characters[9] == expectedOptions.letter
                    failures.expect(format.check(String(characters)).isValid == expected, "\(String(characters))")
                }
                characters[position] = original
            }
        }
        failures.report()
    }

    @Test("IBAN: valid values pass, every digit substitution fails")
    func iban() {
        var failures = Failures()
        var random = SplitMix64(seed: 0x1BA4)
        // Country, length and whether the BBAN may hold letters (from the registry formats).
        let countries: [(String, Int, Bool)] = [
            ("DE", 22, false), ("GB", 22, true), ("FR", 27, true), ("NL", 18, true), ("BR", 29, true),
            ("ES", 24, false), ("NO", 15, false), ("MT", 31, true), ("LC", 32, true), ("RU", 33, true),
        ]
        let alphanumeric = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for index in 0..<Self.generated {
            let (country, length, letters) = random.element(of: countries)
            let bban = String(
                (0..<(length - 4)).map { _ in random.element(of: letters ? alphanumeric : Array("0123456789")) }
            )
            let value = country + FormatOracle.ibanCheckDigits(country: country, bban: bban) + bban
            let printed = stride(from: 0, to: value.count, by: 4).map {
                String(Array(value)[$0..<min($0 + 4, value.count)])
            }.joined(separator: " ")
            failures.expect(StringFormat.iban.check(printed.lowercased()).isValid, "\(printed)")
            failures.expect(StringFormat.iban.check(printed).normalized == value)
            guard index < Self.mutatedGuaranteed else { continue }
            var characters = Array(value)
            for position in 2..<characters.count where characters[position].isNumber {
                let original = characters[position]
                for replacement in "0123456789" where replacement != original {
                    characters[position] = replacement
                    failures.expect(!FormatOracle.ibanIsValid(String(characters)), "guarantee")
                    failures.expect(!StringFormat.iban.check(String(characters)).isValid, "\(String(characters))")
                }
                characters[position] = original
            }
        }
        failures.report()
    }
}
