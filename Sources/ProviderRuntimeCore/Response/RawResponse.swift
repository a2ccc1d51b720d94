import Foundation
import HTTPTypes

/// A response exactly as received: status, every header and the body bytes.
///
/// Every case of a generated response carries one, so headers and the raw body stay reachable
/// whatever the schema says about the status.
public struct RawResponse: Hashable, Sendable, CustomStringConvertible {
    public var status: Int
    /// Every header, in the order received.
    public var headers: HTTPFields
    /// The body exactly as received.
    public var body: Data

    public init(status: Int, headers: HTTPFields, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text, or nil when it is not valid UTF-8.
    public var text: String? {
        String(data: body, encoding: .utf8)
    }

    public var description: String {
        "status \(status), \(headers.count) headers, \(body.count) bytes"
    }
}
