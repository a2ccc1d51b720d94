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
        // Lines below the logger's level cost nothing but this comparison: at the default level
        // (info) a successful call builds no text and no metadata.
        let logsDebug = logger.logLevel <= .debug
        let attempt = context.progress.attempts + 1
        if logsDebug {
            logger.debug(
                "sending \(Self.target(request))",
                metadata: Self.metadata(context, attempt: attempt).merging([
                    "headers": .string(Self.redacted(request.headerFields))
                ]) { $1 }
            )
        }
        if logsBodies, let body {
            logger.trace(
                "request body: \(String(decoding: body, as: UTF8.self))",
                metadata: Self.metadata(context, attempt: attempt)
            )
        }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let (response, responseBody) = try await next(request, body)
            let level: Logger.Level = response.status.kind == .serverError ? .warning : .debug
            if logger.logLevel <= level {
                var outcome = Self.metadata(context, attempt: attempt)
                outcome["status"] = .stringConvertible(response.status.code)
                outcome["duration-ms"] = .stringConvertible(Int(((clock.now - start).seconds * 1000).rounded()))
                if let requestID = context.requestID(in: response.headerFields) {
                    outcome["request-id"] = .string(requestID)
                }
                logger.log(level: level, "\(Self.target(request)) -> \(response.status.code)", metadata: outcome)
            }
            if logsBodies {
                logger.trace(
                    "response body: \(String(decoding: responseBody, as: UTF8.self))",
                    metadata: Self.metadata(context, attempt: attempt)
                )
            }
            return (response, responseBody)
        } catch {
            logger.warning(
                "\(Self.target(request)) failed: \(error)",
                metadata: Self.metadata(context, attempt: attempt)
            )
            throw error
        }
    }

    /// "POST /v1/contacts", credential-named query items redacted.
    private static func target(_ request: HTTPRequest) -> String {
        request.method.rawValue + " " + Redaction.url(request.path ?? "/")
    }

    private static func metadata(_ context: CallContext, attempt: Int) -> Logger.Metadata {
        ["operation": .string(context.operation), "attempt": .stringConvertible(attempt)]
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
