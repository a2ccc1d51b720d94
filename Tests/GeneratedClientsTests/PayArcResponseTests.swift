import Foundation
import PayArc
@_spi(Generated) import ProviderRuntime
import Testing

/// What PayArc really sends to "Create Customer", by status class: bodies written from its guide,
/// its TypeScript SDK's error handling (`message`, `errors`, `exception`) and the Go client
/// Lendiom/go-payarc's mock-server fixtures (409 declines, 422 Laravel validation, 500 messages,
/// a 502 HTML page).
@Suite struct PayArcResponseTests {
    typealias Response = PayArc.CreateCustomerResponse

    func read(_ status: Int, _ body: String, headers: [(String, String)] = []) -> Response {
        Response(status: status, headers: fields(headers), body: utf8(body))
    }

    /// The seed with some fields replaced, as another customer would come back.
    func customerJSON(_ replacements: [(String, String)]) -> String {
        var body = PayArcTests.seedResponseJSON
        for (old, new) in replacements {
            #expect(body.contains(old), "the seed does not contain \(old)")
            body = body.replacingOccurrences(of: old, with: new)
        }
        return body
    }

    func message(_ content: ResponseContent<PayArc.ErrorMessage>) -> String? {
        content.model?.message
    }

    // MARK: Success

    @Test func createAnswers201AndItIsTyped() throws {
        let response = read(201, PayArcTests.seedResponseJSON)
        guard case .created(.decoded(let created), let raw) = response else {
            Issue.record("expected .created, got \(response)")
            return
        }
        #expect(raw.status == 201)
        #expect(created.payload.id == "KPxMADVnxMV4nNjp")
        #expect(created.payload.realId == 110)
        #expect(created.envelope.meta.include == ["card", "charge", "subscription", "invoice"])
        try expectSameJSON(
            ResponseBody.encodeEnveloped(created.payload, at: "data", envelope: created.envelope),
            utf8(PayArcTests.seedResponseJSON)
        )
    }

    @Test func fiveSuccessBodies() throws {
        let emailOnly = customerJSON([
            ("\"name\": \"John Smith\"", "\"name\": null"),
            ("\"id\": \"KPxMADVnxMV4nNjp\"", "\"id\": \"MnxK4Vj9Jd2A0pPq\""),
            ("\"address_1\": \"103 Mason Street\"", "\"address_1\": null"), ("\"real_id\": 110", "\"real_id\": 111"),
        ])
        guard case .created(.decoded(let minimal), _) = read(201, emailOnly) else {
            Issue.record("expected .created for the guide's email-only customer")
            return
        }
        #expect(minimal.payload.id == "MnxK4Vj9Jd2A0pPq")
        #expect(minimal.payload.name == nil)
        #expect(minimal.payload.address1 == nil)
        #expect(minimal.payload.realId == 111)

        let withCard = customerJSON([
            (
                "\"card\": {\n\"data\": []",
                "\"card\": {\n\"data\": [{\"object\":\"Card\",\"id\":\"1a2b3c\",\"last4digit\":\"1111\",\"is_default\":1}]"
            )
        ])
        guard case .created(.decoded(let carded), _) = read(201, withCard) else {
            Issue.record("expected .created for a customer with a card")
            return
        }
        #expect(carded.payload.card.data.first?["last4digit"] == "1111")

        guard case .ok(.decoded(let seed), _) = read(200, PayArcTests.seedResponseJSON) else {
            Issue.record("expected .ok for the guide's 200")
            return
        }
        #expect(seed.payload.invoicePrefix == "52KZ")

        let overdue = customerJSON([("\"payment_overdue\": null", "\"payment_overdue\": {\"amount\": 25.5}")])
        guard case .created(.decoded(let owing), _) = read(201, overdue) else {
            Issue.record("expected .created for a customer with an overdue payment")
            return
        }
        #expect(owing.payload.paymentOverdue?["amount"] == .number(Decimal(string: "25.5")!))

        let later = customerJSON([
            ("\"updated_at\": \"2018-11-27 07:36:58\"", "\"updated_at\": \"2019-01-02 03:04:05\""),
            ("\"readable_updated_at\": \"1 second ago\"", "\"readable_updated_at\": \"1 month ago\""),
        ])
        guard case .created(.decoded(let updated), _) = read(201, later) else {
            Issue.record("expected .created for a later-updated customer")
            return
        }
        #expect(updated.payload.updatedAt == utcDate(2019, 1, 2, 3, 4, 5))
        #expect(updated.payload.readableUpdatedAt == "1 month ago")
    }

    // MARK: Client errors

