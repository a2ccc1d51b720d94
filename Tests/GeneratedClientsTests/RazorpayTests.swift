import Foundation
import ProviderRuntime
import Razorpay
import Testing

/// Razorpay (RazorpayX) "Create a Contact": seed 003, schemas/razorpay.yaml.
@Suite struct RazorpayTests {
    static let key = "rzp_test_1DP5mmOlF5G5ag"
    static let secret = "thisIsTheKeySecret42"
    let client = Razorpay.Client(credentials: BasicCredentials(key: RazorpayTests.key, secret: RazorpayTests.secret))

    /// The seed's curl body, as the page prints it.
    static let seedRequestJSON = """
        {
        "name":"Gaurav Kumar",
        "email":"gaurav.kumar@example.com",
        "contact":"9000090000",
        "type":"employee",
        "reference_id":"Acme Contact ID 12345",
        "notes":{
        "notes_key_1":"Tea, Earl Grey, Hot",
        "notes_key_2":"Tea, Earl Grey… decaf."
        }
        }
        """

    /// The seed's success response.
    static let seedResponseJSON = ResponseBodyFixture.text("razorpay-create-contact-200.json")

    static func seedBody() -> Razorpay.CreateContactRequest {
        Razorpay.CreateContactRequest(
            name: "Gaurav Kumar",
            email: "gaurav.kumar@example.com",
            contact: "9000090000",
            type: .employee,
            referenceId: "Acme Contact ID 12345",
            notes: ["notes_key_1": "Tea, Earl Grey, Hot", "notes_key_2": "Tea, Earl Grey… decaf."]
        )
    }

    func build(_ body: Razorpay.CreateContactRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createContact(body)
    }

    func withName(_ name: String) -> Razorpay.CreateContactRequest {
        var body = Self.seedBody()
        body.name = name
        return body
    }

    // MARK: Wire fidelity

    @Test func seedRequestBodyEqualsTheCurlJSON() throws {
        let request = try client.requests.createContact(Self.seedBody())
        try expectSameJSON(request.body, utf8(Self.seedRequestJSON))
        // The ellipsis travels as UTF-8, not as an escape or a replacement.
        #expect(text(request.body)?.contains("Tea, Earl Grey… decaf.") == true)
    }

