import Foundation
import PayArc
@_spi(Generated) import ProviderRuntime
import Testing

/// PayArc "Create Customer": seed 004, schemas/payarc.yaml.
@Suite struct PayArcTests {
    static let token = "payarc_bearer_eyJhbGciOiJSUzI1NiJ9.secret"
    let client = PayArc.Client(server: .test, token: BearerToken(PayArcTests.token))

    /// The seed's payload string, byte for byte.
    static let seedPayload =
        "name=John%20Smith&email=customer%40xyz.com&send_email_address=invoicing%40xyz.com&cc_email_address=cc%40xyz.com&address_1=103%20Mason%20Street&address_2=2nd%20Floor&city=New%20York&state=NY&zip=10469&phone=541754301&country=US"

    /// The seed's response, with the page's "[email protected]" redactions replaced by the
    /// addresses the request sent.
    static let seedResponseJSON = ResponseBodyFixture.text("payarc-create-customer-200.json")

    static func seedBody() -> PayArc.CreateCustomerRequest {
        PayArc.CreateCustomerRequest(
            name: "John Smith",
            email: "customer@xyz.com",
            sendEmailAddress: "invoicing@xyz.com",
            ccEmailAddress: "cc@xyz.com",
            address1: "103 Mason Street",
            address2: "2nd Floor",
            city: "New York",
            state: "NY",
            zip: "10469",
            phone: "541754301",
            country: "US"
        )
    }

    func build(_ body: PayArc.CreateCustomerRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createCustomer(body)
    }

    // MARK: Wire fidelity

    @Test func seedFormBodyIsByteIdentical() throws {
        let request = try client.requests.createCustomer(Self.seedBody())
        #expect(request.body == Data(Self.seedPayload.utf8))
        #expect(text(request.body) == Self.seedPayload)
    }

