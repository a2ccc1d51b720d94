import ProviderRuntime

/// Typed samples (SplitMix64.swift is the tests' generator, linked here).
extension SplitMix64 {
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &self))) })
    }

    mutating func pick(_ characters: String, _ count: Int = 1) -> String {
        let pool = Array(characters)
        return String((0..<count).map { _ in pool[Int.random(in: 0..<pool.count, using: &self)] })
    }

    mutating func pick<T>(_ elements: [T]) -> T {
        elements[Int.random(in: 0..<elements.count, using: &self)]
    }

    mutating func chance() -> Bool { Bool.random(using: &self) }

    /// YYMMDD with days 01–28, valid in every month.
    mutating func date() -> String {
        let parts = [
            Int.random(in: 0...99, using: &self), Int.random(in: 1...12, using: &self),
            Int.random(in: 1...28, using: &self),
        ]
        return parts.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
    }
}

/// Deterministic input sets. Candidates are drawn at random (with a random check digit) and
/// kept when the runtime accepts them, so the valid sets need no second implementation of the
/// algorithms; about 1 in 10 (1 in 100 for CPF/CNPJ) candidates survives.
enum Inputs {
    static let size = 1024

    static func valid(_ format: StringFormat, seed: UInt64, _ candidate: (inout SplitMix64) -> String) -> [String] {
        var random = SplitMix64(seed: seed)
        var values: [String] = []
        while values.count < size {
            let value = candidate(&random)
            if format.check(value).problems.isEmpty { values.append(value) }
        }
        return values
    }

    /// The document rows: country, type, whether it has a check digit (and so a target).
    static let documentKinds: [(String, String, Bool)] = [
        ("AR", "CUIT", true), ("AR", "CUIL", true), ("AR", "DNI", false), ("CL", "RUT", true),
        ("BR", "CPF", true), ("BR", "CNPJ", true), ("CO", "NIT", true), ("CO", "CC", false),
        ("MX", "RFC", true), ("MX", "CURP", true), ("PE", "RUC", true), ("PE", "DNI", true),
        ("US", "SSN", false), ("US", "EIN", false),
    ]

    static let phoneCountries = ["AR", "BR", "CL", "CO", "MX", "PE", "US"]

    static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// Typed forms as people send them: half plain, half with the national separators.
    static func document(_ country: String, _ type: String) -> [String] {
        let format = StringFormat.document(country: country, type: type)
        let seed = UInt64(truncatingIfNeeded: (country + type).hashValueStable)
        return valid(format, seed: seed) { random in
            let typed = random.chance()
            switch (country, type) {
            case ("AR", "CUIT"), ("AR", "CUIL"):
                let prefix = random.pick(type == "CUIL" ? ["20", "23", "24", "27"] : ["20", "23", "27", "30", "33"])
                let body = random.digits(8)
                let check = random.digits(1)
                return typed ? "\(prefix)-\(body)-\(check)" : prefix + body + check
            case ("AR", "DNI"):
                return random.pick("123456789") + random.digits(7)
            case ("CL", "RUT"):
                let body = random.pick("123456789") + random.digits(7)
                let check = random.pick("0123456789K")
                return typed
                    ? "\(body.prefix(2)).\(body.dropFirst(2).prefix(3)).\(body.suffix(3))-\(check)" : body + check
            case ("BR", "CPF"):
                let digits = random.digits(11)
                return typed
                    ? "\(digits.prefix(3)).\(digits.dropFirst(3).prefix(3)).\(digits.dropFirst(6).prefix(3))-\(digits.suffix(2))"
                    : digits
            case ("BR", "CNPJ"):
                let root = random.chance() ? random.digits(8) : random.pick(alphanumeric, 8)
                let value = root + "0001" + random.digits(2)
                return typed
                    ? "\(value.prefix(2)).\(value.dropFirst(2).prefix(3)).\(value.dropFirst(5).prefix(3))/0001-\(value.suffix(2))"
                    : value
            case ("CO", "NIT"):
                let body = random.pick("89") + random.digits(8)
                return typed
                    ? "\(body.prefix(3)).\(body.dropFirst(3).prefix(3)).\(body.suffix(3))-\(random.digits(1))"
                    : body + "-" + random.digits(1)
            case ("CO", "CC"):
                return "1" + random.digits(9)
            case ("MX", "RFC"):
                let name = random.pick(letters, random.chance() ? 4 : 3)
                return name + random.date() + random.pick("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ", 2)
                    + random.pick("0123456789A")
            case ("MX", "CURP"):
                var value = random.pick(letters) + random.pick("AEIOUX") + random.pick(letters, 2) + random.date()
                value +=
                    random.pick("HM") + random.pick(["DF", "JC", "NL", "PL", "VZ", "NE"])
                    + random.pick("BCDFGHJKLMNPQRSTVWXYZ", 3)
                return value + random.pick(alphanumeric) + random.digits(1)
            case ("PE", "RUC"):
                return random.pick(["10", "20"]) + random.digits(9)
            case ("PE", "DNI"):
                return random.digits(8) + (typed ? "-" + random.pick("0123456789ABCDEFGHIJK") : "")
            case ("US", "SSN"):
                let digits = random.digits(9)
                return typed ? "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(4))" : digits
            case ("US", "EIN"):
                let digits = random.digits(9)
                return typed ? "\(digits.prefix(2))-\(digits.suffix(7))" : digits
            default:
                return random.digits(8)
            }
        }
    }

