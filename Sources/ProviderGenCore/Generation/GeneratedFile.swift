/// One file the generator writes, relative to the output folder (`Razorpay/Client.swift`).
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
