/// The runtime `WireCoding` of a type whose wire form is not its Swift type's `Codable` form
/// (`.date(.unixSeconds)`, `.array(of: .zeroOrOne)`); nil when plain `Codable` is right.
enum WireCodingExpression {
    static func of(_ type: FieldType) -> String? {
        switch type {
        case .dateTime(let coding): return ".date(\(dateCoding(coding)))"
        case .binaryBoolean: return ".zeroOrOne"
        case .array(let item, _): return of(item).map { ".array(of: \($0))" }
        case .map(let value, _, _): return of(value).map { ".map(of: \($0))" }
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
