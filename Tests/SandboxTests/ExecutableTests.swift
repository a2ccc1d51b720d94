import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `providergen-sandbox`, run as a user runs it: one line once it listens, answers on
/// that port, and stops cleanly on SIGTERM and SIGINT.
@Suite(.timeLimit(.minutes(10)))
struct ExecutableTests {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent()
        .appendingPathComponent("providergen-sandbox")

    /// Starts the binary, reads its first line, and returns the process, that line and the pipe.
    static func launch(_ arguments: [String]) throws -> (Process, String, Pipe, Pipe) {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "\(executable.path) is missing")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        return (process, String(decoding: line, as: UTF8.self), output, errors)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func printsOneLineAnswersAndStopsOnASignal(signal: Int32) async throws {
        let (process, line, output, _) = try Self.launch(["--schemas", RunningSandbox.schemasFolder, "--port", "0"])
        let match = line.wholeMatch(of: /listening on http:\/\/127\.0\.0\.1:(\d+)/)
        let port = try #require(match.map { Int($0.1) } ?? nil, "first line: \(line)")
        #expect(port > 0)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/razorpay/v1/contacts")!)
        request.httpMethod = "POST"
        request.setValue(TestCredentials.basic, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"name": "Gaurav Kumar"}"#.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(output.fileHandleForReading.readDataToEndOfFile().isEmpty, "only the one line on standard output")
    }

    @Test func aSchemaErrorIsReportedLikeTheCompilersAndExits1() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-schemas-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
            provider: {module: Acme}
            operations:
              createWidget:
                method: POST
                path: /v1/widgets
                responses:
                  200: {description: ok}
            sandbox:
              operations:
                createWidgte: {status: 200}
            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("acme.yaml"))
        let (process, line, _, errors) = try Self.launch(["--schemas", folder.path, "--port", "0"])
        process.waitUntilExit()
        #expect(line.isEmpty)
        #expect(process.terminationStatus == 1)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("acme.yaml:10:5: error: 'sandbox.operations' names 'createWidgte'"), "\(message)")
        #expect(message.contains("did you mean 'createWidget'?"), "\(message)")
    }
}
