import Foundation
import Jetpay
import PayArc
import ProviderRuntime
import Razorpay
import Testing

/// Each documented error arises from the input that causes it, in the provider's envelope, and
/// decodes with the generated response type.
@Suite(.timeLimit(.minutes(10)))
struct DocumentedErrorTests {
    static let razorpayHeaders = ["Authorization": TestCredentials.basic, "Content-Type": "application/json"]

    @Test func razorpayRefusesAnInvalidNameWithEveryIssueInItsErrorObject() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                "/razorpay/v1/contacts",
                headers: Self.razorpayHeaders,
                body: Data(#"{"name": "G!", "email": "not-an-email", "type": "employee"}"#.utf8)
            )
            #expect(reply.status == 400)
            let response = Razorpay.CreateContactResponse(status: reply.status, headers: [:], body: reply.body)
            guard case .clientError(.decoded(let error), _) = response else {
                Issue.record("expected a decoded 4XX, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(error.error.code == "BAD_REQUEST_ERROR")
            #expect(error.error.field == "name")
            #expect(error.error.description.hasPrefix("name: "))
            guard case .object(let metadata)? = error.error.metadata,
                case .array(let issues)? = metadata["issues"]
            else {
                Issue.record("metadata.issues is missing: \(response.raw.text ?? "")")
                return
            }
            let fields = issues.compactMap { issue -> String? in
                if case .string(let field)? = issue["field"] { return field }
                return nil
            }
            // Too short, a character outside the allowed ones, and the email's format.
            #expect(fields.filter { $0 == "name" }.count >= 2)
            #expect(fields.contains("email"))
        }
    }

    @Test func razorpayRequiresTheName() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                "/razorpay/v1/contacts",
                headers: Self.razorpayHeaders,
                body: Data(#"{"email": "gaurav.kumar@example.com"}"#.utf8)
            )
            #expect(reply.status == 400)
            let error = try #require(try jsonObject(reply.body)["error"] as? [String: Any])
            #expect(error["field"] as? String == "name")
            #expect(error["description"] as? String == "name: is required")
        }
    }

    @Test func jetpayAnswers409ForASecondContactWithTheSameEmail() async throws {
        try await withSandbox { sandbox in
            let client = Jetpay.Client(
                server: .custom(sandbox.url(for: "Jetpay")),
                token: BearerToken("t"),
                configuration: SeedExampleTests.configuration
            )
            let first = try await client.createContact(CreateContactRequest(email: "a@mail.com", name: "A"))
            guard case .ok(.decoded, _) = first else {
                Issue.record("the first create failed: \(first.raw.text ?? "")")
                return
            }
            let second = try await client.createContact(CreateContactRequest(email: "a@mail.com", name: "Other"))
            guard case .conflict(.decoded(let message), _) = second else {
                Issue.record("expected a decoded 409, got \(second.status): \(second.raw.text ?? "")")
                return
            }
            #expect(message.message == "A contact with the same email address has already been created.")
            let third = try await client.createContact(CreateContactRequest(email: "b@mail.com", name: "A"))
            #expect(third.status == 200)
        }
    }

    @Test func payArcRefusesAFormFieldInLaravelsShape() async throws {
        try await withSandbox { sandbox in
            let reply = try await sandbox.send(
                "POST",
                "/payarc/v1/customers",
                headers: [
                    "Authorization": TestCredentials.bearer,
                    "Content-Type": "application/x-www-form-urlencoded",
                ],
                body: Data("name=Shah%20Deep&email=shah%3Cdeep%3E%40a-rather-long-company-name.example".utf8)
            )
            #expect(reply.status == 422)
            let response = PayArc.CreateCustomerResponse(status: reply.status, headers: [:], body: reply.body)
            guard case .unprocessableContent(.validationError(let error), _) = response else {
                Issue.record("expected a decoded 422, got \(response.status): \(response.raw.text ?? "")")
                return
            }
            #expect(error.message == "The given data was invalid.")
            #expect(error.errors["email"]?.isEmpty == false)
        }
    }

    @Test func credentialsAreRequiredPerAuthScheme() async throws {
        try await withSandbox { sandbox in
            let json = ["Content-Type": "application/json"]
            let body = Data(#"{"name": "Gaurav Kumar"}"#.utf8)
            let missing = try await sandbox.send("POST", "/razorpay/v1/contacts", headers: json, body: body)
            #expect(missing.status == 401)
            let error = try #require(try jsonObject(missing.body)["error"] as? [String: Any])
            #expect(error["description"] as? String == "Authentication failed")
            // A bearer token where Razorpay takes basic credentials.
            var bearer = json
            bearer["Authorization"] = TestCredentials.bearer
            #expect(try await sandbox.send("POST", "/razorpay/v1/contacts", headers: bearer, body: body).status == 401)

            let payArc = try await sandbox.send("POST", "/payarc/v1/customers", body: Data("name=x".utf8))
            #expect(payArc.status == 401)
            let response = PayArc.CreateCustomerResponse(status: payArc.status, headers: [:], body: payArc.body)
            guard case .unauthorized(.authenticationError(let refusal), _) = response else {
                Issue.record("expected PayArc's 401 body, got \(response.raw.text ?? "")")
                return
            }
            #expect(refusal.error == "Unauthenticated.")
            var empty = json
            empty["Authorization"] = "Bearer "
            #expect(try await sandbox.send("PUT", "/jetpay/contact", headers: empty, body: body).status == 401)
        }
    }

    @Test func unknownPathsAndMethodsAreRefused() async throws {
        try await withSandbox { sandbox in
            #expect(try await sandbox.send("GET", "/nowhere").status == 404)
            let unknown = try await sandbox.send("POST", "/razorpay/v1/payouts", headers: Self.razorpayHeaders)
            #expect(unknown.status == 404)
            #expect(try jsonObject(unknown.body)["error"] != nil)
            let wrongMethod = try await sandbox.send("PUT", "/razorpay/v1/contacts", headers: Self.razorpayHeaders)
            #expect(wrongMethod.status == 405)
            let allowed = Set(
                (wrongMethod.headers["allow"] ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            )
            #expect(allowed == ["GET", "POST"])
            let jetpay = try await sandbox.send("POST", "/jetpay/contact")
            #expect(jetpay.status == 405)
            #expect(jetpay.headers["allow"] == "PUT")
        }
    }
}
