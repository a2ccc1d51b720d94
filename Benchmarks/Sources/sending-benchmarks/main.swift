import AsyncHTTPClient
import Foundation
import NIOCore
import ProviderRuntime
import ProviderRuntimeAsyncHTTPClient
import Razorpay

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// The overhead of `client.createContact` (validation, encoding, the default middleware chain,
// response reading) over a bare call of the same HTTP library, against a loopback server that
// always answers the same 200. Calls run one at a time; rounds alternate bare and client so
// that drift in the machine's load hits both alike.
//
//     swift run -c release --package-path Benchmarks sending-benchmarks

let contactJSON = """
    {"id":"cont_00HjGh1","entity":"contact","name":"Gaurav Kumar","contact":"9123456789",\
    "email":"gaurav.kumar@example.com","type":"employee","reference_id":"Acme Contact ID 12345",\
    "batch_id":null,"active":true,"notes":[],"created_at":1545320320}
    """
let callsPerRound = 400
let rounds = 6

let server = try await FixedResponseServer(body: contactJSON)
let base = URL(string: "http://127.0.0.1:\(server.port)")!
let credentials = BasicCredentials(key: "rzp_test_key", secret: "rzp_test_secret")
let contact = CreateContactRequest(name: "Gaurav Kumar", email: "gaurav.kumar@example.com", type: .employee)
let prebuilt = try Client(server: .custom(base), credentials: credentials).requests.createContact(contact)

func median(_ samples: [Duration]) -> Duration {
    samples.sorted()[samples.count / 2]
}

func microseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.1f µs", Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
}

func measure(_ call: () async throws -> Void) async throws -> [Duration] {
    let clock = ContinuousClock()
    var samples: [Duration] = []
    samples.reserveCapacity(callsPerRound)
    for _ in 0..<callsPerRound {
        let start = clock.now
        try await call()
        samples.append(clock.now - start)
    }
    return samples
}

func compare(_ name: String, bare: () async throws -> Void, client: () async throws -> Void) async throws {
    _ = try await measure(bare)
    _ = try await measure(client)
    var bareSamples: [Duration] = []
    var clientSamples: [Duration] = []
    for _ in 0..<rounds {
        bareSamples += try await measure(bare)
        clientSamples += try await measure(client)
    }
    let bareMedian = median(bareSamples)
    let clientMedian = median(clientSamples)
    let overhead = (clientMedian / bareMedian - 1) * 100
    print(
        name,
        "bare median",
        microseconds(bareMedian),
        "client median",
        microseconds(clientMedian),
        "overhead",
        String(format: "%.1f%%", overhead),
        "(\(bareSamples.count) calls each)"
    )
    fflush(nil)
}

// URLSession: the bare call sends the same request the client builds, and reads the status.
let session = URLSession(configuration: .ephemeral)
let urlSessionClient = Client(
    server: .custom(base),
    credentials: credentials,
    transport: URLSessionTransport(session: session)
)
try await compare(
    "URLSession",
    bare: {
        let (data, response) = try await session.data(for: prebuilt.urlRequestIncludingCredentials())
        precondition((response as? HTTPURLResponse)?.statusCode == 200 && !data.isEmpty)
    },
    client: {
        guard case .ok(.decoded, _) = try await urlSessionClient.createContact(contact) else { fatalError("not ok") }
    }
)

// AsyncHTTPClient: the bare call sends the same bytes and collects the body.
let ahcClient = Client(server: .custom(base), credentials: credentials, transport: AsyncHTTPClientTransport())
try await compare(
    "AsyncHTTPClient",
    bare: {
        var request = HTTPClientRequest(url: prebuilt.url.absoluteString)
        request.method = .POST
        for field in prebuilt.headerFields {
            request.headers.add(name: field.name, value: field.value)
        }
        request.body = .bytes(ByteBuffer(bytes: prebuilt.body ?? Data()))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        precondition(response.status == .ok && body.readableBytes > 0)
    },
    client: {
        guard case .ok(.decoded, _) = try await ahcClient.createContact(contact) else { fatalError("not ok") }
    }
)

#if os(Linux)
    // Memory per in-flight call: `pending` calls, without a deadline, wait together on a server that
    // answers after a second; the resident set while they wait, less before they started, divided by `pending`.
    // Calls beyond the transport's connections per host wait in its queue, as they would in use.
    let pending = 200
    let slowServer = try await FixedResponseServer(body: contactJSON, delay: .seconds(1))
    let slowBase = URL(string: "http://127.0.0.1:\(slowServer.port)")!

    func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (fields.count > 1 ? Int(fields[1]) ?? 0 : 0) * Int(getpagesize())
    }

    func bytesPerInFlightCall(_ name: String, _ call: @escaping @Sendable () async throws -> Void) async throws {
        let before = residentBytes()
        let during = try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<pending {
                group.addTask { try await call() }
            }
            try await Task.sleep(for: .milliseconds(600))
            let during = residentBytes()
            try await group.waitForAll()
            return during
        }
        print(name, "resident bytes per in-flight call:", (during - before) / pending, "(\(pending) calls)")
        fflush(nil)
    }

    let slowURLSessionClient = Client(
        server: .custom(slowBase),
        credentials: credentials,
        transport: URLSessionTransport(session: URLSession(configuration: .ephemeral))
    )
    let slowAHCClient = Client(
        server: .custom(slowBase),
        credentials: credentials,
        transport: AsyncHTTPClientTransport()
    )
    let slowContact = contact
    try await bytesPerInFlightCall("URLSession client") {
        _ = try await slowURLSessionClient.createContact(slowContact)
    }
    try await bytesPerInFlightCall("AsyncHTTPClient client") {
        _ = try await slowAHCClient.createContact(slowContact)
    }
#endif
