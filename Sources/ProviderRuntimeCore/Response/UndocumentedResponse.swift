import Foundation

/// A response whose status the schema does not document; kept whole for the caller to inspect.
public struct UndocumentedResponse: Error, Hashable, Sendable, CustomStringConvertible {
    public var status: Int
    /// The body exactly as received.
    public var body: Data

    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }

    /// The body as UTF-8 text, or nil when it is not valid UTF-8.
    public var text: String? {
        String(data: body, encoding: .utf8)
    }

    public var description: String {
        "undocumented response: status \(status), \(body.count) bytes"
    }
}
