import Foundation
import Jetpay
import ProviderRuntime
import Testing

/// Jetpay "Create a contact": seed 000, schemas/jetpay.yaml.
@Suite struct JetpayTests {
    static let token = "jp_live_tok_0123456789abcdef"
    let client = Jetpay.Client(server: .demo, token: BearerToken(JetpayTests.token))

    /// The seed's request body, with the capitals and punctuation the stored copy lost restored.
    static let seedRequestJSON = #"{"email":"johnsmith@mail.com","name":"John Smith","tags":[],"language":"en"}"#

    /// The seed's 200 body; the page's "contact type" key is `contact_type` on the wire (schema).
    static let seedResponseJSON = ResponseBodyFixture.text("jetpay-create-contact-200.json")

    /// The seed's 409 body.
    static let seedConflictJSON = #"{"message": "A contact with the same email address has already been created."}"#

    func build(_ body: Jetpay.CreateContactRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createContact(body)
    }

    // MARK: Wire fidelity

    @Test func defaultsProduceTheSeedBody() throws {
        let body = Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith")
        #expect(body.tags.isEmpty)
        #expect(body.language == .en)
        let request = try client.requests.createContact(body)
        try expectSameJSON(request.body, utf8(Self.seedRequestJSON))
    }

    @Test func explicitValuesProduceTheSeedBody() throws {
        let body = Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith", tags: [], language: .en)
        let request = try client.requests.createContact(body)
        try expectSameJSON(request.body, utf8(Self.seedRequestJSON))
    }

    @Test func putToTheDemoHostWithBearerToken() throws {
        let request = try client.requests.createContact(
            Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith")
        )
        #expect(request.method == .put)
        #expect(request.url.absoluteString == "https://extapi.demo.jetpay.baselinepayments.com/contact")
        #expect(request.url.path == "/contact")
        let headers = headerDictionary(request)
        #expect(headers["authorization"] == "Bearer " + Self.token)
        #expect(headers["content-type"] == "application/json")
        #expect(headers.count == 2)
        expectConversionsAgree(request, method: "PUT", url: "https://extapi.demo.jetpay.baselinepayments.com/contact")
        expectRedacted(request, secrets: [Self.token])
    }

    @Test func productionAndCustomServers() throws {
        let body = Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith")
        let production = try Jetpay.Client(token: BearerToken(Self.token)).requests.createContact(body)
        #expect(production.url.absoluteString == "https://extapi.jetpay.baselinepayments.com/contact")
        let mock = try #require(URL(string: "http://localhost:8080/jetpay/"))
        let custom = try Jetpay.Client(server: .custom(mock), token: BearerToken(Self.token)).requests.createContact(
            body
        )
        #expect(custom.url.absoluteString == "http://localhost:8080/jetpay/contact")
    }

    // MARK: Responses

    @Test func seedResponseDecodesWithoutLosingAField() throws {
        let response = Jetpay.CreateContactResponse(status: 200, headers: [:], body: utf8(Self.seedResponseJSON))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(contact.identifier == "contact_123")
        #expect(contact.email == "johnsmith@mail.com")
        #expect(contact.name == "John Smith")
        #expect(contact.tags.isEmpty)
        #expect(contact.contactType == .customer)
        #expect(contact.language == .en)
        try expectSameJSON(JSONBody.encode(contact), utf8(Self.seedResponseJSON))
    }

