import ArgumentParser
import Foundation
import Logging
import ProviderSandbox

/// `providergen-sandbox`: serves every schema in a folder as a local stand-in for its provider.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providergen-sandbox",
        abstract: "Serve every schema as a local, stateful stand-in for its provider.",
        discussion: """
            Each provider is served under /<module, lowercased>, e.g. http://127.0.0.1:8080/razorpay/v1/contacts.
            Fault options apply to every provider, or to one when prefixed with its name: --fault razorpay=503:0.1.
            POST /_sandbox/reset empties the state.
            """
    )

    @Option(help: "The folder of schemas to serve.")
    var schemas = "schemas"

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Persist the state to this JSON file (rewritten atomically after each change).")
    var state: String?

    @Option(help: "Answer with STATUS at this probability per request: [provider=]STATUS:PROBABILITY, e.g. 503:0.1.")
    var fault: [String] = []

    @Option(help: "Delay every answer: [provider=]DURATION, e.g. 20ms.")
    var latency: [String] = []

    @Option(help: "Close the connection without answering at this probability: [provider=]PROBABILITY.")
    var drop: [String] = []

    @Option(help: "Seed for the fault draws, so a run can be reproduced.")
    var seed: UInt64?

    func run() async throws {
        var faults = FaultOptions()
        faults.seed = seed
        do {
            for text in fault { try faults.addFault(text) }
            for text in latency { try faults.addLatency(text) }
            for text in drop { try faults.addDrop(text) }
        } catch {
            throw ValidationError(error.description)
        }
        var logger = Logger(label: "providergen-sandbox") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        let service: SandboxService
        do {
            let catalog = try ProviderCatalog.load(folder: schemas)
            service = try SandboxService(catalog: catalog, faults: faults, stateFile: state, logger: logger)
        } catch let error as CatalogError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        } catch let error as StateFileError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
        let host = self.host
        let server = SandboxServer(service: service, host: host, port: port, logger: logger)
        try await server.run(stopOnSignals: true) { port in
            // Written unbuffered, so a script waiting for the line sees it at once.
            FileHandle.standardOutput.write(Data("listening on http://\(host):\(port)\n".utf8))
        }
    }
}
