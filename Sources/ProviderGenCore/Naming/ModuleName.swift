/// What a provider's module may be called: it names a Swift module, a folder under the output
/// folder and, lowercased, its schema file.
public enum ModuleName {
    /// Why `name` cannot name a provider module, or nil when it can.
    public static func problem(_ name: String) -> String? {
        guard SwiftNames.isIdentifier(name), name.first?.isUppercase == true else {
            return "module '\(name)' must be an UpperCamelCase Swift identifier such as 'Razorpay'"
        }
        if ReservedNames.modules.contains(name) {
            return "module '\(name)' would clash with a module generated code imports"
        }
        return nil
    }
}
