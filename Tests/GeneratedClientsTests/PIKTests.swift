import Foundation
import PIK
@_spi(Generated) import ProviderRuntime
import Testing

/// PIK "Create Contact": seed 002, schemas/pik.yaml.
@Suite struct PIKTests {
    static let token = "eyJhbGciOiJIUzI1NiJ9.pik-jwt-payload.signature"
    let client = PIK.Client(token: BearerToken(PIKTests.token))

    /// The seed's "200 - Example 1" response, verbatim.
    static let seedResponseJSON = ResponseBodyFixture.text("pik-create-contact-200.json")

    /// A realistic contact: every format-checked field holds a valid value.
    static func validBody() -> PIK.Contact {
        PIK.Contact(
            contactCode: "C-0001",
            contactType: "INDIVIDUAL",
            firstName: "Max",
            lastName: "Mustermann",
            email: "payee@example.com",
            phone: "+6591234567",
            countryCode: "SG",
            nationality: "DE",
            isFrequent: true,
            createTimeUtc: CalendarDate(year: 2019, month: 8, day: 24),
            paymentContactAddress: PIK.ContactAddress(countryCode: "SG", city: "Singapore", postalCode: "018956"),
            paymentContactAccount: PIK.ContactAccount(
                accountHolder: "Max Mustermann",
                accountCurrencyCode: "EUR",
                bankName: "Deutsche Bank",
                bankCountryCode: "DE",
                iban: "DE89370400440532013000",
                swiftCode: "DEUTDEFF",
                isDefault: false,
                paymentContactAccountField: PIK.AccountField(
                    fieldKey: "purpose",
                    fieldValue: "salary",
                    sort: 1,
                    isRequired: true
                )
            )
        )
    }

    func build(_ body: PIK.Contact) throws(RequestError) -> ProviderRequest {
        try client.requests.createContact(body)
    }

    // MARK: Wire

