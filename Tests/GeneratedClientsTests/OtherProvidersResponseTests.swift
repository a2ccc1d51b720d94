import Foundation
import Jetpay
import Koywe
import PIK
@_spi(Generated) import ProviderRuntime
import Testing

/// Jetpay, Koywe and PIK document a few exact statuses and the rest of 4XX and 5XX as ranges; these
/// bodies, by status class, pin what each status becomes: a documented status or range keeps its
/// case whatever its body, an undocumented status is `.undocumented`, each with every byte and
/// header kept.
@Suite struct OtherProvidersResponseTests {
    /// Server and gateway bodies seen in front of any of these APIs: an API gateway's JSON, a
    /// NestJS error (Koywe's framework answers `{"statusCode": …}`), proxy HTML, plain text.
    static let serverErrors: [(Int, String)] = [
        (500, #"{"message":"Internal server error"}"#),
        (502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
        (503, #"{"statusCode":503,"message":"Service Unavailable"}"#),
        (504, #"{"message":"Endpoint request timed out"}"#),
        (500, "upstream connect error or disconnect/reset before headers"),
    ]

    func expectRawKept(
        _ raw: RawResponse?,
        _ status: Int,
        _ body: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(raw?.status == status, sourceLocation: sourceLocation)
        #expect(raw?.text == body, sourceLocation: sourceLocation)
        #expect(raw?.headerText("X-Request-Id") == "req_42", sourceLocation: sourceLocation)
    }

    // MARK: Jetpay (200, 409)

    func jetpay(_ status: Int, _ body: String) -> Jetpay.CreateContactResponse {
        Jetpay.CreateContactResponse(status: status, headers: fields([("X-Request-Id", "req_42")]), body: utf8(body))
    }

    @Test func jetpaySuccess() {
        let bodies: [(String, String, Jetpay.ContactType, Jetpay.Language, [String])] = [
            (JetpayTests.seedResponseJSON, "contact_123", .customer, .en, []),
            (
                #"{"identifier":"contact_124","email":"a@b.example","name":"Ana","tags":["vip"],"contact_type":"supplier","language":"fr"}"#,
                "contact_124", .supplier, .fr, ["vip"]
            ),
            (
                #"{"identifier":"contact_125","email":"c@d.example","name":"Chloé Martin","tags":["north-america","net-30"],"contact_type":"customer","language":"en"}"#,
                "contact_125", .customer, .en, ["north-america", "net-30"]
            ),
            (
                #"{"identifier":"contact_126","email":"e@f.example","name":"Eve","tags":[],"contact_type":"partner","language":"en"}"#,
                "contact_126", "partner", .en, []
            ),
            (
                #"{"identifier":"contact_127","email":"g@h.example","name":"Gus","tags":[],"contact_type":"supplier","language":"fr","created":"2024-01-01"}"#,
                "contact_127", .supplier, .fr, []
            ),
        ]
        for (body, identifier, type, language, tags) in bodies {
            guard case .ok(.decoded(let contact), _) = jetpay(200, body) else {
                Issue.record("expected .ok for \(identifier)")
                continue
            }
            #expect(contact.identifier == identifier)
            #expect(contact.contactType == type)
            #expect(contact.language == language)
            #expect(contact.tags.map(\.rawValue) == tags)
        }
    }

    @Test func jetpayClientErrors() {
        for message in ["A contact with the same email address has already been created.", "Duplicate contact"] {
            let response = jetpay(409, #"{"message":""# + message + #""}"#)
            #expect(response == .conflict(.decoded(Jetpay.ErrorMessage(message: message)), raw: response.raw))
        }
        for (status, message) in [(400, "email is invalid"), (401, "Unauthorized")] {
            let body = #"{"message":""# + message + #""}"#
            let response = jetpay(status, body)
            #expect(response == .clientError(.decoded(Jetpay.ErrorMessage(message: message)), raw: response.raw))
            expectRawKept(response.raw, status, body)
        }
        // A 422 in another framework's shape is still the documented 422, unmatched.
        let laravel = #"{"errors":{"email":["is required"]}}"#
        let refused = jetpay(422, laravel)
        #expect({ if case .unprocessableContent(.unmatched, _) = refused { true } else { false } }())
        expectRawKept(refused.raw, 422, laravel)
    }

    @Test func jetpayServerErrors() {
        for (status, body) in Self.serverErrors {
            guard case .serverError(_, let raw) = jetpay(status, body) else {
                Issue.record("expected .serverError for \(status)")
                continue
            }
            expectRawKept(raw, status, body)
        }
    }

    @Test func jetpayEmptyBodies() {
        let ok = jetpay(200, "")
        #expect({ if case .ok(.unmatched, _) = ok { true } else { false } }())
        let conflict = jetpay(409, "")
        #expect({ if case .conflict(.unmatched, _) = conflict { true } else { false } }())
        for response in [ok, conflict] {
            #expect(response.mismatches.map(\.message) == ["not valid JSON: the body is empty"])
        }
        guard case .undocumented(let raw) = jetpay(204, "") else {
            Issue.record("expected .undocumented for an empty 204")
            return
        }
        expectRawKept(raw, 204, "")
        for status in [500, 503] {
            guard case .serverError(.unmatched, let raw) = jetpay(status, "") else {
                Issue.record("expected .serverError(.unmatched) for an empty \(status)")
                continue
            }
            expectRawKept(raw, status, "")
        }
    }

    @Test func jetpayUnexpectedShapes() {
        let cases: [(Int, String, String)] = [
            (200, "<html>maintenance</html>", ""),
            (200, #"{"error":"contact not created"}"#, "identifier"),
            (200, "[]", ""),
            (409, #"{"error":"duplicate"}"#, "message"),
            (409, #"{"message":5}"#, "message"),
        ]
        for (status, body, path) in cases {
            let response = jetpay(status, body)
            #expect(response.status == status)
            #expect(response.mismatches.map(\.fieldPath) == [path], "\(response)")
            #expect(response.raw.text == body)
        }
    }

    // MARK: Koywe (2XX)

    func koywe(_ status: Int, _ body: String) -> Koywe.CreateContactResponse {
        Koywe.CreateContactResponse(status: status, headers: fields([("X-Request-Id", "req_42")]), body: utf8(body))
    }

    @Test func koyweSuccess() {
        let bodies: [(Int, String, String, Koywe.BusinessType?)] = [
            (201, KoyweTests.contactJSON, "cnt_01HZX", .person),
            (200, #"{"id":"cnt_2"}"#, "cnt_2", nil),
            (
                201,
                #"{"id":"cnt_3","countrySymbol":"MX","businessType":"COMPANY","firstName":"Acme","lastName":null}"#,
                "cnt_3", .company
            ),
            (
                202, #"{"id":"cnt_4","countrySymbol":"CL","businessType":"NON_PROFIT","email":null}"#, "cnt_4",
                .nonProfit
            ),
            (
                201, #"{"id":"cnt_5","countrySymbol":"BR","businessType":"GOVERNMENT","tags":["ignored"]}"#, "cnt_5",
                .government
            ),
        ]
        for (status, body, id, businessType) in bodies {
            guard case .success(.decoded(let contact), let raw) = koywe(status, body) else {
                Issue.record("expected .success for \(id)")
                continue
            }
            #expect(raw.status == status)
            #expect(contact.id == id)
            #expect(contact.businessType == businessType)
        }
    }

    @Test func koyweClientErrors() {
        let bodies: [(Int, String)] = [
            (
                400,
                #"{"statusCode":400,"message":["countrySymbol must be one of the following values: AR, CL, BR, CO, MX, PE, US"],"error":"Bad Request"}"#
            ),
            (401, #"{"statusCode":401,"message":"Unauthorized"}"#),
            (403, #"{"statusCode":403,"message":"Forbidden resource","error":"Forbidden"}"#),
            (404, #"{"statusCode":404,"message":"Merchant not found","error":"Not Found"}"#),
            (409, #"{"statusCode":409,"message":"Contact already exists","error":"Conflict"}"#),
        ]
        // NestJS's own shape lacks the guide's `errorCode`: still a client error, unmatched.
        for (status, body) in bodies {
            guard case .clientError(.unmatched, let raw) = koywe(status, body) else {
                Issue.record("expected .clientError(.unmatched) for \(status)")
                continue
            }
            expectRawKept(raw, status, body)
        }
    }

    @Test func koyweServerErrors() {
        for (status, body) in Self.serverErrors {
            guard case .serverError(_, let raw) = koywe(status, body) else {
                Issue.record("expected .serverError for \(status)")
                continue
            }
            expectRawKept(raw, status, body)
        }
    }

    @Test func koyweEmptyBodies() {
        for status in [200, 201, 204] {
            let response = koywe(status, "")
            guard case .success(.unmatched(let errors), let raw) = response else {
                Issue.record("expected .success(.unmatched) for an empty \(status)")
                continue
            }
            #expect(raw.status == status)
            #expect(errors.map(\.message) == ["not valid JSON: the body is empty"])
        }
        let unauthorized = koywe(401, "")
        #expect({ if case .clientError(.unmatched, _) = unauthorized { true } else { false } }())
        expectRawKept(unauthorized.raw, 401, "")
        let failed = koywe(500, "")
        #expect({ if case .serverError(.unmatched, _) = failed { true } else { false } }())
        expectRawKept(failed.raw, 500, "")
    }

    @Test func koyweUnexpectedShapes() {
        let cases: [(Int, String, String)] = [
            (201, #"{"data":{"id":"cnt_1"}}"#, "id"),
            (201, #"{"id":7}"#, "id"),
            (201, #"{"id":"cnt_1","businessType":"person"}"#, "businessType"),
            (200, "<html>Bad gateway</html>", ""),
            (201, #"{"id":"cnt_1","createdAt":"yesterday"}"#, "createdAt"),
        ]
        for (status, body, path) in cases {
            let response = koywe(status, body)
            #expect(response.mismatches.map(\.fieldPath) == [path], "\(response)")
            #expect(response.raw.text == body)
        }
    }

    // MARK: PIK (200, 404, 500)

    func pik(_ status: Int, _ body: String) -> PIK.CreateContactResponse {
        PIK.CreateContactResponse(status: status, headers: fields([("X-Request-Id", "req_42")]), body: utf8(body))
    }

    @Test func pikSuccess() {
        let bodies: [(String, String?, Bool?)] = [
            (PIKTests.seedResponseJSON, "string", false),
            (#"{"code":200,"message":"success","data":{"contactCode":"C-0001","isFrequent":1}}"#, "C-0001", true),
            (
                #"{"code":200,"message":"success","data":{"contactCode":"C-0002","isFrequent":0,"firstName":"Max"}}"#,
                "C-0002", false
            ),
            (#"{"code":200,"message":"success","data":{"contactCode":"C-0003","isFrequent":true}}"#, "C-0003", true),
            (#"{"code":200,"message":"ok","data":{}}"#, nil, nil),
        ]
        for (body, code, frequent) in bodies {
            guard case .ok(.decoded(let enveloped), _) = pik(200, body) else {
                Issue.record("expected .ok for \(String(describing: code))")
                continue
            }
            #expect(enveloped.envelope.code == 200)
            #expect(enveloped.payload.contactCode == code)
            #expect(enveloped.payload.isFrequent == frequent)
        }
    }

    @Test func pikClientErrors() {
        for message in ["contact not found", "merchant not found"] {
            let response = pik(404, #"{"code":404,"message":""# + message + #"","data":null}"#)
            #expect(
                response
                    == .notFound(
                        .decoded(PIK.ErrorResponse(code: 404, message: message, data: nil)),
                        raw: response.raw
                    )
            )
        }
        for (status, body) in [
            (400, #"{"code":400,"message":"contactCode is required"}"#),
            (401, #"{"code":401,"message":"token expired"}"#),
            (429, #"{"code":429,"message":"too many requests"}"#),
        ] {
            guard case .clientError(.decoded(let error), let raw) = pik(status, body) else {
                Issue.record("expected a decoded .clientError for \(status)")
                continue
            }
            #expect(error.code == status)
            expectRawKept(raw, status, body)
        }
    }

    @Test func pikServerErrors() {
        let documented = pik(500, #"{"code":500,"message":"internal error"}"#)
        #expect(
            documented
                == .internalServerError(
                    .decoded(PIK.ErrorResponse(code: 500, message: "internal error")),
                    raw: documented.raw
                )
        )
        for (status, body) in Self.serverErrors {
            let response = pik(status, body)
            if status == 500 {
                // The 500 is documented: a body of another shape is still that case.
                guard case .internalServerError(.unmatched, let raw) = response else {
                    Issue.record("expected .internalServerError(.unmatched), got \(response)")
                    continue
                }
                expectRawKept(raw, status, body)
            } else {
                guard case .serverError(_, let raw) = response else {
                    Issue.record("expected .serverError for \(status)")
                    continue
                }
                expectRawKept(raw, status, body)
            }
        }
    }

    @Test func pikEmptyBodies() {
        let documented: [(Int, (PIK.CreateContactResponse) -> Bool)] = [
            (200, { if case .ok(.unmatched, _) = $0 { true } else { false } }),
            (404, { if case .notFound(.unmatched, _) = $0 { true } else { false } }),
            (500, { if case .internalServerError(.unmatched, _) = $0 { true } else { false } }),
        ]
        for (status, isExpectedCase) in documented {
            let response = pik(status, "")
            #expect(isExpectedCase(response), "\(status): \(response)")
            #expect(response.mismatches.map(\.message) == ["not valid JSON: the body is empty"])
        }
        let unauthorized = pik(401, "")
        #expect({ if case .clientError(.unmatched, _) = unauthorized { true } else { false } }())
        expectRawKept(unauthorized.raw, 401, "")
        let unavailable = pik(503, "")
        #expect({ if case .serverError(.unmatched, _) = unavailable { true } else { false } }())
        expectRawKept(unavailable.raw, 503, "")
    }

    @Test func pikUnexpectedShapes() {
        let cases: [(Int, String, String)] = [
            (200, #"{"code":200,"message":"success"}"#, "data"),
            (200, #"{"data":{}}"#, "code"),
            (200, #"{"code":200,"message":"success","data":{"isFrequent":2}}"#, "data.isFrequent"),
            (404, #"{"code":"404","message":"x"}"#, "code"),
            (404, "Not Found", ""),
        ]
        for (status, body, path) in cases {
            let response = pik(status, body)
            #expect(response.mismatches.map(\.fieldPath) == [path], "\(response)")
            #expect(response.raw.text == body)
        }
    }
}
