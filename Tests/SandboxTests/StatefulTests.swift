import Foundation
import ProviderGenCore
import ProviderRuntime
import ProviderSandbox
import Razorpay
import Testing

/// The documented stateful semantics, persistence across restarts, reset and idempotency keys.
@Suite(.timeLimit(.minutes(10)))
struct StatefulTests {
    static func razorpay(_ sandbox: RunningSandbox) -> Razorpay.Client {
        Razorpay.Client(
            server: .custom(sandbox.url(for: "Razorpay")),
            credentials: BasicCredentials(key: "rzp_test_key", secret: "secret"),
            configuration: SeedExampleTests.configuration
        )
    }

    static func createdID(_ client: Razorpay.Client, _ request: CreateContactRequest) async throws -> String? {
        let response = try await client.createContact(request)
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected a decoded 200, got \(response.status): \(response.raw.text ?? "")")
            return nil
        }
        return contact.id
    }

    static let gaurav = CreateContactRequest(
        name: "Gaurav Kumar",
        email: "gaurav.kumar@example.com",
        contact: "9000090000",
        type: .employee,
        referenceId: "Acme Contact ID 12345"
    )

    @Test func razorpayReturnsTheExistingContactWhenEveryDetailMatches() async throws {
        try await withSandbox { sandbox in
            let client = Self.razorpay(sandbox)
            let first = try await Self.createdID(client, Self.gaurav)
            let again = try await Self.createdID(client, Self.gaurav)
            #expect(first != nil && first == again)
            // Any one detail different (notes are not among them) makes a new contact.
            var otherReference = Self.gaurav
            otherReference.referenceId = "Acme Contact ID 12346"
            let third = try await Self.createdID(client, otherReference)
            #expect(third != nil && third != first)
            var withNotes = Self.gaurav
            withNotes.notes = ["a": "b"]
            #expect(try await Self.createdID(client, withNotes) == first)
            var withoutEmail = Self.gaurav
            withoutEmail.email = nil
            #expect(try await Self.createdID(client, withoutEmail) != first)
        }
    }

    @Test func aRestartWithTheSameStateFileKeepsTheContact() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-state-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stateFile = folder.appendingPathComponent("state.json").path
        let first = try await withSandbox(stateFile: stateFile) { sandbox in
            try await Self.createdID(Self.razorpay(sandbox), Self.gaurav)
        }
        #expect(FileManager.default.fileExists(atPath: stateFile))
        // Only the state file remains: no temporary file from the atomic writes.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
        try await withSandbox(stateFile: stateFile) { sandbox in
            let client = Self.razorpay(sandbox)
            #expect(first != nil)
            #expect(try await Self.createdID(client, Self.gaurav) == first)
            let reset = try await sandbox.send("POST", SandboxService.resetPath)
            #expect(reset.status == 204)
            #expect(try await Self.createdID(client, Self.gaurav) != first)
        }
    }

    @Test func aCorruptStateFileIsAClearError() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-state-\(UUID()).json")
        try Data("{not json".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: StateFileError.self) {
            _ = try SandboxService(
                catalog: RunningSandbox.committedCatalog,
                stateFile: file.path,
                logger: RunningSandbox.logger
            )
        }
    }

    /// A provider that declares an idempotency-key header (none of the committed five does).
    static let idempotentCatalog: ProviderCatalog = {
        let yaml = """
            provider: {module: Acme}
            auth: {scheme: bearer}
            sending: {idempotencyKeyHeader: Idempotency-Key}
            operations:
              createWidget:
                method: POST
                path: /v1/widgets
                body: {type: CreateWidgetRequest}
                responses:
                  200: {type: Widget}
            types:
              CreateWidgetRequest:
                fields:
                  name: {type: string, required: true, minLength: 3}
              Widget:
                fields:
                  id: {type: string, required: true, example: wid_0123456789}
                  name: {type: string, required: true}
            sandbox:
              operations:
                createWidget:
                  id: {field: id, prefix: wid_, length: 10}
            """
        let result = SchemaFrontEnd.read(yaml: Array(yaml.utf8), file: "acme.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return ProviderCatalog(providers: result.schema.map { [ServedProvider(schema: $0)] } ?? [])
    }()

    @Test func anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() async throws {
        try await withSandbox(catalog: Self.idempotentCatalog) { sandbox in
            var headers = ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"]
            headers["Idempotency-Key"] = "order-1"
            let body = Data(#"{"name": "Blue widget"}"#.utf8)
            let first = try await sandbox.send("POST", "/acme/v1/widgets", headers: headers, body: body)
            #expect(first.status == 200)
            // The same request, spaced differently: the same first answer, byte for byte.
            let spaced = Data(#"{ "name" : "Blue widget" }"#.utf8)
            let replay = try await sandbox.send("POST", "/acme/v1/widgets", headers: headers, body: spaced)
            #expect(replay.status == 200)
            #expect(replay.body == first.body)
            #expect(replay.headers["idempotent-replayed"] == "true")
            let other = try await sandbox.send(
                "POST",
                "/acme/v1/widgets",
                headers: headers,
                body: Data(#"{"name": "Red widget"}"#.utf8)
            )
            #expect(other.status == 422)
            // A refusal is remembered too: the key keeps answering the first refusal.
            headers["Idempotency-Key"] = "order-2"
            let invalid = Data(#"{"name": "x"}"#.utf8)
            #expect(try await sandbox.send("POST", "/acme/v1/widgets", headers: headers, body: invalid).status == 400)
            #expect(try await sandbox.send("POST", "/acme/v1/widgets", headers: headers, body: invalid).status == 400)
            // Without a key every create is new.
            headers["Idempotency-Key"] = nil
            let fresh = try await sandbox.send("POST", "/acme/v1/widgets", headers: headers, body: body)
            #expect(fresh.body != first.body)
        }
    }

    @Test func concurrentIdenticalCreatesMakeOneContact() async throws {
        try await withSandbox { sandbox in
            let client = Self.razorpay(sandbox)
            let ids = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<40 {
                    group.addTask { try await Self.createdID(client, Self.gaurav) }
                }
                var ids: Set<String?> = []
                for try await id in group { ids.insert(id) }
                return ids
            }
            #expect(ids.count == 1 && ids.first! != nil)
        }
    }
}
