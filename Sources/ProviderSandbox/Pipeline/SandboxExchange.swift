import Foundation
import HTTPTypes

/// A request as the pipeline sees it: independent of the HTTP server, so every stage can be
/// driven directly (the validation agreement test does) and by the server alike.
public struct SandboxRequest: Sendable {
    public var method: String
    /// The path as sent, percent-encoded, without the query.
    public var path: String
    /// The query as sent, percent-encoded, without the `?`.
    public var query: String
    public var headers: HTTPFields
    public var body: Data

    public init(method: String, path: String, query: String = "", headers: HTTPFields = [:], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}

/// What the pipeline decided: an answer, possibly after a delay, or a dropped connection.
public struct SandboxResponse: Sendable {
    public var status: Int
    public var headers: HTTPFields
    public var body: Data
    /// Close the connection instead of answering (`--drop`).
    public var dropsConnection = false

    public init(status: Int, headers: HTTPFields = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static let dropped: SandboxResponse = {
        var response = SandboxResponse(status: 500)
        response.dropsConnection = true
        return response
    }()
}
