import Foundation
import Logging
import ProviderGenCore
import ProviderSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A sandbox on 127.0.0.1 and a free port, in this process, for one test.
final class RunningSandbox: Sendable {
    let baseURL: URL
    let service: SandboxService
    private let task: Task<Void, any Error>

    static let schemasFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("schemas").path
    }()

    static let committedCatalog: ProviderCatalog = {
        do {
            return try ProviderCatalog.load(folder: schemasFolder)
        } catch {
            Issue.record("the committed schemas do not load: \(error)")
            return ProviderCatalog(providers: [])
        }
    }()

    static let logger: Logger = {
        var logger = Logger(label: "sandbox-tests") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .critical
        return logger
    }()

    /// Starts serving `catalog` (the committed schemas by default) and returns once it accepts connections.
    static func start(
        catalog: ProviderCatalog = committedCatalog,
        faults: FaultOptions = FaultOptions(),
        stateFile: String? = nil
    ) async throws -> RunningSandbox {
        let service = try SandboxService(catalog: catalog, faults: faults, stateFile: stateFile, logger: logger)
        let server = SandboxServer(service: service, host: "127.0.0.1", port: 0, logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            try await server.run(stopOnSignals: false) { port in continuation.yield(port) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        return RunningSandbox(baseURL: URL(string: "http://127.0.0.1:\(port)")!, service: service, task: task)
    }

    private init(baseURL: URL, service: SandboxService, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.service = service
        self.task = task
    }

    /// Stops the server and waits until it has let go of its port.
    func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Where a generated client for `module` points: `.custom(sandbox.url(for: "Razorpay"))`.
    func url(for module: String) -> URL {
        baseURL.appendingPathComponent(module.lowercased())
    }

    /// Sends raw bytes with URLSession and returns the status, headers (names lowercased) and body.
    func send(
        _ method: String,
        _ path: String,
        headers: [String: String] = [:],
        body: Data? = nil
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: baseURL.absoluteString + path)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return (http.statusCode, fields, data)
    }
}

/// Basic credentials for Razorpay, a bearer token for the others.
enum TestCredentials {
    static let basic = "Basic " + Data("rzp_test_key:secret".utf8).base64EncodedString()
    static let bearer = "Bearer test-token"
}

/// A JSON object body.
func jsonObject(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// Runs `body` against a started sandbox and stops it afterwards, whatever `body` does.
func withSandbox<Result>(
    catalog: ProviderCatalog = RunningSandbox.committedCatalog,
    faults: FaultOptions = FaultOptions(),
    stateFile: String? = nil,
    _ body: (RunningSandbox) async throws -> Result
) async throws -> Result {
    let sandbox = try await RunningSandbox.start(catalog: catalog, faults: faults, stateFile: stateFile)
    do {
        let result = try await body(sandbox)
        await sandbox.stop()
        return result
    } catch {
        await sandbox.stop()
        throw error
    }
}
