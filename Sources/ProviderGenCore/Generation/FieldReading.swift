/// How a model's decoder reads one field beyond its type: the tolerances that apply to it (its
/// own and its provider's that fit its type), its alternate wire names, and whether its absence
/// is remembered so that encoding again does not invent the key.
struct FieldReading {
    let field: Field
    let providerTolerances: Set<Tolerance>
    let naming: TypeNaming
    let owner: String

    var tolerances: Set<Tolerance> {
        field.tolerances.union(
            providerTolerances.filter { ResponseReadingChecker.misfit($0, field.type) == nil }
        )
    }

    /// The coding the decoder reads with; nil when the plain `Codable` form is read.
    var decodingCoding: String? {
        switch field.type {
        case .map(let value, _, _) where tolerances.contains(.emptyArrayAsMap):
            let element =
                WireCodingExpression.of(value, naming: naming, inside: owner)
                ?? ".plain(\(naming.swiftType(value, inside: owner)).self)"
            return ".emptyArrayAsMap(of: \(element))"
        case .string where tolerances.contains(.numberAsString):
            return ".numberAsString"
        default:
            return WireCodingExpression.of(field.type, naming: naming, inside: owner)
        }
    }

    /// `CodingKeys` cases for the alternate names: `contactIdAlternate1`, …
    var alternateKeys: [(caseName: String, wireName: String)] {
        field.alternateNames.enumerated().map { index, name in
            (Self.alternateCaseName(field.swiftName, index), name)
        }
    }

    static func alternateCaseName(_ swiftName: String, _ index: Int) -> String {
        "\(swiftName)Alternate\(index + 1)"
    }

    /// `forKey: .id`, or the first present of the field's spellings.
    var keyArgument: String {
        let primary = "." + SwiftNames.escaped(field.swiftName)
        guard !alternateKeys.isEmpty else { return "forKey: " + primary }
        let alternates = alternateKeys.map { ".\($0.caseName)" }
        return "forKey: container.firstPresentKey(\(([primary] + alternates).joined(separator: ", ")))"
    }

    /// Defaulted and required-but-nullable fields may be absent from a body; re-encoding must not
    /// add them.
    var remembersAbsence: Bool {
        switch Presence(field) {
        case .defaulted, .requiredNullable: return true
        case .required, .optional, .optionalNullable: return false
        }
    }
}
