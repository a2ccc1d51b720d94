/// The access level of every generated declaration. `public` suits a module others import (this
/// repository's `Generated/`); the build plugin generating into a user's own target may want
/// `internal` or `package`, so the clients do not become part of that target's API.
public enum AccessModifier: String, CaseIterable, Sendable {
    case `public`
    case `package`
    case `internal`

    /// What precedes a declaration: `internal` is Swift's default and is left unwritten.
    var keyword: String {
        switch self {
        case .public: "public "
        case .package: "package "
        case .internal: ""
        }
    }
}
