/// The one error a generated client's sending call throws; each case says what to do.
///
/// Documented error statuses are not errors: they are cases of the operation's response type.
public enum ProviderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing was sent: the input broke the schema's rules (every issue is listed) or could not be
    /// encoded. Fix the input.
    case invalidInput(RequestError)
    /// No response was received. ``TransportFailure/mayHaveBeenProcessed`` says whether the
    /// provider may have acted on the request: if so, check before sending it again.
    case transportFailed(TransportFailure)
    /// Only from a ``PageSequence``: a page's response was not a page (an error status, a body
    /// that does not decode) or its cursor repeated. The items of the pages before it were delivered.
    case pageFailed(PageFailure)

    public var description: String {
        switch self {
        case .invalidInput(let error): error.description
        case .transportFailed(let failure): failure.description
        case .pageFailed(let failure): failure.description
        }
    }
}

/// Why a call got no response, after how many attempts, and whether its outcome is unknown.
public struct TransportFailure: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The transport failed; the text is what the HTTP library said.
        case connection(String)
        /// The call's deadline passed; the associated value is the timeout that was set.
        case deadlineExceeded(Duration)
        /// The calling task was cancelled.
        case cancelled
    }

    public var reason: Reason
    /// True when an attempt may have reached the provider and been acted on (the connection was
    /// lost after sending, or the call was cut off mid-request): the outcome is unknown.
    public var mayHaveBeenProcessed: Bool
    /// How many times the request was handed to the transport.
    public var attempts: Int
    /// The provider's request id from the last response that carried one, for support tickets.
    public var requestID: String?

    public init(reason: Reason, mayHaveBeenProcessed: Bool, attempts: Int, requestID: String? = nil) {
        self.reason = reason
        self.mayHaveBeenProcessed = mayHaveBeenProcessed
        self.attempts = attempts
        self.requestID = requestID
    }

    public var description: String {
        let what: String
        switch reason {
        case .connection(let message): what = "the request failed: " + message
        case .deadlineExceeded(let timeout): what = "the deadline of \(timeout) passed"
        case .cancelled: what = "the call was cancelled"
        }
        let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        let outcome =
            mayHaveBeenProcessed
            ? "the outcome is unknown: the provider may have processed the request; check before sending it again"
            : "the provider did not process the request"
        let id = requestID.map { " (request id \($0))" } ?? ""
        return what + " after " + tries + "; " + outcome + id
    }
}
