import ProviderRuntimeCore

/// What a schema may write where HTTP is strict: header names and values (by the runtime's own
/// RFC 9110 rules, so the generator and a built request agree), URL characters, reserved headers.
enum HTTPSyntax {
    static func isToken(_ text: String) -> Bool {
        HTTPToken.isValidName(text)
    }

    /// A fixed value also may not start or end with a space: HTTP would drop it silently.
    static func isFieldValue(_ text: String) -> Bool {
        text.first != " " && text.last != " " && HTTPToken.isValidValue(text)
    }

    /// RFC 3986 characters: unreserved, reserved and "%" (of a percent-encoding).
    static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
    }

    /// `'"'`, or `U+00A0` for a scalar that does not print.
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        scalar.value > 0x20 && scalar.value < 0x7F
            ? "'\(scalar)'" : "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// Why a schema may not set header `name` (fixed or as a parameter), or nil.
    static func reservedHeaderProblem(_ name: String) -> String? {
        switch name.lowercased() {
        case "authorization":
            "set credentials with 'auth', not as a header, so they never end up in generated code"
        case "host":
            "'\(name)' is set by the HTTP client from the server URL; choose the host with 'servers' or Server.custom"
        case "content-length", "transfer-encoding":
            "'\(name)' describes the body's framing, which the HTTP client sets; a schema value would conflict with it"
        default:
            nil
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
