import Foundation
import Testing

/// What the contract test (`.ci/contract`) found the sandbox answering unlike the provider and its
/// exported document, each at its cause.
@Suite(.timeLimit(.minutes(10)))
struct ContractFindingTests {
    static let razorpay = ["Authorization": TestCredentials.basic, "Content-Type": "application/json"]

    @Test func aNumberNoDecimalHoldsIsIgnoredInAnUnknownMemberAndRefusedInAField() async throws {
        try await withSandbox { sandbox in
            // The generated client skips members its model does not name, whatever they hold.
            let unknown = Data(#"{"name": "Gaurav Kumar", "extra": {"big": 1e300, "list": [-2e200]}}"#.utf8)
            let accepted = try await sandbox.send(
                "POST",
                "/razorpay/v1/contacts",
                headers: Self.razorpay,
                body: unknown
            )
            #expect(accepted.status == 200)
            // PIK's `sort` is an integer field: 1e200 is refused, naming it.
            let known = Data(
                #"{"firstName": "Ana", "paymentContactAccount": {"paymentContactAccountField": {"sort": 1e200}}}"#.utf8
            )
            let refused = try await sandbox.send(
                "POST",
                "/pik/api/v1/contact/create",
                headers: ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"],
                body: known
            )
            #expect(refused.status == 400)
            let message = try jsonObject(refused.body)["message"] as? String
            #expect(message?.contains("sort") == true, "\(message ?? "")")
        }
    }

    @Test func queryParametersAreCheckedByTheirTypeAndConstraints() async throws {
        try await withSandbox { sandbox in
            let headers = ["Authorization": TestCredentials.basic]
            for query in ["to=9223372036854775808", "to=-1", "count=0", "count=101", "from=soon", "active=2"] {
                let reply = try await sandbox.send("GET", "/razorpay/v1/contacts?" + query, headers: headers)
                #expect(reply.status == 400, "\(query)")
            }
            for query in ["to=9223372036854775807&count=100", "active=1&unknown=anything", ""] {
                let reply = try await sandbox.send("GET", "/razorpay/v1/contacts?" + query, headers: headers)
                #expect(reply.status == 200, "\(query)")
            }
            // PayArc documents Laravel's 422 for a refused query.
            let payArc = try await sandbox.send(
                "GET",
                "/payarc/v1/customers?limit=0",
                headers: ["Authorization": TestCredentials.bearer]
            )
            #expect(payArc.status == 422)
        }
    }

    @Test func operationsSharingAMethodAndPathAreToldApartByTheBody() async throws {
        try await withSandbox { sandbox in
            let created = try await sandbox.send(
                "POST",
                "/razorpay/v1/contacts",
                headers: Self.razorpay,
                body: Data(#"{"name": "Gaurav Kumar"}"#.utf8)
            )
            let id = try #require(try jsonObject(created.body)["id"] as? String)
            let path = "/razorpay/v1/contacts/" + id
            // setContactActive's body: answered by it, so the contact says it is inactive.
            let activation = try await sandbox.send(
                "PATCH",
                path,
                headers: Self.razorpay,
                body: Data(#"{"active": false}"#.utf8)
            )
            #expect(activation.status == 200)
            #expect(try jsonObject(activation.body)["active"] as? Bool == false)
            // updateContact's body, without `active`: still accepted.
            let update = try await sandbox.send(
                "PATCH",
                path,
                headers: Self.razorpay,
                body: Data(#"{"name": "Gaurav Kumar Jr"}"#.utf8)
            )
            #expect(update.status == 200)
            // Neither operation's body.
            let neither = try await sandbox.send(
                "PATCH",
                path,
                headers: Self.razorpay,
                body: Data(#"{"name": 5}"#.utf8)
            )
            #expect(neither.status == 400)
        }
    }

    @Test func optionalFieldsLeftOutAreAbsentNotNull() async throws {
        try await withSandbox { sandbox in
            let pik = try await sandbox.send(
                "POST",
                "/pik/api/v1/contact/create",
                headers: ["Authorization": TestCredentials.bearer, "Content-Type": "application/json"],
                body: Data(#"{"firstName": "Ana", "paymentContactAddress": {"city": "Singapore"}}"#.utf8)
            )
            #expect(pik.status == 200)
            let contact = try #require(try jsonObject(pik.body)["data"] as? [String: Any])
            #expect(contact["firstName"] as? String == "Ana")
            #expect(contact["lastName"] == nil)
            let address = try #require(contact["paymentContactAddress"] as? [String: Any])
            #expect(address["state"] == nil)
            let list = try await sandbox.send(
                "GET",
                "/payarc/v1/customers",
                headers: ["Authorization": TestCredentials.bearer]
            )
            let meta = try #require(try jsonObject(list.body)["meta"] as? [String: Any])
            #expect(meta["include"] == nil)
            #expect(meta["custom"] == nil)
        }
    }

    @Test func aFormFieldWithAnEmptyNameIsIgnoredAsAnUnknownField() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                "/payarc/v1/customers",
                headers: [
                    "Authorization": TestCredentials.bearer, "Content-Type": "application/x-www-form-urlencoded",
                ],
                body: Data("=x&name=Ana".utf8)
            )
            #expect((200..<300).contains(reply.status), "\(reply.status)")
        }
    }
}
