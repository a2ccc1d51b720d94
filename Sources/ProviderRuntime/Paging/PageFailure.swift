/// Why a paginated sequence stopped with an error: which operation, which page, and what came back.
public struct PageFailure: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The response was not the operation's page: another status (a 4xx, a 5xx after the
        /// retries), or the page's status with a body that did not decode (`mismatches` says why).
        case response(RawResponse, mismatches: [ResponseDecodingError])
        /// The provider sent back the cursor it was given, which would repeat the page forever.
        case repeatedCursor(String)
    }

    /// The operation whose pages were being read (`listContacts`).
    public var operation: String
    /// Which page failed, counting from 1 for the first page this sequence requested.
    public var page: Int
    public var reason: Reason

    public init(operation: String, page: Int, reason: Reason) {
        self.operation = operation
        self.page = page
        self.reason = reason
    }

    public var description: String {
        let what: String
        switch reason {
        case .response(let raw, let mismatches):
            // The body stays in `reason`, out of the description, which ends up in logs.
            let problems = mismatches.isEmpty ? "" : ": " + mismatches.map(\.description).joined(separator: "; ")
            what = "status \(raw.status) is not a page\(problems)"
        case .repeatedCursor(let cursor):
            what = "the provider returned the cursor it was given (\(cursor)), which would repeat the page"
        }
        return "\(operation): page \(page): \(what); the items before it were delivered"
    }
}
