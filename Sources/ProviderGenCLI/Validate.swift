import ArgumentParser
import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// `providergen validate`: checks a JSON request body against a schema's rules before any code
/// is generated, so a schema author can try the provider's documented examples.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a JSON request body against a schema's rules.",
        discussion: "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage or schema errors."
    )

    @Option(help: "The provider schema (*.yaml).")
    var schema: String

    @Option(help: "The operation whose request body the payload is; optional when the schema has one.")
    var operation: String?

    @Argument(help: "The JSON request body.")
    var payload: String

    @Option(help: "The largest payload read, in bytes.")
    var maxBytes = JSONLimits.defaultMaxBytes

    @Option(help: "The deepest nesting of arrays and objects read (at most \(JSONLimits.depthCeiling)).")
    var maxDepth = JSONLimits.defaultMaxDepth

    func run() throws {
        let loaded = SchemaFrontEnd.read(contentsOf: schema)
        Terminal.printDiagnostics(loaded.diagnostics)
        guard let providerSchema = loaded.schema else {
            Terminal.error("\(schema) has errors; fix them first")
            throw ExitCode(2)
        }
        let bodyType = try selectBodyType(in: providerSchema)
        let body: JSONValue
        switch PayloadReading.read(
            contentsOf: payload,
            limits: JSONLimits(maxBytes: maxBytes, maxDepth: maxDepth),
            as: bodyType,
            in: providerSchema
        ) {
        case .success(let value):
            body = value
        case .failure(.unreadable(let reason)):
            Terminal.error(reason)
            throw ExitCode(2)
        case .failure(.invalid(let issue)):
            print(line(for: issue))
            throw ExitCode.failure
        }
        let report = PayloadValidator(schema: providerSchema).validate(body, bodyType: bodyType)
        for issue in report.issues {
            print(line(for: issue))
        }
        if report.hasErrors { throw ExitCode.failure }
        print("\(payload): valid for \(bodyType)" + (report.issues.isEmpty ? "" : " (\(report.issues.count) warnings)"))
    }

    /// `payload.json: error: name: duplicate key "name" … [json]`
    private func line(for issue: ValidationIssue) -> String {
        let place = issue.path.isEmpty ? "" : issue.path + ": "
        return "\(payload): \(issue.severity.rawValue): \(place)\(issue.message) [\(issue.rule)]"
    }

    private func selectBodyType(in schema: ProviderSchema) throws -> String {
        let withBody = schema.operations.filter { $0.body != nil }
        let chosen: APIOperation?
        if let operation {
            chosen = schema.operations.first { $0.name == operation }
            if chosen == nil {
                Terminal.error(
                    "no operation '\(operation)' in \(self.schema); operations: \(schema.operations.map(\.name).joined(separator: ", "))"
                )
                throw ExitCode(2)
            }
        } else if withBody.count == 1 {
            chosen = withBody[0]
        } else {
            Terminal.error(
                "\(self.schema) has \(withBody.count) operations with a body; choose one with --operation: \(withBody.map(\.name).joined(separator: ", "))"
            )
            throw ExitCode(2)
        }
        guard let body = chosen?.body else {
            Terminal.error("operation '\(chosen?.name ?? "")' has no request body to validate")
            throw ExitCode(2)
        }
        return body.typeName
    }
}
