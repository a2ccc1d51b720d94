import Foundation

/// application/x-www-form-urlencoded, byte-exact: pairs in the order encode(to:) writes them, nested objects and maps as `parent[child]=`,
/// percent-encoding everything except RFC 3986 unreserved characters A–Z a–z 0–9 - . _ ~ (so space is %20 and @ is %40), UTF-8.
///
/// Values: `Bool` → `true`/`false`; `encodeNil` → `key=`; integers, `Double`, `Float` and
/// `Decimal` in plain decimal notation (whole floating-point values without ".0"); `Date` as
/// ISO 8601; `URL` as its absolute string; `Data` as Base64. An empty array or object writes
/// nothing. Plain `[String: V]` dictionaries are written in ascending key order.
/// The top-level value must encode as an object.
public struct FormEncoder: Sendable {
    /// How array elements are named.
    public enum ArrayStyle: String, Sendable, CaseIterable {
        /// `tags[]=a&tags[]=b`
        case brackets
        /// `tags[0]=a&tags[1]=b`
        case indexed
        /// `tags=a&tags=b`
        case repeated
    }

    /// How array elements are named; providers differ, so the schema chooses.
    public var arrayStyle: ArrayStyle

    public init(arrayStyle: ArrayStyle = .brackets) {
        self.arrayStyle = arrayStyle
    }

    /// The encoded body as UTF-8 bytes.
    public func encode<T: Encodable>(_ value: T) throws -> Data {
        Data(try encodeToString(value).utf8)
    }

    /// The encoded body as text (it is ASCII).
    public func encodeToString<T: Encodable>(_ value: T) throws -> String {
        let output = FormOutput(arrayStyle: arrayStyle)
        try FormValueEncoder(output: output, path: [], codingPath: []).encodeValue(value)
        return output.text
    }
}

/// The pairs written so far; shared by every container of one `encode` call.
final class FormOutput {
    let arrayStyle: FormEncoder.ArrayStyle
    private(set) var text = ""

    init(arrayStyle: FormEncoder.ArrayStyle) {
        self.arrayStyle = arrayStyle
    }

    func append(_ value: String, at path: [FormPathComponent], codingPath: [any CodingKey]) throws {
        guard case .name(let first)? = path.first else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "a form body must be an object; a bare value or array has no field name"
                )
            )
        }
        if !text.isEmpty {
            text += "&"
        }
        text += PercentEncoding.escape(first)
        for component in path.dropFirst() {
            switch component {
            case .name(let name):
                text += "[" + PercentEncoding.escape(name) + "]"
            case .index(let index):
                switch arrayStyle {
                case .brackets: text += "[]"
                case .indexed: text += "[" + String(index) + "]"
                case .repeated: break
                }
            }
        }
        text += "=" + PercentEncoding.escape(value)
    }
}

enum FormPathComponent {
    case name(String)
    case index(Int)
}
