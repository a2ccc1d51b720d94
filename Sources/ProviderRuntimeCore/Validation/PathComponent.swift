/// One step from a value to a nested value, using the provider's wire names.
///
/// A string literal is a field, so rules can be called as `report.length(name, max: 50, at: "name")`.
public enum PathComponent: Hashable, Sendable, ExpressibleByStringLiteral {
    /// An object field, written `parent.field`.
    case field(String)
    /// An array position, written `parent[2]`.
    case index(Int)
    /// A map key, written `parent[key]`.
    case key(String)

    public init(stringLiteral value: String) {
        self = .field(value)
    }

    /// Appends this component to a path being rendered; only called once an issue is reported.
    func render(into path: inout String) {
        switch self {
        case .field(let name):
            if !path.isEmpty {
                path += "."
            }
            path += name
        case .index(let index):
            path += "[" + String(index) + "]"
        case .key(let key):
            path += "[" + key + "]"
        }
    }
}
