import AsyncHTTPClient
import Foundation
import NIOCore
import ProviderRuntime
import ProviderRuntimeAsyncHTTPClient
import Razorpay

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// The overhead of `client.createContact` (validation, encoding, the default middleware chain and
// deadline, response reading) over a bare call of the same HTTP library sending the same bytes,
// against a loopback server that always answers the same 200.
//
//     swift run -c release --package-path Benchmarks sending-benchmarks
//         medians of alternating rounds, one call at a time, and processor time per call
//     sending-benchmarks memory <urlsession|asynchttpclient> <bare|client> <count>
//         resident bytes per in-flight call, `count` calls at once (Benchmarks/sending-memory.sh)
//
// "bare+json" is the bare call plus what a hand-written one would also do: encode the body with
// JSONEncoder and decode the contact with JSONDecoder.

let contactJSON = """
    {"id":"cont_00HjGh1","entity":"contact","name":"Gaurav Kumar","contact":"9123456789",\
    "email":"gaurav.kumar@example.com","type":"employee","reference_id":"Acme Contact ID 12345",\
    "batch_id":null,"active":true,"notes":[],"created_at":1545320320}
    """
let arguments = Array(CommandLine.arguments.dropFirst())
let server = try await FixedResponseServer(body: contactJSON, delay: arguments.first == "memory" ? .seconds(2) : .zero)
let base = URL(string: "http://127.0.0.1:\(server.port)")!
let credentials = BasicCredentials(key: "rzp_test_key", secret: "rzp_test_secret")
let contact = CreateContactRequest(name: "Gaurav Kumar", email: "gaurav.kumar@example.com", type: .employee)
let prebuilt = try Client(server: .custom(base), credentials: credentials).requests.createContact(contact)

/// One way of sending `createContact` that every mode can run.
enum Caller: String {
    case bare, client
    case bareWithJSON = "bare+json"
}

let session = URLSession(configuration: .ephemeral)
let urlSessionClient = Client(
    server: .custom(base),
    credentials: credentials,
    transport: URLSessionTransport(session: session)
)
let ahcClient = Client(server: .custom(base), credentials: credentials, transport: AsyncHTTPClientTransport())

/// The bare URLSession call: the request the client builds, sent as it is; the status checked.
@Sendable func bareURLSession(body: Data? = prebuilt.body) async throws -> Data {
    var request = prebuilt.urlRequestIncludingCredentials()
    request.httpBody = body
    let (data, response) = try await session.data(for: request)
    precondition((response as? HTTPURLResponse)?.statusCode == 200 && !data.isEmpty)
    return data
}

/// The bare AsyncHTTPClient call: the same method, URL, headers and body; the body collected.
@Sendable func bareAsyncHTTPClient(body: Data? = prebuilt.body) async throws -> Data {
    var request = HTTPClientRequest(url: prebuilt.url.absoluteString)
    request.method = .POST
    for field in prebuilt.headerFields {
        request.headers.add(name: field.name, value: field.value)
    }
    request.body = .bytes(ByteBuffer(bytes: body ?? Data()))
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
    let buffer = try await response.body.collect(upTo: 1 << 20)
    precondition(response.status == .ok && buffer.readableBytes > 0)
    return Data(buffer.readableBytesView)
}

/// One call of `caller` over `transport`.
func call(_ transport: String, _ caller: Caller) -> @Sendable () async throws -> Void {
    let bare = transport == "urlsession" ? bareURLSession : bareAsyncHTTPClient
    let client = transport == "urlsession" ? urlSessionClient : ahcClient
    switch caller {
    case .bare:
        return { _ = try await bare(prebuilt.body) }
    case .bareWithJSON:
        return {
            let data = try await bare(try JSONEncoder().encode(contact))
            _ = try JSONDecoder().decode(Contact.self, from: data)
        }
    case .client:
        return {
            guard case .ok(.decoded, _) = try await client.createContact(contact) else { fatalError("not ok") }
        }
    }
}

/// Fails unless the bare call and the client put the same request on the wire. Header order is
/// left out: URLRequest keeps headers in a dictionary, so URLSession's order varies between runs.
func checkSameRequest(_ transport: String) async throws {
    try await call(transport, .bare)()
    let bare = server.latestRequest?.headersSorted
    try await call(transport, .client)()
    let client = server.latestRequest?.headersSorted
    guard let bare, bare == client else {
        fatalError(
            "\(transport): bare and client requests differ:\n\(String(describing: bare))\n\(String(describing: client))"
        )
    }
}

extension ReceivedRequest {
    var headersSorted: ReceivedRequest {
        var sorted = self
        sorted.headers.sort()
        return sorted
    }
}

switch arguments.first {
case "memory":
    #if os(Linux)
        guard arguments.count == 4, let caller = Caller(rawValue: arguments[2]), let count = Int(arguments[3]) else {
            fatalError("usage: sending-benchmarks memory <urlsession|asynchttpclient> <bare|client> <count>")
        }
        try await bytesPerInFlightCall("\(arguments[1]) \(caller.rawValue)", pending: count, call(arguments[1], caller))
    #else
        fatalError("memory is measured on Linux only (/proc/self/statm)")
    #endif
default:
    print("load average at start \(loadAverage())")
    for transport in ["urlsession", "asynchttpclient"] {
        try await checkSameRequest(transport)
        try await Comparison().run(
            transport == "urlsession" ? "URLSession" : "AsyncHTTPClient",
            [
                .init(name: "bare", call: call(transport, .bare)),
                .init(name: "client", call: call(transport, .client)),
                .init(name: "bare+JSON", call: call(transport, .bareWithJSON)),
            ]
        )
    }
}
