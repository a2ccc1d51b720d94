/// The fuzzer's second mode. Raw bytes rarely make a valid schema, so generation, where schema
/// text becomes Swift, would seldom run. Here the input (after a marker byte and a flags byte) is
/// cut at 0xFF bytes into texts that fill every place of a fixed, valid schema where an author
/// writes free text: names, descriptions, defaults, enum values, patterns, rule ids and
/// messages. Each is written as a YAML double-quoted scalar with every character escaped, so
/// the YAML always parses and the schema stays valid for most texts.
///
/// What generation must then prove, beyond GeneratedTextInvariants: every text that becomes a
/// Swift string literal comes back from the generated code, decoded, byte for byte.
struct TemplateSchema {
    /// Inputs that start with this byte use this mode. It never starts valid UTF-8 or a
    /// UTF-16 byte order mark, so raw inputs lose nothing.
    static let marker: UInt8 = 0xC0

    let flags: UInt8
    let texts: [String]

    init(_ bytes: ArraySlice<UInt8>) {
        flags = bytes.first ?? 0
        texts = bytes.dropFirst().split(separator: 0xFF, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func text(_ index: Int) -> String {
        index < texts.count ? texts[index] : "text\(index)"
    }

    /// Texts that make a schema invalid more often than not are used only when a flag asks.
    var usesHeaderValue: Bool { flags & 1 != 0 }
    var usesPath: Bool { flags & 2 != 0 }
    var usesPattern: Bool { flags & 4 != 0 }

    var path: String { usesPath ? "/v1/" + text(5) + "/{id}" : "/v1/things/{id}" }

    var yaml: String {
        let q = { (index: Int) in Self.quoted(text(index)) }
        return """
            provider:
              module: Fuzzed
              name: \(q(0))
              description: \(q(1))
            servers:
              production:
                url: https://api.example.com
                description: \(q(2))
            auth:
              scheme: bearer
            headers:
              X-Fixed: \(usesHeaderValue ? q(22) : "fixed")
            operations:
              createThing:
                summary: \(q(3))
                description: \(q(4))
                method: POST
                path: \(Self.quoted(path))
                pathParameters:
                  id: {type: string, description: \(q(6))}
                query:
                  \(q(7)): {type: string, swiftName: q, description: \(q(8)), example: \(q(9))}
                body: {type: Thing}
                responses:
                  200:
                    description: \(q(10))
                    type: Thing
                    envelope: {type: Wrapper, payload: \(q(11))}
            types:
              Wrapper:
                fields:
                  code: {type: integer}
              Kind:
                description: \(q(12))
                enum:
                  - {value: \(q(13)), swiftName: first, description: \(q(14))}
                  - {value: \(q(15)), swiftName: second}
              Open:
                open: true
                enum:
                  - {value: \(q(16)), swiftName: only}
              Thing:
                description: \(q(17))
                fields:
                  \(q(18)): {type: string, swiftName: free, description: \(q(19)), default: \(q(20)), example: \(q(21))}
                  kind: {type: Kind}
                  open: {type: Open, default: \(q(23))}
                  extra: {type: string, allowedCharacters: {classes: [asciiLetters], extra: \(q(24))}}
                  phone: {type: string, format: {name: phone, country: \(q(25))}}
                  patterned: {type: string\(usesPattern ? ", pattern: " + q(26) : "")}
                  inline: {enum: [\(q(27))], enumName: Inline}
                  note: {type: string}
                  other: {type: string}
                rules:
                  - id: \(q(28))
                    when: note
                    requires: other
                    message: \(q(29))
                  - id: combination
                    allowedCombinations: {fields: [\(q(18))], rows: [[\(q(30))]]}
                    message: \(q(31))

            """
    }

    /// The texts generated code must carry as string literals. A wire value equal to its Swift
    /// name is written as a bare enum case or coding key, with no literal, so it is left out;
    /// so is an empty `extra`, which adds nothing to the character rule.
    var carried: [(index: Int, text: String)] {
        var result = [7, 11, 16, 20, 25, 28, 29, 30, 31].map { ($0, text($0)) }
        if !text(24).isEmpty { result.append((24, text(24))) }
        if text(13) != "first" { result.append((13, text(13))) }
        if text(15) != "second" { result.append((15, text(15))) }
        if text(18) != "free" { result.append((18, text(18))) }
        if text(23) != text(16) { result.append((23, text(23))) }
        if text(27) != SwiftNames.member(fromWire: text(27)) { result.append((27, text(27))) }
        if usesHeaderValue { result.append((22, text(22))) }
        if usesPattern { result.append((26, text(26))) }
        if usesPath { result.append((5, "/v1/" + text(5) + "/")) }
        return result
    }

    /// A YAML double-quoted scalar for any text: printable ASCII as itself, everything else as
    /// an escape, so no byte of the text can end the scalar or the line.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    result.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return result + "\""
    }
}
