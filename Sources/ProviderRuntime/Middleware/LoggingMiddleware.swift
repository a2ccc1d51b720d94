import Foundation
import HTTPTypes
import Logging

/// One log line per attempt through swift-log: the request at `debug`, the outcome at `debug`
/// (success) or `warning` (a failure or a 5xx status).
///
/// Credentials are never logged: values of credential headers and credential-named query items
/// read "<redacted>". Bodies are left out unless ``logsBodies`` is set.
public struct LoggingMiddleware: Middleware {
    public var logger: Logger
    /// Logs request and response bodies at `trace`; they may hold personal data.
    public var logsBodies: Bool

    public init(logger: Logger = Logger(label: "providergen"), logsBodies: Bool = false) {
        self.logger = logger
        self.logsBodies = logsBodies
    }

    public func intercept(
        _ request: HTTPRequest,
        body: Data?,
        context: CallContext,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        let target = request.method.rawValue + " " + Redaction.url(request.path ?? "/")
        let metadata: Logger.Metadata = [
            "operation": .string(context.operation),
            "attempt": .stringConvertible(context.progress.attempts + 1),
        ]
        logger.debug(
            "sending \(target)",
            metadata: metadata.merging(["headers": .string(Self.redacted(request.headerFields))]) { $1 }
        )
        if logsBodies, let body {
            logger.trace("request body: \(String(decoding: body, as: UTF8.self))", metadata: metadata)
        }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let (response, responseBody) = try await next(request, body)
            var outcome = metadata
            outcome["status"] = .stringConvertible(response.status.code)
            outcome["duration-ms"] = .stringConvertible(Int(((clock.now - start).seconds * 1000).rounded()))
            if let requestID = context.requestID(in: response.headerFields) {
                outcome["request-id"] = .string(requestID)
            }
            let level: Logger.Level = response.status.kind == .serverError ? .warning : .debug
            logger.log(level: level, "\(target) -> \(response.status.code)", metadata: outcome)
            if logsBodies {
                logger.trace("response body: \(String(decoding: responseBody, as: UTF8.self))", metadata: metadata)
            }
            return (response, responseBody)
        } catch {
            logger.warning("\(target) failed: \(error)", metadata: metadata)
            throw error
        }
    }

    /// "Name: value" per header, credential values replaced.
    static func redacted(_ fields: HTTPFields) -> String {
        fields.map { field in
            let name = field.name.rawName
            return name + ": " + (Redaction.isSensitive(name: name) ? Redaction.placeholder : field.value)
        }
        .joined(separator: ", ")
    }
}
