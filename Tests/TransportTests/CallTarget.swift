import Foundation

/// Where a test sends its calls: a scripted server, or a port that refuses every connection.
protocol CallTarget: Sendable {
    /// The base URL, e.g. `http://127.0.0.1:54321`.
    var url: URL { get }
}

extension LoopbackServer: CallTarget {}