    @Test func requestMethodURLAndHeaders() throws {
        let request = try client.requests.createContact(Self.validBody())
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "https://api.pik.com/api/v1/contact/create")
        let headers = headerDictionary(request)
        #expect(headers["authorization"] == "Bearer " + Self.token)
        #expect(headers["content-type"] == "application/json")
        #expect(headers.count == 2)
        expectConversionsAgree(request, method: "POST", url: "https://api.pik.com/api/v1/contact/create")
        expectRedacted(request, secrets: [Self.token])
    }

    @Test func customHostFromOnboarding() throws {
        let host = try #require(URL(string: "https://sandbox.pik.example/gateway"))
        let request = try PIK.Client(server: .custom(host), token: BearerToken(Self.token)).requests.createContact(
            Self.validBody()
        )
        #expect(request.url.absoluteString == "https://sandbox.pik.example/gateway/api/v1/contact/create")
    }

    @Test func binaryBooleansAndDatesOnTheWire() throws {
        let request = try client.requests.createContact(Self.validBody())
        let body = try #require(request.body)
        let expected = """
            {"contactCode":"C-0001","contactType":"INDIVIDUAL","firstName":"Max","lastName":"Mustermann",
             "email":"payee@example.com","phone":"+6591234567","countryCode":"SG","nationality":"DE","isFrequent":1,
             "createTimeUtc":"2019-08-24",
             "paymentContactAddress":{"countryCode":"SG","city":"Singapore","postalCode":"018956"},
             "paymentContactAccount":{"accountHolder":"Max Mustermann","accountCurrencyCode":"EUR","bankName":"Deutsche Bank",
               "bankCountryCode":"DE","iban":"DE89370400440532013000","swiftCode":"DEUTDEFF","isDefault":0,
               "paymentContactAccountField":{"fieldKey":"purpose","fieldValue":"salary","sort":1,"isRequired":1}}}
            """
        try expectSameJSON(body, utf8(expected))
        // Integers, not JSON booleans.
        let sent = try #require(text(body))
        #expect(sent.contains(#""isFrequent":1"#))
        #expect(sent.contains(#""isDefault":0"#))
        #expect(sent.contains(#""isRequired":1"#))
        #expect(!sent.contains("true") && !sent.contains("false"))
    }

    @Test func seedRequestShapeRoundTrips() throws {
        // The seed's request example has the same fields as the response payload; decoding it
        // as the request model and encoding it again loses nothing.
        let seed = try #require(try jsonValue(utf8(Self.seedResponseJSON))["data"])
        let seedData = try JSONBody.encode(seed)
        let decoded = try JSONDecoder().decode(PIK.Contact.self, from: seedData)
        #expect(decoded.isFrequent == false)
        #expect(decoded.paymentContactAccount?.isDefault == false)
        #expect(decoded.paymentContactAccount?.paymentContactAccountField?.isRequired == false)
        try expectSameJSON(JSONBody.encode(decoded), seedData)
        // Its "string" placeholders are not valid values, and validation says where.
        #expect(
            Set(issues(of: decoded)) == [
                "email format.email", "countryCode format.countryCode", "nationality format.countryCode",
                "paymentContactAddress.countryCode format.countryCode",
                "paymentContactAccount.accountCurrencyCode format.currencyCode",
                "paymentContactAccount.bankCountryCode format.countryCode",
                "paymentContactAccount.iban format.iban", "paymentContactAccount.swiftCode format.bic",
            ]
        )
    }

    // MARK: Responses

    @Test func seedResponseDecodesWithoutLosingAField() throws {
        let response = PIK.CreateContactResponse(status: 200, headers: [:], body: utf8(Self.seedResponseJSON))
        guard case .ok(.decoded(let enveloped), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        let contact = enveloped.payload
        let envelope = enveloped.envelope
        #expect(envelope.code == 200)
        #expect(envelope.message == "success")
        #expect(contact.contactCode == "string")
        #expect(contact.verificationStatus == "string")
        #expect(contact.isFrequent == false)
        #expect(contact.createTimeUtc == CalendarDate(year: 2019, month: 8, day: 24))
        #expect(contact.updateTimeUtc?.description == "2019-08-24")
        let address = try #require(contact.paymentContactAddress)
        #expect(address.addressType == "string")
        #expect(address.postalCode == "string")
        #expect(address.createTimeUtc == CalendarDate(year: 2019, month: 8, day: 24))
        let account = try #require(contact.paymentContactAccount)
        #expect(account.iban == "string")
        #expect(account.clearingSystem == "string")
        #expect(account.isDefault == false)
        let field = try #require(account.paymentContactAccountField)
        #expect(field.fieldKey == "string")
        #expect(field.fieldGroup == "string")
        #expect(field.sort == 0)
        #expect(field.isRequired == false)
        #expect(field.updateTimeUtc == CalendarDate(year: 2019, month: 8, day: 24))

        let reencoded = try ResponseBody.encodeEnveloped(contact, at: "data", envelope: envelope)
        try expectSameJSON(reencoded, utf8(Self.seedResponseJSON))
        #expect(text(reencoded)?.contains(#""isDefault":0"#) == true)
    }

    @Test func trueFlagsDecodeFromOne() throws {
        let body = Self.seedResponseJSON
            .replacingOccurrences(of: "\"isFrequent\": 0", with: "\"isFrequent\": 1")
            .replacingOccurrences(of: "\"isDefault\": 0", with: "\"isDefault\": 1")
        let response = PIK.CreateContactResponse(status: 200, headers: [:], body: utf8(body))
        guard case .ok(.decoded(let enveloped), _) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        let contact = enveloped.payload
        let envelope = enveloped.envelope
        #expect(contact.isFrequent == true)
        #expect(contact.paymentContactAccount?.isDefault == true)
        #expect(contact.paymentContactAccount?.paymentContactAccountField?.isRequired == false)
        try expectSameJSON(ResponseBody.encodeEnveloped(contact, at: "data", envelope: envelope), utf8(body))
    }

    @Test func errorStatusesDecode() throws {
        let notFound = #"{"code": 404, "message": "contact not found", "data": null}"#
        let response = PIK.CreateContactResponse(status: 404, headers: [:], body: utf8(notFound))
        #expect(
            response
                == .notFound(
                    .decoded(PIK.ErrorResponse(code: 404, message: "contact not found", data: nil)),
                    raw: response.raw
                )
        )
        if case .notFound(.decoded(let error), _) = response {
            try expectSameJSON(JSONBody.encode(error), utf8(notFound))
        }
        let serverError = #"{"code": 500, "message": "internal error"}"#
        let failure = PIK.CreateContactResponse(status: 500, headers: [:], body: utf8(serverError))
        #expect(
            failure
                == .internalServerError(
                    .decoded(PIK.ErrorResponse(code: 500, message: "internal error")),
                    raw: failure.raw
                )
        )
        if case .internalServerError(.decoded(let error), _) = failure {
            try expectSameJSON(JSONBody.encode(error), utf8(serverError))
        }
    }

    @Test func undocumentedStatusKeepsTheRawBody() throws {
        // Every 4XX and 5XX is documented (404 and 500 exactly, the rest as ranges); a redirect is not.
        let raw = utf8(#"{"code": 302, "message": "moved"}"#)
        let response = PIK.CreateContactResponse(status: 302, headers: [:], body: raw)
        #expect(response == .undocumented(RawResponse(status: 302, headers: [:], body: raw)))
        guard case .undocumented(let undocumented) = response else { return }
        #expect(undocumented.status == 302)
        #expect(undocumented.body == raw)
    }

    @Test func wrongBodiesNameTheField() {
        let cases: [(String, String, String?)] = [
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"isDefault\": 0", with: "\"isDefault\": 2"),
                "data.paymentContactAccount.isDefault", "expected 0 or 1"
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"isRequired\": 0", with: "\"isRequired\": \"no\""),
                "data.paymentContactAccount.paymentContactAccountField.isRequired", "expected 0 or 1"
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"sort\": 0", with: "\"sort\": \"first\""),
                "data.paymentContactAccount.paymentContactAccountField.sort", "expected an integer, found a string"
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(
                    of: "\"createTimeUtc\": \"2019-08-24\",\n        \"updateTimeUtc\"",
                    with: "\"createTimeUtc\": \"2019-02-30\",\n        \"updateTimeUtc\""
                ),
                "data.createTimeUtc", nil
            ),
            (
                Self.seedResponseJSON.replacingOccurrences(of: "\"code\": 200,", with: ""), "code",
                "missing required field"
            ),
            (#"{"code": 200, "message": "success"}"#, "data", "missing required field"),
        ]
        for (body, path, message) in cases {
            #expect(body != Self.seedResponseJSON, "the case did not change the seed: \(path)")
            let mismatch = PIK.CreateContactResponse(status: 200, headers: [:], body: utf8(body)).mismatches.first
            #expect(mismatch != nil, "decoded a body with a wrong \(path)")
            if let error = mismatch {
                #expect(error.status == 200)
                #expect(error.fieldPath == path, "\(error)")
                #expect(error.fieldPath.hasSuffix(path.split(separator: ".").last.map(String.init) ?? ""))
                if let message {
                    #expect(error.message == message, "\(error)")
                }
                #expect(error.description.hasPrefix("status 200: " + path + ": "))
            }
        }
        // A 404 with a wrong body is an error too, not an undocumented response.
        let error = PIK.CreateContactResponse(status: 404, headers: [:], body: utf8(#"{"code":"404","message":"x"}"#))
            .mismatches.first
        #expect(error != nil, "decoded a 404 with a string code")
        if let error {
            #expect(error.status == 404)
            #expect(error.fieldPath == "code")
        }
    }

    /// An integer field holding a fraction (or a number too large for `Int`) is valid JSON of the
    /// wrong type: the error must name the field, as it does for a string in the same place.
    @Test func fractionalIntegerNamesTheField() {
        let body = Self.seedResponseJSON.replacingOccurrences(of: "\"sort\": 0", with: "\"sort\": 0.5")
        #expect(body != Self.seedResponseJSON)
        #expect((try? jsonValue(utf8(body))) != nil, "the body is valid JSON")
        let mismatch = PIK.CreateContactResponse(status: 200, headers: [:], body: utf8(body)).mismatches.first
        #expect(mismatch != nil, "decoded sort = 0.5 as an integer")
        if let error = mismatch {
            #expect(error.status == 200)
            #expect(error.fieldPath == "data.paymentContactAccount.paymentContactAccountField.sort", "\(error)")
            #expect(!error.message.contains("not valid JSON"), "the body is valid JSON: \(error)")
        }
    }

    // MARK: Validation

    @Test func validBodyPasses() {
        expectValidation(Self.validBody(), [], build: build)
        expectValidation(PIK.Contact(), [], build: build)
    }

    @Test func email() {
        var body = Self.validBody()
        body.email = "string"
        expectValidation(body, ["email format.email"], build: build)
        body.email = "payee@example"
        expectValidation(body, ["email format.email"], build: build)
        body.email = "payee.name+tag@example.com.sg"
        expectValidation(body, [], build: build)
    }

    @Test func countryCodeAndNationality() {
        var body = Self.validBody()
        body.countryCode = "XX"
        expectValidation(body, ["countryCode format.countryCode"], build: build)
        body.countryCode = "Singapore"
        expectValidation(body, ["countryCode format.countryCode"], build: build)
        body.countryCode = "SG"
        expectValidation(body, [], build: build)
        body.nationality = "DEU"
        expectValidation(body, ["nationality format.countryCode"], build: build)
        body.nationality = "FR"
        expectValidation(body, [], build: build)
    }

    @Test func addressCountryCode() {
        var body = Self.validBody()
        body.paymentContactAddress?.countryCode = "ZZ"
        expectValidation(body, ["paymentContactAddress.countryCode format.countryCode"], build: build)
        body.paymentContactAddress?.countryCode = "MY"
        expectValidation(body, [], build: build)
    }

    @Test func accountCurrencyCode() {
        var body = Self.validBody()
        body.paymentContactAccount?.accountCurrencyCode = "BTC"
        expectValidation(body, ["paymentContactAccount.accountCurrencyCode format.currencyCode"], build: build)
        body.paymentContactAccount?.accountCurrencyCode = "EURO"
        expectValidation(body, ["paymentContactAccount.accountCurrencyCode format.currencyCode"], build: build)
        body.paymentContactAccount?.accountCurrencyCode = "SGD"
        expectValidation(body, [], build: build)
    }

    @Test func bankCountryCode() {
        var body = Self.validBody()
        body.paymentContactAccount?.bankCountryCode = "D1"
        expectValidation(body, ["paymentContactAccount.bankCountryCode format.countryCode"], build: build)
        body.paymentContactAccount?.bankCountryCode = "GB"
        expectValidation(body, [], build: build)
    }

    @Test func iban() {
        var body = Self.validBody()
        body.paymentContactAccount?.iban = "DE89370400440532013001"
        expectValidation(body, ["paymentContactAccount.iban format.iban"], build: build)
        body.paymentContactAccount?.iban = "DE8937040044053201300"
        expectValidation(body, ["paymentContactAccount.iban format.iban"], build: build)
        body.paymentContactAccount?.iban = "GB82WEST12345698765432"
        expectValidation(body, [], build: build)
        body.paymentContactAccount?.iban = "DE89 3704 0044 0532 0130 00"
        expectValidation(body, [], build: build)
    }

    /// README "Formats": values are accepted as people type them (spaces in IBANs, case) "and the
    /// value is sent as you set it": validation never rewrites the body.
    @Test func ibanTypedWithSpacesIsAcceptedAndSentAsSet() throws {
        var body = Self.validBody()
        body.paymentContactAccount?.iban = "DE89 3704 0044 0532 0130 00"
        body.paymentContactAccount?.swiftCode = "deutdeff"
        expectValidation(body, [], build: build)
        let request = try client.requests.createContact(body)
        let sent = try jsonValue(try #require(request.body))
        #expect(sent["paymentContactAccount"]?["iban"] == "DE89 3704 0044 0532 0130 00")
        #expect(sent["paymentContactAccount"]?["swiftCode"] == "deutdeff")
        // Spaces do not excuse a wrong check digit.
        body.paymentContactAccount?.iban = "DE89 3704 0044 0532 0130 01"
        expectValidation(body, ["paymentContactAccount.iban format.iban"], build: build)
    }

    @Test func swiftCode() {
        var body = Self.validBody()
        body.paymentContactAccount?.swiftCode = "DEUTDEF"
        expectValidation(body, ["paymentContactAccount.swiftCode format.bic"], build: build)
        body.paymentContactAccount?.swiftCode = "DEUTZZFF"
        expectValidation(body, ["paymentContactAccount.swiftCode format.bic"], build: build)
        body.paymentContactAccount?.swiftCode = "DEUTDEFF500"
        expectValidation(body, [], build: build)
    }

    @Test func everyProblemIsReportedAtOnceWithNestedPaths() {
        var body = Self.validBody()
        body.email = "nobody"
        body.nationality = "XX"
        body.paymentContactAddress?.countryCode = "XX"
        body.paymentContactAccount?.accountCurrencyCode = "XXXX"
        body.paymentContactAccount?.bankCountryCode = "XX"
        body.paymentContactAccount?.iban = "XX00"
        body.paymentContactAccount?.swiftCode = "X"
        expectValidation(
            body,
            [
                "email format.email", "nationality format.countryCode",
                "paymentContactAddress.countryCode format.countryCode",
                "paymentContactAccount.accountCurrencyCode format.currencyCode",
                "paymentContactAccount.bankCountryCode format.countryCode",
                "paymentContactAccount.iban format.iban",
                "paymentContactAccount.swiftCode format.bic",
            ],
            build: build
        )
        let issues =
            thrownIssues { () throws(RequestError) -> ProviderRequest in try client.requests.createContact(body) } ?? []
        for issue in issues {
            #expect(!issue.description.contains(Self.token))
        }
        #expect(issues.first { $0.path == "paymentContactAccount.iban" }?.message.contains("IBAN") == true)
    }
}
