/// RFC 9110 token and field-value rules, so schemas cannot produce headers a server rejects.
enum HTTPSyntax {
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                        || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
            }
    }

    static func isFieldValue(_ text: String) -> Bool {
        guard text.first != " ", text.last != " " else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F)
        }
    }
}