    /// E.164 and national forms per country.
    static func phones(_ country: String) -> [String] {
        valid(.phone(country: country), seed: UInt64(truncatingIfNeeded: country.hashValueStable)) { random in
            let typed = random.chance()
            switch country {
            case "AR": return typed ? "011 15-\(random.digits(4))-\(random.digits(4))" : "+54911" + random.digits(8)
            case "BR":
                return typed
                    ? "(11) 9\(random.digits(4))-\(random.digits(4))"
                    : "+55" + random.pick(["11", "21", "31", "61"]) + "9" + random.digits(8)
            case "CL": return typed ? "+56 9 \(random.digits(4)) \(random.digits(4))" : "+569" + random.digits(8)
            case "CO": return typed ? "300 \(random.digits(3)) \(random.digits(4))" : "+573" + random.digits(9)
            case "MX": return typed ? "(55) \(random.digits(4))-\(random.digits(4))" : "+5255" + random.digits(8)
            case "PE":
                return typed
                    ? "9\(random.digits(2)) \(random.digits(3)) \(random.digits(3))" : "+519" + random.digits(8)
            default:
                return typed
                    ? "(2\(random.digits(2))) \(random.pick("23456789"))\(random.digits(2))-\(random.digits(4))"
                    : "+12025550" + random.digits(3)
            }
        }
    }

    static let emails: [String] = {
        var random = SplitMix64(seed: 0xE3A1)
        let domains = ["example.com", "Mail.Example.CO", "correo.example.com.ar", "empresa.com.br", "example.mx"]
        return (0..<size).map { index in
            let local =
                random.pick("abcdefghijklmnopqrstuvwxyz", 3 + index % 9)
                + (random.chance() ? "." + random.pick("abcdefgh", 4) : "")
            return local + (index % 4 == 0 ? "+tag" : "") + "@" + random.pick(domains)
        }
    }()

    static let ibans: [String] = valid(.iban, seed: 0x1BA4) { random in
        let (country, length) = random.pick([("DE", 22), ("GB", 22), ("FR", 27), ("ES", 24), ("NL", 18), ("BR", 29)])
        let bban =
            country == "GB" || country == "NL"
            ? random.pick(letters, 4) + random.digits(length - 8) : random.digits(length - 4)
        return country + random.digits(2) + bban
    }

    static let bics: [String] = {
        var random = SplitMix64(seed: 0xB1C)
        return (0..<size).map { _ in
            random.pick(letters, 4) + random.pick(["DE", "CO", "AR", "BR", "US", "MX", "CL", "PE", "GB", "ES"])
                + random.pick(alphanumeric, 2) + (random.chance() ? "XXX" : "")
        }
    }()

    static let countryCodes: [String] = {
        var random = SplitMix64(seed: 0xC0DE)
        let codes = [
            "AR", "BR", "CL", "CO", "MX", "PE", "US", "ES", "DE", "FR", "GB", "IT", "CA", "UY", "PY", "BO", "EC", "VE",
        ]
        return (0..<size).map { _ in random.chance() ? random.pick(codes) : random.pick(codes).lowercased() }
    }()

    static let currencyCodes: [String] = {
        var random = SplitMix64(seed: 0xC0FE)
        let codes = ["ARS", "BRL", "CLP", "COP", "MXN", "PEN", "USD", "EUR", "GBP", "CLF", "UYU", "BOB", "PYG", "CAD"]
        return (0..<size).map { _ in random.pick(codes) }
    }()
}

extension Inputs {
    /// Invalid values of every kind: wrong check digits, missing characters, letters where
    /// digits belong, a phone from another country.
    static func invalidMix() -> [(format: StringFormat, value: String)] {
        var random = SplitMix64(seed: 0xBAD)
        let samples: [(StringFormat, [String])] = [
            (.document(country: "AR", type: "CUIT"), document("AR", "CUIT")),
            (.document(country: "BR", type: "CPF"), document("BR", "CPF")),
            (.document(country: "BR", type: "CNPJ"), document("BR", "CNPJ")),
            (.document(country: "CO", type: "NIT"), document("CO", "NIT")),
            (.document(country: "MX", type: "CURP"), document("MX", "CURP")),
            (.document(country: "PE", type: "RUC"), document("PE", "RUC")),
            (.phone(country: "CO"), phones("CO")),
            (.iban, ibans),
        ]
        var pairs: [(format: StringFormat, value: String)] = []
        while pairs.count < size {
            let (format, values) = random.pick(samples)
            var value = Array(random.pick(values))
            switch pairs.count % 4 {
            case 0: value[value.count - 1] = value[value.count - 1] == "1" ? "2" : "1"
            case 1: value.removeLast()
            case 2: value[value.count / 2] = "O"
            default:
                pairs.append((.phone(country: "AR"), "+55 11 96123-4567"))
                continue
            }
            let text = String(value)
            if !format.check(text).isValid { pairs.append((format, text)) }
        }
        return pairs
    }
}

extension String {
    /// A hash that is the same on every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int {
        utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }
    }
}
