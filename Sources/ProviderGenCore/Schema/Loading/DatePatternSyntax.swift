import Foundation

/// The fixed date patterns a schema may use (`yyyy-MM-dd HH:mm:ss`): fields of fixed width
/// separated by punctuation, so parsing is exact and needs no locale.
enum DatePatternSyntax {
    static let fields = ["yyyy", "MM", "dd", "HH", "mm", "ss", "SSS"]
    static let summary = "yyyy, MM, dd, HH, mm, ss and SSS separated by punctuation or spaces"

    static func isSupported(_ pattern: String) -> Bool {
        var rest = Substring(pattern)
        var sawField = false
        while let first = rest.first {
            if first.isLetter {
                guard let field = fields.first(where: { rest.hasPrefix($0) }) else { return false }
                rest = rest.dropFirst(field.count)
                sawField = true
            } else {
                guard first.isASCII, !first.isNumber, first != "'" else { return false }
                rest = rest.dropFirst()
            }
        }
        return sawField
    }

    static func isKnownTimeZone(_ identifier: String) -> Bool {
        TimeZone(identifier: identifier) != nil
    }
}