    @Test func fiveClientErrorBodies() {
        let badToken = read(401, #"{"error":"Unauthenticated."}"#)
        #expect(
            badToken
                == .unauthorized(
                    .authenticationError(PayArc.AuthenticationError(error: "Unauthenticated.")),
                    raw: badToken.raw
                )
        )

        let laravelGuard = read(401, #"{"message":"Unauthenticated."}"#)
        #expect(
            laravelGuard
                == .unauthorized(.errorMessage(PayArc.ErrorMessage(message: "Unauthenticated.")), raw: laravelGuard.raw)
        )

        let notFound = read(404, #"{"message":"Customer not found."}"#)
        guard case .notFound(let notFoundContent, _) = notFound else {
            Issue.record("expected .notFound, got \(notFound)")
            return
        }
        #expect(message(notFoundContent) == "Customer not found.")

        let declined = read(409, #"{"message":"Do not honor"}"#)
        guard case .conflict(let declineContent, _) = declined else {
            Issue.record("expected .conflict, got \(declined)")
            return
        }
        #expect(message(declineContent) == "Do not honor")

        let invalid = read(
            422,
            #"{"message":"The given data was invalid.","errors":{"email":["The email must be a valid email address."],"zip":["The zip may not be greater than 10 characters.","The zip format is invalid."]}}"#
        )
        guard case .unprocessableContent(.validationError(let validation), _) = invalid else {
            Issue.record("expected .unprocessableContent(.validationError), got \(invalid)")
            return
        }
        #expect(validation.message == "The given data was invalid.")
        #expect(validation.errors["email"] == ["The email must be a valid email address."])
        #expect(validation.errors["zip"]?.count == 2)

        // A 422 without `errors` falls through to the next shape.
        let plain422 = read(422, #"{"message":"The customer could not be created."}"#)
        #expect(
            plain422
                == .unprocessableContent(
                    .errorMessage(PayArc.ErrorMessage(message: "The customer could not be created.")),
                    raw: plain422.raw
                )
        )

        let throttled = read(
            429,
            #"{"message":"Too Many Attempts."}"#,
            headers: [("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "0"), ("Retry-After", "37")]
        )
        guard case .tooManyRequests(let throttleContent, _) = throttled else {
            Issue.record("expected .tooManyRequests, got \(throttled)")
            return
        }
        #expect(message(throttleContent) == "Too Many Attempts.")
        #expect(throttled.rateLimit == 60)
        #expect(throttled.rateLimitRemaining == 0)
        #expect(throttled.retryAfter == .seconds(37))
        #expect(throttled.headers[HTTPField.Name("x-ratelimit-limit")!] == "60")
    }

    // MARK: Server errors

    @Test func fiveServerErrorBodies() {
        let messages: [(Int, String, String?)] = [
            (500, #"{"message":"Server Error"}"#, nil),
            (500, #"{"message":"Some New Failure Mode"}"#, nil),
            (503, #"{"message":"Service Unavailable"}"#, nil),
            (
                500,
                #"{"message":"SQLSTATE[HY000] [2002] Connection refused","exception":"Illuminate\\Database\\QueryException"}"#,
                #"Illuminate\Database\QueryException"#
            ),
            (504, #"{"message":"Gateway Timeout"}"#, nil),
        ]
        for (status, body, exception) in messages {
            let response = read(status, body)
            guard case .serverError(.decoded(let error), let raw) = response else {
                Issue.record("expected .serverError, got \(response)")
                continue
            }
            #expect(raw.status == status)
            #expect(!error.message.isEmpty)
            #expect(error.exception == exception)
            #expect(response.mismatches.isEmpty)
        }
    }

    // MARK: Empty bodies

    @Test func emptyBodiesKeepTheirStatusCase() {
        let throttled = read(429, "", headers: [("Retry-After", "60"), ("X-RateLimit-Remaining", "0")])
        guard case .tooManyRequests(.unmatched(let errors), _) = throttled else {
            Issue.record("expected .tooManyRequests(.unmatched), got \(throttled)")
            return
        }
        #expect(errors.first?.message == "not valid JSON: the body is empty")
        #expect(throttled.retryAfter == .seconds(60))
        #expect(throttled.rateLimitRemaining == 0)
        #expect(throttled.rateLimit == nil)

        let expectations: [(Int, (Response) -> Bool, Int)] = [
            (201, { if case .created(.unmatched, _) = $0 { true } else { false } }, 1),
            (401, { if case .unauthorized(.unmatched, _) = $0 { true } else { false } }, 2),
            (422, { if case .unprocessableContent(.unmatched, _) = $0 { true } else { false } }, 2),
            (500, { if case .serverError(.unmatched, _) = $0 { true } else { false } }, 1),
        ]
        for (status, isExpectedCase, shapes) in expectations {
            let response = read(status, "")
            #expect(isExpectedCase(response), "\(status): \(response)")
            #expect(response.mismatches.count == shapes, "one mismatch per shape tried")
            #expect(response.mismatches.allSatisfy { $0.message == "not valid JSON: the body is empty" })
        }
    }

    // MARK: Unexpected shapes

    @Test func unexpectedShapesSayWhatDidNotMatch() {
        let proxyPage = read(502, "<html><body>502 Bad Gateway</body></html>")
        guard case .serverError(.unmatched(let errors), let raw) = proxyPage else {
            Issue.record("expected .serverError(.unmatched), got \(proxyPage)")
            return
        }
        #expect(raw.text == "<html><body>502 Bad Gateway</body></html>")
        #expect(errors.first?.message.hasPrefix("not valid JSON") == true)

        let cases: [(status: Int, body: String, paths: [String])] = [
            (201, #"{"meta":{"include":[],"custom":[]}}"#, ["data"]),
            (409, #"{"msg":"Do not honor"}"#, ["message"]),
            (401, #"{"error":{"code":401}}"#, ["error", "message"]),
            (404, "[]", [""]),
        ]
        for (status, body, paths) in cases {
            let response = read(status, body)
            #expect(response.status == status)
            #expect(response.mismatches.map(\.fieldPath) == paths, "\(response)")
            #expect(response.mismatches.allSatisfy { $0.status == status })
        }
        // A 422 whose `errors` is not a map: the validation shape fails at `errors`, the message shape fits.
        let oddValidation = read(422, #"{"message":"Invalid.","errors":"zip"}"#)
        #expect(
            oddValidation
                == .unprocessableContent(
                    .errorMessage(PayArc.ErrorMessage(message: "Invalid.")),
                    raw: oddValidation.raw
                )
        )
    }
}