    @Test func seedConflictDecodes() throws {
        let response = Jetpay.CreateContactResponse(status: 409, headers: [:], body: utf8(Self.seedConflictJSON))
        #expect(
            response
                == .conflict(
                    .decoded(
                        Jetpay.ErrorMessage(message: "A contact with the same email address has already been created.")
                    ),
                    raw: RawResponse(status: 409, headers: [:], body: utf8(Self.seedConflictJSON))
                )
        )
        guard case .conflict(.decoded(let error), _) = response else { return }
        try expectSameJSON(JSONBody.encode(error), utf8(Self.seedConflictJSON))
    }

    @Test func undocumentedStatusKeepsTheRawBody() throws {
        // Every 4XX and 5XX is documented (as a range); a redirect is not.
        let raw = utf8(#"{"detail":"moved"}"#)
        let response = Jetpay.CreateContactResponse(status: 302, headers: [:], body: raw)
        #expect(response == .undocumented(RawResponse(status: 302, headers: [:], body: raw)))
        guard case .undocumented(let undocumented) = response else { return }
        #expect(undocumented.text == #"{"detail":"moved"}"#)
        // 201 is not documented either: only 200 is.
        let created = Jetpay.CreateContactResponse(status: 201, headers: [:], body: utf8(Self.seedResponseJSON))
        #expect(created == .undocumented(RawResponse(status: 201, headers: [:], body: utf8(Self.seedResponseJSON))))
    }

    @Test func wrongBodiesNameTheField() {
        let cases: [(status: Int, body: String, path: String)] = [
            (
                200, Self.seedResponseJSON.replacingOccurrences(of: #""language": "en""#, with: #""language": "de""#),
                "language"
            ),
            (200, Self.seedResponseJSON.replacingOccurrences(of: #""tags": []"#, with: #""tags": "customer""#), "tags"),
            (
                200, Self.seedResponseJSON.replacingOccurrences(of: #""identifier": "contact_123", "#, with: ""),
                "identifier"
            ),
            (200, Self.seedResponseJSON.replacingOccurrences(of: "contact_type", with: "contact type"), "contact_type"),
            (409, #"{"error": "duplicate"}"#, "message"),
        ]
        for (status, body, path) in cases {
            let error = Jetpay.CreateContactResponse(status: status, headers: [:], body: utf8(body)).mismatches.first
            #expect(error != nil, "decoded a body with a wrong \(path)")
            if let error {
                #expect(error.status == status)
                #expect(error.fieldPath == path, "\(error)")
            }
        }
    }

    // MARK: Validation and enums

    @Test func emailFormat() {
        expectValidation(Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith"), [], build: build)
        expectValidation(
            Jetpay.CreateContactRequest(email: "johnsmith@mail com", name: "John Smith"),
            ["email format.email"],
            build: build
        )
        expectValidation(
            Jetpay.CreateContactRequest(email: "johnsmith\\@mail.com", name: "John Smith"),
            ["email format.email"],
            build: build
        )
        expectValidation(
            Jetpay.CreateContactRequest(email: "", name: "John Smith"),
            ["email format.email"],
            build: build
        )
        expectValidation(
            Jetpay.CreateContactRequest(email: "john.smith@mail", name: "John Smith"),
            ["email format.email"],
            build: build
        )
    }

    @Test func languageIsClosedWithDefaultEnglish() throws {
        #expect(Jetpay.Language.allCases.map(\.rawValue) == ["en", "fr"])
        let french = try client.requests.createContact(
            Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith", language: .fr)
        )
        let sentFrench = try jsonValue(try #require(french.body))
        #expect(sentFrench["language"] == "fr")
        // Decoding a request without tags or language gives the schema's defaults.
        let decoded = try JSONDecoder().decode(
            Jetpay.CreateContactRequest.self,
            from: utf8(#"{"email":"a@b.co","name":"A"}"#)
        )
        #expect(decoded.language == .en)
        #expect(decoded.tags == [])
        // A language Jetpay does not offer is refused.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                Jetpay.CreateContactRequest.self,
                from: utf8(#"{"email":"a@b.co","name":"A","language":"de"}"#)
            )
        }
    }

    @Test func customTagsAreAcceptedAndRoundTrip() throws {
        let tags: [Jetpay.Tag] = [.supplier, "north-america"]
        let body = Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith", tags: tags)
        expectValidation(body, [], build: build)
        let request = try client.requests.createContact(body)
        let sent = try jsonValue(try #require(request.body))
        #expect(sent["tags"] == ["supplier", "north-america"])
        #expect(Jetpay.Tag(rawValue: "north-america").isKnown == false)
        #expect(Jetpay.Tag.supplier.isKnown)

        let reply = """
            {"identifier":"contact_124","email":"johnsmith@mail.com","name":"John Smith",
             "tags":["supplier","north-america"],"contact_type":"supplier","language":"en"}
            """
        let response = Jetpay.CreateContactResponse(status: 200, headers: [:], body: utf8(reply))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(contact.tags == tags)
        #expect(contact.tags.last?.rawValue == "north-america")
        #expect(contact.contactType == .supplier)
        try expectSameJSON(JSONBody.encode(contact), utf8(reply))
    }

    @Test func unknownContactTypesAreKept() throws {
        let reply = Self.seedResponseJSON.replacingOccurrences(
            of: #""contact_type": "customer""#,
            with: #""contact_type": "partner""#
        )
        let response = Jetpay.CreateContactResponse(status: 200, headers: [:], body: utf8(reply))
        guard case .ok(.decoded(let contact), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(contact.contactType.rawValue == "partner")
        #expect(!contact.contactType.isKnown)
        try expectSameJSON(JSONBody.encode(contact), utf8(reply))
    }

    @Test func errorsNeverRevealTheToken() {
        let body = Jetpay.CreateContactRequest(email: "not an email", name: "John Smith")
        let issues =
            thrownIssues { () throws(RequestError) -> ProviderRequest in try client.requests.createContact(body) } ?? []
        #expect(issues.map(rendered) == ["email format.email"])
        for issue in issues {
            #expect(!issue.description.contains(Self.token))
            expectHumanReadable(issue)
        }
    }

    @Test func aTokenThatCouldInjectHeadersIsRefusedWithoutBeingPrinted() {
        let evil = Jetpay.Client(server: .demo, token: BearerToken("abc\r\nX-Injected: 1"))
        let body = Jetpay.CreateContactRequest(email: "johnsmith@mail.com", name: "John Smith")
        let issues = thrownIssues { () throws(RequestError) -> ProviderRequest in try evil.requests.createContact(body)
        }
        #expect(issues?.map(rendered) == ["headers.Authorization headerValue"])
        for issue in issues ?? [] {
            #expect(!issue.description.contains("X-Injected"))
            #expect(!issue.description.contains("abc"))
        }
    }
}
