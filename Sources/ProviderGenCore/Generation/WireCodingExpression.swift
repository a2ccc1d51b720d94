/// The runtime `WireCoding` of a type whose wire form is not its Swift type's `Codable` form
/// (`.date(.unixSeconds)`, `.array(of: .zeroOrOne)`); nil when plain `Codable` is right.
enum WireCodingExpression {
    /// `naming` and `owner` spell the content type of JSON held in a string (`.plain(Metadata.self)`).
    static func of(_ type: FieldType, naming: TypeNaming, inside owner: String?) -> String? {
        switch type {
        case .dateTime(let coding): return ".date(\(dateCoding(coding)))"
        case .binaryBoolean: return ".zeroOrOne"
        case .array(let item, _): return of(item, naming: naming, inside: owner).map { ".array(of: \($0))" }
        case .map(let value, _, _): return of(value, naming: naming, inside: owner).map { ".map(of: \($0))" }
        case .jsonString(let content, _):
            let inner =
                of(content, naming: naming, inside: owner)
                ?? ".plain(\(naming.swiftType(content, inside: owner)).self)"
            return ".jsonString(of: \(inner))"
        default: return nil
        }
    }

    private static func dateCoding(_ coding: DateTimeCoding) -> String {
        switch coding {
        case .iso8601: return ".iso8601"
        case .unixSeconds: return ".unixSeconds"
        case .pattern(let pattern, let zone):
            return ".pattern(\(SwiftLiteral.string(pattern)), timeZone: \(SwiftLiteral.string(zone)))"
        }
    }
}
