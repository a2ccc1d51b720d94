import Foundation
import ProviderRuntime
import Razorpay
import Testing

/// What Razorpay really sends to "Create a Contact", by status class: bodies written from its API
/// reference, its "Errors" pages (SERVER_ERROR, GATEWAY_ERROR, the common error object), its rate
/// limiting note (429) and what its SDKs' fixtures show (`"notes": []` from the PHP backend).
@Suite struct RazorpayResponseTests {
    typealias Response = Razorpay.CreateContactResponse

    func read(_ status: Int, _ body: String, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: fields(headers), body: utf8(body))
    }

    func decodedContact(_ response: Response, sourceLocation: SourceLocation = #_sourceLocation) -> Razorpay.Contact? {
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok with a contact, got \(response)", sourceLocation: sourceLocation)
            return nil
        }
        return contact
    }

    func errorDetail(_ content: ResponseContent<Razorpay.ErrorResponse>) -> Razorpay.ErrorDetail? {
        content.model?.error
    }

    // MARK: Success

    @Test func contactWithoutNotesArrivesAsAnEmptyArray() throws {
        let body = """
            {"id":"cont_00HjGh1","entity":"contact","name":"Gaurav Kumar","contact":"9123456789",
             "email":"gaurav.kumar@example.com","type":"employee","reference_id":"Acme Contact ID 12345",
             "batch_id":null,"active":true,"notes":[],"created_at":1545320320}
            """
        let contact = try #require(decodedContact(read(200, body)))
        #expect(contact.id == "cont_00HjGh1")
        #expect(contact.notes == [:])
        #expect(contact.type == .employee)
        #expect(contact.batchId == nil)
        // The tolerated `[]` is written back as the documented `{}`; nothing else changes.
        try expectSameJSON(JSONBody.encode(contact), utf8(body.replacingOccurrences(of: "[]", with: "{}")))
    }

    @Test func fiveSuccessBodies() throws {
        let vendor = try #require(
            decodedContact(
                read(
                    200,
                    """
                    {"id":"cont_00000000000002","entity":"contact","name":"Acme Supplies","contact":null,
                     "email":"billing@acme.example","type":"vendor","reference_id":null,
                     "batch_id":"batch_00000000000001","active":true,"notes":{"gstin":"29ABCDE1234F1Z5"},
                     "created_at":1700000000}
                    """
                )
            )
        )
        #expect(vendor.type == .vendor)
        #expect(vendor.contact == nil)
        #expect(vendor.batchId == "batch_00000000000001")
        #expect(vendor.notes == ["gstin": "29ABCDE1234F1Z5"])

        let business = try #require(
            decodedContact(
                read(
                    200,
                    """
                    {"id":"cont_3","entity":"contact","name":"Acme Corp","contact":"9000090000","email":null,
                     "type":"self","reference_id":"own-account","batch_id":null,"active":false,"notes":[],
                     "created_at":1545320320}
                    """
                )
            )
        )
        #expect(business.type == .selfContact)
        #expect(business.active == false)
        #expect(business.email == nil)

        let dashboardType = try #require(
            decodedContact(
                read(
                    200,
                    """
                    {"id":"cont_4","entity":"contact","name":"Priya Sharma","contact":"9876543210",
                     "email":"priya@example.com","type":"contractor","reference_id":"C-42","batch_id":null,
                     "active":true,"notes":{"team":"design"},"created_at":1609459200}
                    """
                )
            )
        )
        #expect(dashboardType.type?.rawValue == "contractor")
        #expect(dashboardType.type?.isKnown == false)
        #expect(dashboardType.createdAt == utcDate(2021, 1, 1))

        // Keys the schema does not list (a newer API version's) are ignored.
        let extraKeys = try #require(
            decodedContact(
                read(
                    200,
                    """
                    {"id":"cont_5","entity":"contact","name":"Rahul Verma","contact":null,"email":null,
                     "type":"customer","reference_id":null,"batch_id":null,"active":true,"notes":{},
                     "created_at":1545320320,"fund_accounts":[],"updated_at":1545320400}
                    """
                )
            )
        )
        #expect(extraKeys.type == .customer)
        #expect(extraKeys.notes.isEmpty)

        // The existing contact returned for a repeated create: the same body, same status.
        let existing = try #require(decodedContact(read(200, RazorpayTests.seedResponseJSON)))
        #expect(existing.id == "cont_00000000000001")
        #expect(existing.notes.count == 2)
    }

    // MARK: Client errors

    @Test func fiveClientErrorBodies() throws {
        let missingName = read(
            400,
            #"{"error":{"code":"BAD_REQUEST_ERROR","description":"The name field is required.","source":"business","step":"NA","reason":"input_validation_failed","metadata":{},"field":"name"}}"#
        )
        guard case .clientError(let content, let raw) = missingName else {
            Issue.record("expected .clientError, got \(missingName)")
            return
        }
        #expect(raw.status == 400)
        #expect(errorDetail(content)?.description == "The name field is required.")
        #expect(errorDetail(content)?.field == "name")
        #expect(errorDetail(content)?.reason == "input_validation_failed")

        let badType = read(
            400,
            #"{"error":{"code":"BAD_REQUEST_ERROR","description":"Invalid type: contact_typeA","field":"type"}}"#
        )
        guard case .clientError(let typeContent, _) = badType else {
            Issue.record("expected .clientError, got \(badType)")
            return
        }
        #expect(errorDetail(typeContent)?.description == "Invalid type: contact_typeA")
        #expect(errorDetail(typeContent)?.field == "type")

        let badKey = read(
            401,
            #"{"error":{"code":"BAD_REQUEST_ERROR","description":"The api key provided is invalid","source":"NA","step":"NA","reason":"NA","metadata":{}}}"#
        )
        guard case .clientError(let keyContent, let keyRaw) = badKey else {
            Issue.record("expected .clientError, got \(badKey)")
            return
        }
        #expect(keyRaw.status == 401)
        #expect(errorDetail(keyContent)?.source == "NA")
        #expect(errorDetail(keyContent)?.metadata == .object([:]))

        let notFound = read(
            404,
            #"{"error":{"code":"BAD_REQUEST_ERROR","description":"The requested URL was not found on the server."}}"#
        )
        guard case .clientError(let notFoundContent, _) = notFound else {
            Issue.record("expected .clientError, got \(notFound)")
            return
        }
        #expect(errorDetail(notFoundContent)?.code == "BAD_REQUEST_ERROR")
        #expect(notFound.status == 404)

        let rateLimited = read(
            429,
            #"{"error":{"code":"BAD_REQUEST_ERROR","description":"Too many requests","reason":"rate_limit_exceeded"}}"#,
            headers: [("Retry-After", "2")]
        )
        guard case .tooManyRequests(let limitContent, _) = rateLimited else {
            Issue.record("expected .tooManyRequests, got \(rateLimited)")
            return
        }
        #expect(errorDetail(limitContent)?.description == "Too many requests")
        #expect(rateLimited.retryAfter == .seconds(2))
    }

    // MARK: Server errors

    @Test func fiveServerErrorBodies() {
        let cases: [(status: Int, code: String, description: String)] = [
            (500, "SERVER_ERROR", "The server encountered an error. The incident has been reported to admins."),
            (502, "GATEWAY_ERROR", "Payment processing failed due to error at bank or wallet gateway"),
            (
                503, "SERVER_ERROR",
                "We are facing some trouble completing your request at the moment. Please try again shortly."
            ),
            (504, "GATEWAY_ERROR", "Request timed out at the gateway"),
            (500, "SERVER_ERROR", "Something went wrong, please try again after sometime."),
        ]
        for (status, code, description) in cases {
            let body =
                #"{"error":{"code":""# + code + #"","description":""# + description
                + #"","source":"internal","step":"NA","reason":"server_error","metadata":{},"field":null}}"#
            let response = read(status, body)
            guard case .serverError(.decoded(let error), let raw) = response else {
                Issue.record("expected .serverError, got \(response)")
                continue
            }
            #expect(raw.status == status)
            #expect(error.error.code == code)
            #expect(error.error.description == description)
            #expect(error.error.field == nil)
            #expect(response.mismatches.isEmpty)
        }
    }

    // MARK: Empty bodies

    @Test func emptyBodiesKeepTheirStatusCase() {
        let rateLimited = read(429, "", headers: [("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")])
        guard case .tooManyRequests(.unmatched(let errors), let raw) = rateLimited else {
            Issue.record("expected .tooManyRequests(.unmatched), got \(rateLimited)")
            return
        }
        #expect(raw.body.isEmpty)
        #expect(errors.map(\.description) == ["status 429: not valid JSON: the body is empty"])
        #expect(rateLimited.retryAfter == .date(Date(timeIntervalSince1970: 1_792_567_680)))

        let expectations: [(Int, (Response) -> Bool)] = [
            (200, { if case .ok(.unmatched, _) = $0 { true } else { false } }),
            (400, { if case .clientError(.unmatched, _) = $0 { true } else { false } }),
            (500, { if case .serverError(.unmatched, _) = $0 { true } else { false } }),
            (503, { if case .serverError(.unmatched, _) = $0 { true } else { false } }),
        ]
        for (status, isExpectedCase) in expectations {
            let response = read(status, "")
            #expect(isExpectedCase(response), "\(status): \(response)")
            #expect(response.status == status)
            #expect(response.mismatches.first?.message == "not valid JSON: the body is empty")
        }
    }

    // MARK: Unexpected shapes

    @Test func unexpectedShapesSayWhatDidNotMatch() {
        let cases: [(status: Int, body: String, path: String, message: String?)] = [
            // The load balancer's page in front of the API.
            (502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "", nil),
            // An error object where a contact was expected.
            (200, #"{"error":{"code":"SERVER_ERROR","description":"x"}}"#, "id", "missing required field"),
            // A bare message without the error envelope.
            (400, #"{"message":"no envelope"}"#, "error", "missing required field"),
            // The error as a string instead of an object.
            (429, #"{"error":"rate limited"}"#, "error", "expected an object, found a string"),
            // Notes as a non-empty array: only [] is tolerated.
            (
                200,
                RazorpayTests.seedResponseJSON.replacingOccurrences(
                    of: "\"notes\": {",
                    with: "\"notes\": [1], \"x\": {"
                ),
                "notes", "expected an object, found an array"
            ),
        ]
        for (status, body, path, message) in cases {
            let response = read(status, body)
            #expect(response.status == status)
            #expect(response.raw.text == body)
            let mismatch = response.mismatches.first
            #expect(mismatch?.status == status, "\(response)")
            #expect(mismatch?.fieldPath == path, "\(String(describing: mismatch))")
            if let message {
                #expect(mismatch?.message == message)
            } else {
                #expect(mismatch?.message.hasPrefix("not valid JSON") == true)
            }
        }
    }

    // MARK: Round trip

    @Test func absentKeysStayAbsentWhenEncodedAgain() throws {
        // A contact as embedded elsewhere: no batch_id and no active.
        let body =
            #"{"id":"cont_6","entity":"contact","name":"Gaurav Kumar","contact":null,"email":null,"type":null,"reference_id":null,"notes":{},"created_at":1545320320}"#
        var contact = try #require(decodedContact(read(200, body)))
        #expect(contact.active == true, "the default applies on read")
        #expect(contact.batchId == nil)
        try expectSameJSON(JSONBody.encode(contact), utf8(body))
        // Equality ignores where a value came from.
        #expect(
            contact
                == Razorpay.Contact(
                    id: "cont_6",
                    entity: "contact",
                    name: "Gaurav Kumar",
                    notes: [:],
                    createdAt: Date(timeIntervalSince1970: 1_545_320_320)
                )
        )
        // A value the caller sets is written.
        contact.active = false
        contact.batchId = "batch_1"
        let written = try jsonValue(JSONBody.encode(contact))
        #expect(written["active"] == false)
        #expect(written["batch_id"] == "batch_1")
        // A model built in code writes every documented key.
        let built = try jsonValue(
            JSONBody.encode(
                Razorpay.Contact(
                    id: "c",
                    entity: "contact",
                    name: "n",
                    notes: [:],
                    createdAt: Date(timeIntervalSince1970: 0)
                )
            )
        )
        #expect(built["active"] == true)
        #expect(built["batch_id"] == .null)
    }
}