    @Test func seedMethodURLAndHeaders() throws {
        let request = try client.requests.createCustomer(Self.seedBody())
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "https://testapi.payarc.net/v1/customers")
        let headers = headerDictionary(request)
        #expect(headers["accept"] == "application/json")
        #expect(headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(headers["authorization"] == "Bearer " + Self.token)
        #expect(headers.count == 3)
        expectConversionsAgree(request, method: "POST", url: "https://testapi.payarc.net/v1/customers")
        expectRedacted(request, secrets: [Self.token])
    }

    @Test func productionIsTheDefaultServer() throws {
        let request = try PayArc.Client(token: BearerToken(Self.token)).requests.createCustomer(Self.seedBody())
        #expect(request.url.absoluteString == "https://api.payarc.net/v1/customers")
    }

    @Test func onlyGivenFieldsAreSentInSchemaOrder() throws {
        let emailOnly = try client.requests.createCustomer(PayArc.CreateCustomerRequest(email: "customer@xyz.com"))
        #expect(text(emailOnly.body) == "email=customer%40xyz.com")
        let withDescription = try client.requests.createCustomer(
            PayArc.CreateCustomerRequest(
                name: "John Smith",
                email: "a+b@xyz.com",
                description: "Donut shop customer",
                zip: "10469-2345"
            )
        )
        #expect(
            text(withDescription.body)
                == "name=John%20Smith&email=a%2Bb%40xyz.com&description=Donut%20shop%20customer&zip=10469-2345"
        )
        let reserved = try client.requests.createCustomer(
            PayArc.CreateCustomerRequest(description: "Fish & Chips = 100%; a/b?")
        )
        #expect(text(reserved.body) == "description=Fish%20%26%20Chips%20%3D%20100%25%3B%20a%2Fb%3F")
    }

    @Test func nonASCIIIsPercentEncodedAsUTF8() throws {
        let request = try client.requests.createCustomer(
            PayArc.CreateCustomerRequest(name: "Zoë Ångström", city: "São Paulo")
        )
        #expect(text(request.body) == "name=Zo%C3%AB%20%C3%85ngstr%C3%B6m&city=S%C3%A3o%20Paulo")
    }

    // MARK: Responses

    @Test func seedResponseDecodesWithoutLosingAField() throws {
        let response = PayArc.CreateCustomerResponse(status: 200, headers: [:], body: utf8(Self.seedResponseJSON))
        guard case .ok(.decoded(let enveloped), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        let customer = enveloped.payload
        let envelope = enveloped.envelope
        #expect(customer.object == "customer")
        #expect(customer.id == "KPxMADVnxMV4nNjp")
        #expect(customer.name == "John Smith")
        #expect(customer.realId == 110)
        #expect(customer.email == "customer@xyz.com")
        #expect(customer.description == nil)
        #expect(customer.paymentOverdue == nil)
        #expect(customer.sendEmailAddress == "invoicing@xyz.com")
        #expect(customer.ccEmailAddress == "cc@xyz.com")
        #expect(customer.sourceId == nil)
        #expect(customer.address1 == "103 Mason Street")
        #expect(customer.address2 == "2nd Floor")
        #expect(customer.city == "New York")
        #expect(customer.state == "NY")
        #expect(customer.zip == "10469")
        #expect(customer.phone == "541754301")
        #expect(customer.country == "US")
        let created = try #require(utcDate(2018, 11, 27, 7, 36, 58))
        #expect(customer.createdAt == created)
        #expect(customer.updatedAt == created)
        #expect(customer.createdAt.timeIntervalSince1970 == 1_543_304_218)
        #expect(customer.readableCreatedAt == "1 second ago")
        #expect(customer.readableUpdatedAt == "1 second ago")
        #expect(customer.invoicePrefix == "52KZ")
        #expect(customer.card.data.isEmpty)
        #expect(customer.charge.data.isEmpty)
        #expect(envelope.meta.include == ["card", "charge", "subscription", "invoice"])
        #expect(envelope.meta.custom.isEmpty)

        let reencoded = try ResponseBody.encodeEnveloped(customer, at: "data", envelope: envelope)
        try expectSameJSON(reencoded, utf8(Self.seedResponseJSON))
        let data = try jsonValue(reencoded)["data"]
        #expect(data?["description"] == .null)
        #expect(data?["payment_overdue"] == .null)
        #expect(data?["created_at"] == "2018-11-27 07:36:58")
    }

    @Test func relatedObjectsAndCustomMetaAreKeptAsJSON() throws {
        let body = Self.seedResponseJSON
            .replacingOccurrences(
                of: "\"card\": {\n\"data\": []",
                with:
                    "\"card\": {\n\"data\": [{\"object\":\"card\",\"id\":\"card_1\",\"last4digit\":\"4242\",\"is_default\":1}]"
            )
            .replacingOccurrences(of: "\"custom\": []", with: "\"custom\": [{\"key\":\"vip\",\"value\":true}]")
            .replacingOccurrences(of: "\"payment_overdue\": null", with: "\"payment_overdue\": {\"amount\": 1999.99}")
        #expect(body != Self.seedResponseJSON)
        let response = PayArc.CreateCustomerResponse(status: 200, headers: [:], body: utf8(body))
        guard case .ok(.decoded(let enveloped), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        let customer = enveloped.payload
        let envelope = enveloped.envelope
        #expect(customer.card.data.first?["last4digit"] == "4242")
        #expect(customer.card.data.first?["is_default"] == .number(1))
        #expect(customer.paymentOverdue?["amount"] == .number(Decimal(string: "1999.99")!))
        #expect(envelope.meta.custom.first?["value"] == true)
        try expectSameJSON(ResponseBody.encodeEnveloped(customer, at: "data", envelope: envelope), utf8(body))
    }

    @Test func undocumentedStatusKeepsTheRawBody() throws {
        let teapot = PayArc.CreateCustomerResponse(status: 418, headers: [:], body: Data())
        #expect(teapot == .undocumented(RawResponse(status: 418, headers: [:], body: Data())))
        let redirect = PayArc.CreateCustomerResponse(status: 302, headers: [:], body: utf8("moved"))
        #expect(redirect == .undocumented(RawResponse(status: 302, headers: [:], body: utf8("moved"))))
        #expect(redirect.raw.text == "moved")
    }

    @Test func wrongBodiesNameTheField() {
        let cases: [(String, String)] = [
            (
                Self.seedResponseJSON.replacingOccurrences(
                    of: "\"2018-11-27 07:36:58\"",
                    with: "\"2018-11-27T07:36:58Z\""
                ), "data.created_at"
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"real_id\": 110", with: "\"real_id\": \"110\""),
                "data.real_id"
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"invoice_prefix\": \"52KZ\",", with: ""),
                "data.invoice_prefix"
            ),
            (Self.seedResponseJSON.replacingOccurrences(of: "\"custom\": []", with: "\"custom\": {}"), "meta.custom"),
            (#"{"object":"customer"}"#, "data"),
        ]
        for (body, path) in cases {
            #expect(body != Self.seedResponseJSON)
            let error = PayArc.CreateCustomerResponse(status: 200, headers: [:], body: utf8(body)).mismatches.first
            #expect(error != nil, "decoded a body with a wrong \(path)")
            if let error {
                #expect(error.status == 200)
                #expect(error.fieldPath == path, "\(error)")
            }
        }
    }

    // MARK: Validation: every field's length and characters

    /// One field set on an otherwise empty request (every field is optional).
    func only(_ set: (inout PayArc.CreateCustomerRequest) -> Void) -> PayArc.CreateCustomerRequest {
        var body = PayArc.CreateCustomerRequest()
        set(&body)
        return body
    }

    @Test func emptyRequestAndSeedAreValid() {
        expectValidation(PayArc.CreateCustomerRequest(), [], build: build)
        expectValidation(Self.seedBody(), [], build: build)
    }

    @Test func name() {
        expectValidation(only { $0.name = "Ann" }, [], build: build)
        expectValidation(only { $0.name = "Zoë Ångström" }, [], build: build)
        expectValidation(only { $0.name = repeated("a", 50) }, [], build: build)
        expectValidation(only { $0.name = "Jo" }, ["name minLength"], build: build)
        expectValidation(only { $0.name = repeated("a", 51) }, ["name maxLength"], build: build)
        expectValidation(only { $0.name = "John Smith 2" }, ["name allowedCharacters"], build: build)
        expectValidation(only { $0.name = "John-Smith" }, ["name allowedCharacters"], build: build)
    }

    @Test func email() {
        expectValidation(only { $0.email = "customer@xyz.com" }, [], build: build)
        expectValidation(only { $0.email = repeated("e", 30) + "@xyz.co.uk" }, [], build: build)
        expectValidation(only { $0.email = repeated("e", 31) + "@xyz.co.uk" }, ["email maxLength"], build: build)
        expectValidation(only { $0.email = "customer @xyz.com" }, ["email allowedCharacters"], build: build)
    }

    @Test func description() {
        expectValidation(only { $0.description = "Donut shop customer" }, [], build: build)
        expectValidation(only { $0.description = "VIP #1: pays on the 1st (net-30)!" }, [], build: build)
        expectValidation(only { $0.description = "Shops" }, [], build: build)
        expectValidation(only { $0.description = repeated("d", 50) }, [], build: build)
        expectValidation(only { $0.description = "Shop" }, ["description minLength"], build: build)
        expectValidation(only { $0.description = repeated("d", 51) }, ["description maxLength"], build: build)
        expectValidation(only { $0.description = "Donut\tshop" }, ["description allowedCharacters"], build: build)
        expectValidation(
            only { $0.description = "Donut shop – customer" },
            ["description allowedCharacters"],
            build: build
        )
    }

    @Test func sendEmailAddress() {
        expectValidation(only { $0.sendEmailAddress = "invoicing@xyz.com" }, [], build: build)
        expectValidation(only { $0.sendEmailAddress = "a@b.c" }, [], build: build)
        expectValidation(only { $0.sendEmailAddress = repeated("s", 40) }, [], build: build)
        expectValidation(only { $0.sendEmailAddress = "a@bc" }, ["send_email_address minLength"], build: build)
        expectValidation(
            only { $0.sendEmailAddress = repeated("s", 41) },
            ["send_email_address maxLength"],
            build: build
        )
        expectValidation(
            only { $0.sendEmailAddress = "invoicing @xyz.com" },
            ["send_email_address allowedCharacters"],
            build: build
        )
    }

    @Test func ccEmailAddress() {
        expectValidation(only { $0.ccEmailAddress = "cc@xyz.com" }, [], build: build)
        expectValidation(only { $0.ccEmailAddress = repeated("c", 40) }, [], build: build)
        expectValidation(only { $0.ccEmailAddress = "c@xy" }, ["cc_email_address minLength"], build: build)
        expectValidation(only { $0.ccEmailAddress = repeated("c", 41) }, ["cc_email_address maxLength"], build: build)
        expectValidation(
            only { $0.ccEmailAddress = "cc@xyz.com\n" },
            ["cc_email_address allowedCharacters"],
            build: build
        )
    }

    @Test func address1() {
        expectValidation(only { $0.address1 = "103 Mason Street" }, [], build: build)
        expectValidation(only { $0.address1 = "1 Rd5" }, [], build: build)
        expectValidation(only { $0.address1 = repeated("a", 50) }, [], build: build)
        expectValidation(only { $0.address1 = "1 Rd" }, ["address_1 minLength"], build: build)
        expectValidation(only { $0.address1 = repeated("a", 51) }, ["address_1 maxLength"], build: build)
        expectValidation(only { $0.address1 = "103 Mason St, Apt #4" }, ["address_1 allowedCharacters"], build: build)
    }

    @Test func address2() {
        expectValidation(only { $0.address2 = "2nd Floor" }, [], build: build)
        expectValidation(only { $0.address2 = repeated("b", 50) }, [], build: build)
        expectValidation(only { $0.address2 = "2nd" }, ["address_2 minLength"], build: build)
        expectValidation(only { $0.address2 = repeated("b", 51) }, ["address_2 maxLength"], build: build)
        expectValidation(only { $0.address2 = "2nd Floor, Suite 5" }, ["address_2 allowedCharacters"], build: build)
        expectValidation(only { $0.address2 = "2nd\tFloor" }, ["address_2 allowedCharacters"], build: build)
    }

    @Test func city() {
        expectValidation(only { $0.city = "New York" }, [], build: build)
        expectValidation(only { $0.city = "São Paulo" }, [], build: build)
        expectValidation(only { $0.city = "Ur" }, [], build: build)
        expectValidation(only { $0.city = repeated("c", 50) }, [], build: build)
        expectValidation(only { $0.city = "Y" }, ["city minLength"], build: build)
        expectValidation(only { $0.city = repeated("c", 51) }, ["city maxLength"], build: build)
        expectValidation(only { $0.city = "Winston-Salem" }, ["city allowedCharacters"], build: build)
        expectValidation(only { $0.city = "District 9" }, ["city allowedCharacters"], build: build)
    }

    @Test func state() {
        expectValidation(only { $0.state = "NY" }, [], build: build)
        expectValidation(only { $0.state = "New South Wales" }, [], build: build)
        expectValidation(only { $0.state = repeated("s", 50) }, [], build: build)
        expectValidation(only { $0.state = "N" }, ["state minLength"], build: build)
        expectValidation(only { $0.state = repeated("s", 51) }, ["state maxLength"], build: build)
        expectValidation(only { $0.state = "N.Y." }, ["state allowedCharacters"], build: build)
    }

    @Test func zip() {
        expectValidation(only { $0.zip = "10469" }, [], build: build)
        expectValidation(only { $0.zip = "10469-2345" }, [], build: build)
        expectValidation(only { $0.zip = "10469-23456" }, ["zip maxLength"], build: build)
        expectValidation(only { $0.zip = "10469 2345" }, ["zip allowedCharacters"], build: build)
        expectValidation(only { $0.zip = "SW1A 1AA" }, ["zip allowedCharacters"], build: build)
    }

    @Test func phone() {
        expectValidation(only { $0.phone = "541754301" }, [], build: build)
        expectValidation(only { $0.phone = "54" }, [], build: build)
        expectValidation(only { $0.phone = "54175430123" }, [], build: build)
        expectValidation(only { $0.phone = "5" }, ["phone minLength"], build: build)
        expectValidation(only { $0.phone = "541754301234" }, ["phone maxLength"], build: build)
        expectValidation(only { $0.phone = "541-754-301" }, ["phone allowedCharacters"], build: build)
        expectValidation(only { $0.phone = "+1541754301" }, ["phone allowedCharacters"], build: build)
    }

    @Test func country() {
        expectValidation(only { $0.country = "US" }, [], build: build)
        expectValidation(only { $0.country = "Canada" }, [], build: build)
        expectValidation(only { $0.country = repeated("c", 50) }, [], build: build)
        expectValidation(only { $0.country = "U" }, ["country minLength"], build: build)
        expectValidation(only { $0.country = repeated("c", 51) }, ["country maxLength"], build: build)
        expectValidation(only { $0.country = "U5" }, ["country allowedCharacters"], build: build)
        expectValidation(only { $0.country = "U.S." }, ["country allowedCharacters"], build: build)
    }

    /// The guide says "Numeric" for zip and phone: the digits 0–9. Other scripts' decimal digits
    /// (fullwidth ５, Arabic-Indic ٥) are not what a US ZIP code or phone number is made of, and the
    /// form body would carry them percent-encoded to PayArc.
    @Test func zipAndPhoneDigitsAreASCII() {
        expectValidation(only { $0.phone = "５４１７５４３０１" }, ["phone allowedCharacters"], build: build)
        expectValidation(only { $0.phone = "٥٤١٧٥٤٣٠١" }, ["phone allowedCharacters"], build: build)
        expectValidation(only { $0.zip = "１０４６９" }, ["zip allowedCharacters"], build: build)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let body = PayArc.CreateCustomerRequest(
            name: "J2",
            email: repeated("e", 41),
            description: "Shop",
            sendEmailAddress: "a b",
            ccEmailAddress: repeated("c", 41),
            address1: "1 Rd",
            address2: "2nd, Fl",
            city: "Y",
            state: "N.Y.",
            zip: "10469-23456",
            phone: "+1",
            country: "U"
        )
        expectValidation(
            body,
            [
                "name minLength", "name allowedCharacters",
                "email maxLength",
                "description minLength",
                "send_email_address minLength", "send_email_address allowedCharacters",
                "cc_email_address maxLength",
                "address_1 minLength",
                "address_2 allowedCharacters",
                "city minLength",
                "state allowedCharacters",
                "zip maxLength",
                "phone allowedCharacters",
                "country minLength",
            ],
            build: build
        )
    }

    @Test func issueMessagesNameTheLimitAndNeverTheToken() {
        let issues =
            thrownIssues { () throws(RequestError) -> ProviderRequest in
                try client.requests.createCustomer(PayArc.CreateCustomerRequest(name: "Jo", zip: "10469 2345"))
            } ?? []
        #expect(issues.map(rendered) == ["name minLength", "zip allowedCharacters"])
        #expect(issues.first?.message == "must be at least 3 characters (got 2)")
        #expect(issues.last?.message.contains("position 6") == true)
        for issue in issues {
            #expect(!issue.description.contains(Self.token))
            expectHumanReadable(issue)
        }
    }
}
