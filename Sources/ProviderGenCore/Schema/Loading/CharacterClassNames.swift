import ProviderRuntimeCore

/// The character classes a schema may name are exactly the runtime's, so a schema can never
/// reference a class generated code cannot check.
enum CharacterClassNames {
    static let all = CharacterClass.allCases.map(\.rawValue)
}
