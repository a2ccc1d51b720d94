import Foundation
import Testing

/// Bodies that are not what the operation reads are refused with a status, never a crash, and the
/// server keeps answering afterwards.
@Suite(.timeLimit(.minutes(10)))
struct BadInputTests {
    static let headers = ["Authorization": TestCredentials.basic, "Content-Type": "application/json"]

    static let refusedBodies: [(String, Data)] = [
        ("malformed JSON", Data(#"{"name": "Gaurav Kumar""#.utf8)),
        ("a trailing comma", Data(#"{"name": "Gaurav Kumar",}"#.utf8)),
        ("a duplicate key", Data(#"{"name": "Gaurav Kumar", "name": "Other"}"#.utf8)),
        (
            "deep nesting",
            Data(
                (#"{"notes": "# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}")
                    .utf8
            )
        ),
        ("invalid UTF-8", Data([UInt8](#"{"name": "Gaurav "#.utf8) + [0xC3, 0x28] + [UInt8](#""}"#.utf8))),
        ("a number beyond a Double", Data(#"{"name": "Gaurav Kumar", "notes": {"a": 1e400}}"#.utf8)),
        ("an empty body", Data()),
        ("a bare string", Data(#""Gaurav Kumar""#.utf8)),
    ]

    @Test func refusedBodiesGet400() async throws {
        try await withSandbox { sandbox in
            for (name, body) in Self.refusedBodies {
                let reply = try await sandbox.send("POST", "/razorpay/v1/contacts", headers: Self.headers, body: body)
                #expect(reply.status == 400, "\(name)")
                let error = try jsonObject(reply.body)["error"] as? [String: Any]
                #expect(error?["code"] as? String == "BAD_REQUEST_ERROR", "\(name)")
            }
            let valid = Data(#"{"name": "Gaurav Kumar"}"#.utf8)
            #expect(
                try await sandbox.send("POST", "/razorpay/v1/contacts", headers: Self.headers, body: valid).status
                    == 200
            )
        }
    }

    @Test func aHugeIntegerIsRefusedAsTheWrongKind() async throws {
        try await withSandbox { sandbox in
            // PIK's `sort` is an integer; 10^30 fits no Int.
            let reply = try await sandbox.send(
                "POST",
                "/pik/api/v1/contact/create",
                headers: ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"],
                body: Data(
                    #"{"firstName": "Ana", "paymentContactAccount": {"paymentContactAccountField": {"sort": 1000000000000000000000000000000}}}"#
                        .utf8
                )
            )
            #expect(reply.status == 400)
            #expect((try jsonObject(reply.body)["message"] as? String)?.contains("sort") == true)
        }
    }

    @Test func theWrongContentTypeGets400() async throws {
        try await withSandbox { sandbox in
            let body = Data(#"{"name": "Gaurav Kumar"}"#.utf8)
            for contentType in ["text/plain", "application/x-www-form-urlencoded"] {
                var headers = Self.headers
                headers["Content-Type"] = contentType
                let reply = try await sandbox.send("POST", "/razorpay/v1/contacts", headers: headers, body: body)
                #expect(reply.status == 400, "\(contentType)")
            }
            // PayArc takes a form, not JSON; its schema answers malformed bodies with Laravel's 422.
            let payArc = try await sandbox.send(
                "POST",
                "/payarc/v1/customers",
                headers: ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"],
                body: body
            )
            #expect(payArc.status == 422)
            // Invalid percent-encoding and UTF-8 in a form.
            let form = ["Authorization": TestCredentials.bearer, "Content-Type": "application/x-www-form-urlencoded"]
            for bad in ["name=%ZZ", "name=%C3%28", "name[=x"] {
                let reply = try await sandbox.send("POST", "/payarc/v1/customers", headers: form, body: Data(bad.utf8))
                #expect(reply.status == 422, "\(bad)")
            }
        }
    }

    @Test func bodiesOver1MiBGet413() async throws {
        try await withSandbox { sandbox in
            let big = Data(#"{"name": ""#.utf8) + Data(repeating: UInt8(ascii: "a"), count: 1 << 20) + Data(#""}"#.utf8)
            let reply = try await sandbox.send("POST", "/razorpay/v1/contacts", headers: Self.headers, body: big)
            #expect(reply.status == 413)
            #expect(try jsonObject(reply.body)["error"] != nil)
        }
    }
}