    @Test func seedRequestMethodURLAndHeaders() throws {
        let request = try client.requests.createContact(Self.seedBody())
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "https://api.razorpay.com/v1/contacts")
        let headers = headerDictionary(request)
        #expect(headers["content-type"] == "application/json")
        #expect(headers.count == 2)
        expectConversionsAgree(request, method: "POST", url: "https://api.razorpay.com/v1/contacts")
    }

    @Test func basicAuthorizationCarriesKeyAndSecret() throws {
        let request = try client.requests.createContact(Self.seedBody())
        let expected = "Basic " + base64(Self.key + ":" + Self.secret)
        #expect(request.value(forHeader: "Authorization") == expected)
        // And decoding the header gives back exactly "key:secret".
        let value = try #require(request.value(forHeader: "authorization"))
        #expect(value.hasPrefix("Basic "))
        let decoded = try #require(Data(base64Encoded: String(value.dropFirst("Basic ".count))))
        #expect(String(decoding: decoded, as: UTF8.self) == Self.key + ":" + Self.secret)
    }

    @Test func base64HelperMatchesRFC4648Vectors() {
        // RFC 4648 §10 test vectors: the helper itself must be right for the check above to mean anything.
        let vectors = [
            "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
            "foobar": "Zm9vYmFy",
        ]
        for (input, output) in vectors {
            #expect(base64(input) == output)
        }
    }

    @Test func optionalFieldsLeftOutAreAbsentFromTheBody() throws {
        let request = try client.requests.createContact(Razorpay.CreateContactRequest(name: "Gaurav Kumar"))
        try expectSameJSON(request.body, utf8(#"{"name":"Gaurav Kumar"}"#))
    }

    @Test func requestDescriptionRedactsBasicCredentials() throws {
        let request = try client.requests.createContact(Self.seedBody())
        expectRedacted(request, secrets: [Self.key, Self.secret, base64(Self.key + ":" + Self.secret)])
    }

    @Test func clientDescriptionRedactsBasicCredentials() {
        var dumped = ""
        dump(client, to: &dumped)
        for printed in [String(describing: client), String(reflecting: client), dumped] {
            #expect(printed.contains("<redacted>"), "\(printed)")
            #expect(!printed.contains(Self.key))
            #expect(!printed.contains(Self.secret))
        }
    }

    // MARK: Responses

    @Test func seedResponseDecodesWithoutLosingAField() throws {
        let response = Razorpay.CreateContactResponse(status: 200, headers: [:], body: utf8(Self.seedResponseJSON))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(contact.id == "cont_00000000000001")
        #expect(contact.entity == "contact")
        #expect(contact.name == "Gaurav Kumar")
        #expect(contact.contact == "9000090000")
        #expect(contact.email == "gaurav.kumar@example.com")
        #expect(contact.type == .employee)
        #expect(contact.type?.isKnown == true)
        #expect(contact.referenceId == "Acme Contact ID 12345")
        #expect(contact.batchId == nil)
        #expect(contact.active == true)
        #expect(contact.notes == ["notes_key_1": "Tea, Earl Grey, Hot", "notes_key_2": "Tea, Earl Grey… decaf."])
        #expect(contact.createdAt == Date(timeIntervalSince1970: 1_545_320_320))
        #expect(contact.createdAt == utcDate(2018, 12, 20, 15, 38, 40))

        let reencoded = try JSONBody.encode(contact)
        try expectSameJSON(reencoded, utf8(Self.seedResponseJSON))
        // batch_id stays an explicit null, and created_at an integer.
        let object = try jsonValue(reencoded)
        #expect(object["batch_id"] == .null)
        #expect(object["created_at"] == .number(1_545_320_320))
        #expect(text(reencoded)?.contains(#""created_at":1545320320"#) == true)
    }

    @Test func activeDefaultsToTrueWhenAbsentAndDashboardTypesAreKept() throws {
        let body = """
            {"id":"cont_2","entity":"contact","name":"Acme Supplies","contact":null,"email":null,"type":"contractor",
             "reference_id":null,"batch_id":"batch_00000000000001","notes":{},"created_at":1545320321}
            """
        let response = Razorpay.CreateContactResponse(status: 200, headers: [:], body: utf8(body))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(contact.active == true)
        #expect(contact.type == Razorpay.ContactType(rawValue: "contractor"))
        #expect(contact.type?.isKnown == false)
        #expect(contact.batchId == "batch_00000000000001")
        #expect(contact.contact == nil)
        #expect(contact.notes.isEmpty)
        #expect(try jsonValue(JSONBody.encode(contact))["type"] == "contractor")
    }

    @Test func clientErrorBodyDecodes() throws {
        let body = """
            {"error":{"code":"BAD_REQUEST_ERROR","description":"The name field is required.","source":"business",
             "step":"payment_initiation","reason":"input_validation_failed","metadata":{},"field":"name"}}
            """
        let response = Razorpay.CreateContactResponse(status: 400, headers: [:], body: utf8(body))
        guard case .clientError(.decoded(let error), let raw) = response else {
            Issue.record("expected .clientError, got \(response)")
            return
        }
        #expect(raw.status == 400)
        #expect(error.error.code == "BAD_REQUEST_ERROR")
        #expect(error.error.description == "The name field is required.")
        #expect(error.error.field == "name")
        #expect(error.error.metadata == .object([:]))
        try expectSameJSON(JSONBody.encode(error), utf8(body))
    }

    @Test func clientErrorKeepsNullsApartFromAbsentFields() throws {
        let body = #"{"error":{"code":"BAD_REQUEST_ERROR","description":"Invalid type: contact_typeA","field":null}}"#
        let response = Razorpay.CreateContactResponse(status: 422, headers: [:], body: utf8(body))
        guard case .clientError(.decoded(let error), _) = response, response.status == 422 else {
            Issue.record("expected .clientError(422), got \(response)")
            return
        }
        // A response-only model reads null and absence alike as nil, and remembers which it was.
        #expect(error.error.field == nil)
        #expect(error.error.source == nil)
        try expectSameJSON(JSONBody.encode(error), utf8(body))
    }

    @Test func undocumentedStatusKeepsTheRawBody() throws {
        // 200, 4XX, 429 and 5XX are documented: a redirect or a 201 is not.
        let redirect = Razorpay.CreateContactResponse(status: 302, headers: [:], body: utf8(#"{"error":"moved"}"#))
        guard case .undocumented(let undocumented) = redirect else {
            Issue.record("expected .undocumented, got \(redirect)")
            return
        }
        #expect(undocumented.status == 302)
        #expect(undocumented.text == #"{"error":"moved"}"#)
        #expect(redirect.mismatches.isEmpty)
        // 201 is not the documented 200.
        let created = Razorpay.CreateContactResponse(status: 201, headers: [:], body: utf8(Self.seedResponseJSON))
        #expect(created == .undocumented(RawResponse(status: 201, headers: [:], body: utf8(Self.seedResponseJSON))))
    }

    @Test func anyFourHundredIsDocumentedSoAnHTMLBodyIsStillAClientError() {
        // 418 falls in the documented 4XX range: an HTML body does not make it undocumented.
        let body = utf8("<html>I'm a teapot</html>")
        let response = Razorpay.CreateContactResponse(status: 418, headers: [:], body: body)
        guard case .clientError(.unmatched(let errors), let raw) = response else {
            Issue.record("expected .clientError(.unmatched), got \(response)")
            return
        }
        #expect(raw == RawResponse(status: 418, headers: [:], body: body))
        #expect(errors.count == 1)
        #expect(errors.first?.status == 418)
        #expect(errors.first?.fieldPath == "")
        #expect(errors.first?.message.hasPrefix("not valid JSON") == true, "\(errors)")
    }

    @Test func wrongBodiesNameTheField() throws {
        let cases: [(String, String)] = [
            (Self.seedResponseJSON.replacingOccurrences(of: "\"name\": \"Gaurav Kumar\",", with: ""), "name"),
            (Self.seedResponseJSON.replacingOccurrences(of: "1545320320", with: "\"yesterday\""), "created_at"),
            (Self.seedResponseJSON.replacingOccurrences(of: "\"active\": true", with: "\"active\": \"yes\""), "active"),
            (
                Self.seedResponseJSON.replacingOccurrences(
                    of: "\"notes_key_1\": \"Tea, Earl Grey, Hot\"",
                    with: "\"notes_key_1\": 7"
                ), "notes.notes_key_1"
            ),
        ]
        for (body, path) in cases {
            #expect(body != Self.seedResponseJSON, "the case did not change the seed")
            let mismatch = Razorpay.CreateContactResponse(status: 200, headers: [:], body: utf8(body)).mismatches.first
            #expect(mismatch != nil, "decoded a body with a wrong \(path)")
            if let error = mismatch {
                #expect(error.status == 200)
                #expect(error.fieldPath == path)
                #expect(!error.message.isEmpty)
            }
        }
        let error = Razorpay.CreateContactResponse(status: 400, headers: [:], body: utf8(#"{"message":"no envelope"}"#))
            .mismatches.first
        #expect(error != nil, "decoded an error body without `error`")
        if let error {
            #expect(error.fieldPath == "error")
            #expect(error.message == "missing required field")
        }
    }

    // MARK: Validation: name

    @Test func nameLength() {
        expectValidation(withName("Gau"), [], build: build)
        expectValidation(withName("Ga"), ["name minLength"], build: build)
        expectValidation(withName(repeated("a", 50)), [], build: build)
        expectValidation(withName(repeated("a", 51)), ["name maxLength"], build: build)
        expectValidation(withName(""), ["name minLength"], build: build)
    }

    @Test func nameAllowedCharacters() {
        expectValidation(withName("Gaurav@Kumar"), ["name allowedCharacters"], build: build)
        expectValidation(withName("Gaurav Kümar"), ["name allowedCharacters"], build: build)
        expectValidation(withName("Gaurav\tKumar"), ["name allowedCharacters"], build: build)
        expectValidation(withName("O'Brien (HQ), Ltd."), [], build: build)
        expectValidation(withName("O’Brien Trading"), [], build: build)
        expectValidation(withName("Acme_Co/Sales-2 (West), Inc."), [], build: build)
        let message = withName("Gaurav@Kumar").validate().issues.first?.message ?? ""
        #expect(message.contains("\"@\""), "names the character: \(message)")
        #expect(message.contains("position 7"), "names the position: \(message)")
    }

    @Test func nameLastCharacter() {
        expectValidation(withName("Gaurav-"), ["name allowedLastCharacter"], build: build)
        expectValidation(withName("Gaurav (HQ)"), ["name allowedLastCharacter"], build: build)
        expectValidation(withName("Gaurav Kumar "), ["name allowedLastCharacter"], build: build)
        expectValidation(withName("Gaurav’"), ["name allowedLastCharacter"], build: build)
        expectValidation(withName("Gaurav Kumar Jr."), [], build: build)
        expectValidation(withName("Gaurav Kumar 2"), [], build: build)
        // Both character rules at once.
        expectValidation(
            withName("Gaurav@Kumar!"),
            ["name allowedCharacters", "name allowedLastCharacter"],
            build: build
        )
    }

    // MARK: Validation: other fields

    @Test func emailFormat() {
        var body = Self.seedBody()
        body.email = "gaurav.kumar@"
        expectValidation(body, ["email format.email"], build: build)
        body.email = "gaurav..kumar@example.com"
        expectValidation(body, ["email format.email"], build: build)
        body.email = "gaurav kumar@example.com"
        expectValidation(body, ["email format.email"], build: build)
        body.email = "gaurav.kumar+payouts@example.co.in"
        expectValidation(body, [], build: build)
        body.email = nil
        expectValidation(body, [], build: build)
    }

    @Test func typeIsOpenWithAtMost40Characters() throws {
        var body = Self.seedBody()
        body.type = "contractor"
        expectValidation(body, [], build: build)
        let request = try client.requests.createContact(body)
        let sent = try jsonValue(try #require(request.body))
        #expect(sent["type"] == "contractor")
        body.type = Razorpay.ContactType(rawValue: repeated("t", 40))
        expectValidation(body, [], build: build)
        body.type = Razorpay.ContactType(rawValue: repeated("t", 41))
        expectValidation(body, ["type maxLength"], build: build)
        for known in Razorpay.ContactType.knownValues {
            body.type = known
            expectValidation(body, [], build: build)
        }
        #expect(Razorpay.ContactType.knownValues.map(\.rawValue) == ["vendor", "customer", "employee", "self"])
    }

    @Test func referenceIdAtMost40Characters() {
        var body = Self.seedBody()
        body.referenceId = repeated("r", 40)
        expectValidation(body, [], build: build)
        body.referenceId = repeated("r", 41)
        expectValidation(body, ["reference_id maxLength"], build: build)
    }

    @Test func notesAtMost15Pairs() {
        var body = Self.seedBody()
        body.notes = Dictionary(uniqueKeysWithValues: (1...15).map { ("notes_key_\($0)", "value \($0)") })
        expectValidation(body, [], build: build)
        body.notes?["notes_key_16"] = "one too many"
        expectValidation(body, ["notes maxEntries"], build: build)
        body.notes = [:]
        expectValidation(body, [], build: build)
    }

    @Test func notesValuesAtMost256Characters() {
        var body = Self.seedBody()
        body.notes = ["notes_key_1": repeated("v", 256)]
        expectValidation(body, [], build: build)
        body.notes = ["notes_key_1": repeated("v", 257), "notes_key_2": "short"]
        expectValidation(body, ["notes[notes_key_1] maxLength"], build: build)
        // A character is a Unicode scalar: 256 ellipses pass, 257 do not.
        body.notes = ["notes_key_1": repeated("…", 256)]
        expectValidation(body, [], build: build)
        body.notes = ["notes_key_1": repeated("…", 257)]
        expectValidation(body, ["notes[notes_key_1] maxLength"], build: build)
    }

    @Test func notesKeysAtMost256Characters() {
        var body = Self.seedBody()
        let longestKey = repeated("k", 256)
        body.notes = [longestKey: "value"]
        expectValidation(body, [], build: build)
        let tooLongKey = repeated("k", 257)
        body.notes = [tooLongKey: "value"]
        expectValidation(body, ["notes[\(tooLongKey)] maxLength"], build: build)
    }

    @Test func everyProblemIsReportedAtOnce() {
        var notes = Dictionary(uniqueKeysWithValues: (1...16).map { ("notes_key_\($0)", "value") })
        notes["notes_key_1"] = repeated("v", 257)
        let body = Razorpay.CreateContactRequest(
            name: "G@",
            email: "not-an-email",
            contact: "9000090000",
            type: Razorpay.ContactType(rawValue: repeated("t", 41)),
            referenceId: repeated("r", 41),
            notes: notes
        )
        expectValidation(
            body,
            [
                "name minLength", "name allowedCharacters", "name allowedLastCharacter",
                "email format.email", "type maxLength", "reference_id maxLength",
                "notes maxEntries", "notes[notes_key_1] maxLength",
            ],
            build: build
        )
    }

    @Test func errorsNeverRevealCredentials() {
        let body = withName("G@")
        let issues =
            thrownIssues { () throws(RequestError) -> ProviderRequest in try client.requests.createContact(body) } ?? []
        #expect(!issues.isEmpty)
        var printed = issues.map(\.description)
        do {
            _ = try client.requests.createContact(body)
        } catch {
            printed.append(String(describing: error))
        }
        for line in printed {
            for secret in [Self.key, Self.secret, base64(Self.key + ":" + Self.secret)] {
                #expect(!line.contains(secret))
            }
        }
    }
}
