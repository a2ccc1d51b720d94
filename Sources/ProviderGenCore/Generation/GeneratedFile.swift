/// One file the generator writes, relative to the output folder (`Razorpay/Client.swift`), kept
/// as its two sections so the build plugin's single file can be assembled without re-parsing.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    /// The generator's comment and the imports, ending in a blank line; the same for every file
    /// generated from one schema.
    public var header: String
    /// The declarations.
    public var body: String

    public init(path: String, header: String, body: String) {
        self.path = path
        self.header = header
        self.body = body
    }

    public var contents: String { header + body }
}
