/// A JSON value whose objects keep their members in the order they were built, so an exported
/// document's bytes depend only on the schema (a `Dictionary` would reorder them per process).
public indirect enum JSONDocument: Sendable, Equatable {
    case object(JSONObject)
    case array([JSONDocument])
    case string(String)
    /// Exact decimal text (`0.01`), never a `Double` that could print as `0.01000000000000000021`.
    case number(String)
    case bool(Bool)
    case null

    public static func integer(_ value: Int) -> JSONDocument { .number(String(value)) }

    public static func strings(_ values: [String]) -> JSONDocument { .array(values.map(JSONDocument.string)) }

    /// The member's value when this is an object (for tests and tools reading a document back).
    public subscript(key: String) -> JSONDocument? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}

/// An object's members in insertion order; setting an existing key replaces its value in place.
public struct JSONObject: Sendable, Equatable {
    public private(set) var members: [(key: String, value: JSONDocument)] = []

    public init() {}

    public var isEmpty: Bool { members.isEmpty }

    public subscript(key: String) -> JSONDocument? {
        get { members.first { $0.key == key }?.value }
        set {
            let position = members.firstIndex { $0.key == key }
            switch (position, newValue) {
            case (let position?, let value?): members[position].value = value
            case (let position?, nil): members.remove(at: position)
            case (nil, let value?): members.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }
}

extension JSONDocument {
    /// Pretty-printed with two spaces and a final newline; the same value always gives the same bytes.
    public var text: String {
        var output = ""
        write(into: &output, indent: "")
        output += "\n"
        return output
    }

    private func write(into output: inout String, indent: String) {
        switch self {
        case .object(let object):
            guard !object.isEmpty else {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            for (position, member) in object.members.enumerated() {
                output += inner
                Self.writeString(member.key, into: &output)
                output += ": "
                member.value.write(into: &output, indent: inner)
                output += position == object.members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += inner
                element.write(into: &output, indent: inner)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .string(let string): Self.writeString(string, into: &output)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// RFC 8259 escaping: quote, backslash and C0 controls; everything else as UTF-8.
    private static func writeString(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
