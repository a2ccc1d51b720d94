import Foundation
import Koywe
import ProviderRuntime
import Testing

/// Koywe "Create a new Contact": seed 001, schemas/koywe.yaml, Sources/ProviderRuntimeCore/ProviderRuntimeCore.docc/CountryFormats.md.
@Suite struct KoyweTests {
    static let token = "koywe_sk_test_9f8e7d6c5b4a"
    let client = Koywe.Client(token: BearerToken(KoyweTests.token))

    /// A Colombian person with Koywe's own documented example values.
    static func documentedExample() -> Koywe.CreateContactRequest {
        Koywe.CreateContactRequest(
            countrySymbol: .colombia,
            firstName: "Juan",
            businessType: .person,
            type: .person,
            lastName: "Pérez",
            email: "juan.perez@example.com",
            phone: "+573001234567",
            taxIdType: .nit,
            taxIdNumber: "900123456",
            documentType: .cc,
            documentNumber: "1234567890"
        )
    }

    func build(_ body: Koywe.CreateContactRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createContact(organizationId: "org_1", merchantId: "mer_1", body)
    }

    // MARK: Wire

    @Test func pathParametersAreEscapedAsOneSegment() throws {
        let request = try client.requests.createContact(
            organizationId: "org/1 a",
            merchantId: "m 2",
            Self.documentedExample()
        )
        let url = "https://api-sandbox.koywe.com/api/v1/organizations/org%2F1%20a/merchants/m%202/contacts"
        #expect(request.url.absoluteString == url)
        #expect(request.method == .post)
        expectConversionsAgree(request, method: "POST", url: url)
        #expect(
            request.httpRequestIncludingCredentials().path
                == "/api/v1/organizations/org%2F1%20a/merchants/m%202/contacts"
        )
        #expect(request.urlRequestIncludingCredentials().url?.absoluteString == url)
    }

    @Test func reservedCharactersInPathParametersStayData() throws {
        let request = try client.requests.createContact(
            organizationId: "a?b#c",
            merchantId: "ü+%",
            Self.documentedExample()
        )
        #expect(
            request.url.absoluteString
                == "https://api-sandbox.koywe.com/api/v1/organizations/a%3Fb%23c/merchants/%C3%BC%2B%25/contacts"
        )
        #expect(request.url.query == nil)
        #expect(request.url.fragment == nil)
    }

    @Test func bearerAuthAndJSONBody() throws {
        let request = try build(Self.documentedExample())
        let headers = headerDictionary(request)
        #expect(headers["authorization"] == "Bearer " + Self.token)
        #expect(headers["content-type"] == "application/json")
        #expect(headers.count == 2)
        let expected = """
            {"countrySymbol":"CO","firstName":"Juan","businessType":"PERSON","type":"PERSON","lastName":"Pérez",
             "email":"juan.perez@example.com","phone":"+573001234567","taxIdType":"NIT","taxIdNumber":"900123456",
             "documentType":"CC","documentNumber":"1234567890"}
            """
        try expectSameJSON(request.body, utf8(expected))
        expectRedacted(request, secrets: [Self.token])
    }

    @Test func productionServer() throws {
        let request = try Koywe.Client(server: .production, token: BearerToken(Self.token))
            .requests.createContact(organizationId: "o", merchantId: "m", Self.documentedExample())
        #expect(request.url.absoluteString == "https://api.koywe.com/api/v1/organizations/o/merchants/m/contacts")
    }

    // MARK: Responses

    static let contactJSON = ResponseBodyFixture.text("koywe-contact.json")

    @Test func contactResponseDecodesWithoutLosingAField() throws {
        let response = Koywe.CreateContactResponse(status: 201, headers: [:], body: utf8(Self.contactJSON))
        guard case .success(.decoded(let contact), let raw) = response else {
            Issue.record("expected .success, got \(response)")
            return
        }
        #expect(raw.status == 201)
        #expect(contact.id == "cnt_01HZX")
        #expect(contact.countrySymbol == .colombia)
        #expect(contact.merchantId == "mer_1")
        #expect(contact.firstName == "Juan")
        #expect(contact.lastName == nil)
        #expect(contact.email == "juan.perez@example.com")
        #expect(contact.address?["city"] == "Bogotá")
        #expect(contact.businessType == .person)
        #expect(contact.tax?["number"] == "900123456")
        #expect(contact.document?["type"] == "CC")
        let updated = try #require(utcDate(2024, 5, 6, 7, 8, 9))
        #expect(contact.updatedAt == updated)
        let created = try #require(contact.createdAt)
        #expect(abs(created.timeIntervalSince(updated) - 0.123) < 0.000_5)
        #expect(contact.externalId == nil)
        try expectSameJSON(JSONBody.encode(contact), utf8(Self.contactJSON))

        let ok = Koywe.CreateContactResponse(status: 200, headers: [:], body: utf8(#"{"id":"cnt_2"}"#))
        #expect(ok.status == 200)
        #expect(ok == .success(.decoded(Koywe.Contact(id: "cnt_2")), raw: ok.raw))
        if case .success(.decoded(let minimal), _) = ok {
            try expectSameJSON(JSONBody.encode(minimal), utf8(#"{"id":"cnt_2"}"#))
        }
    }

    @Test func undocumentedStatusKeepsTheRawBody() throws {
        // Every 4XX and 5XX is documented (as a range); a redirect is not.
        let raw = utf8(#"{"statusCode":302,"message":"moved"}"#)
        let response = Koywe.CreateContactResponse(status: 302, headers: [:], body: raw)
        #expect(response == .undocumented(RawResponse(status: 302, headers: [:], body: raw)))
        // A 400 in the guide's envelope decodes; a body that is not is still a client error.
        let envelope = #"{"statusCode":400,"errorCode":"CT00001","message":"firstName: is required"}"#
        let refused = Koywe.CreateContactResponse(status: 400, headers: [:], body: utf8(envelope))
        guard case .clientError(.decoded(let error), _) = refused else {
            Issue.record("expected a decoded 400, got \(refused)")
            return
        }
        #expect(error.errorCode == "CT00001")
        let badRequest = Koywe.CreateContactResponse(status: 400, headers: [:], body: utf8("bad"))
        guard case .clientError(.decoded, _) = badRequest else { return }
        Issue.record("a body that is not JSON decoded as an error")
    }

    @Test func wrongBodiesNameTheField() {
        let cases: [(String, String)] = [
            (
                Self.contactJSON.replacingOccurrences(of: #""countrySymbol":"CO""#, with: #""countrySymbol":"VE""#),
                "countrySymbol"
            ),
            (
                Self.contactJSON.replacingOccurrences(
                    of: #""businessType":"PERSON""#,
                    with: #""businessType":"person""#
                ), "businessType"
            ),
            (Self.contactJSON.replacingOccurrences(of: "2024-05-06T07:08:09Z", with: "06/05/2024"), "updatedAt"),
            (Self.contactJSON.replacingOccurrences(of: #""id":"cnt_01HZX","#, with: ""), "id"),
        ]
        for (body, path) in cases {
            #expect(body != Self.contactJSON)
            let error = Koywe.CreateContactResponse(status: 200, headers: [:], body: utf8(body)).mismatches.first
            #expect(error != nil, "decoded a body with a wrong \(path)")
            if let error {
                #expect(error.status == 200)
                #expect(error.fieldPath == path, "\(error)")
            }
        }
    }

    // MARK: Validation

    @Test func documentedExamplesPass() {
        expectValidation(Self.documentedExample(), [], build: build)
        expectValidation(
            Koywe.CreateContactRequest(
                countrySymbol: .colombia,
                firstName: "Juan",
                businessType: .person,
                type: .person
            ),
            [],
            build: build
        )
    }

    @Test func documentTypeRequiresDocumentNumber() {
        var body = Self.documentedExample()
        body.documentNumber = nil
        expectValidation(body, ["documentNumber documentNumberRequired"], build: build)
        let issue = body.validate().issues.first
        #expect(issue?.message == "documentNumber is required when documentType is provided")
        // Without a type, a number alone is not required to have one.
        body.documentType = nil
        expectValidation(body, [], build: build)
    }

    @Test func taxIdTypeRequiresTaxIdNumber() {
        var body = Self.documentedExample()
        body.taxIdNumber = nil
        expectValidation(body, ["taxIdNumber taxIdNumberRequired"], build: build)
        #expect(body.validate().issues.first?.message == "taxIdNumber is required when taxIdType is provided")
        body.taxIdType = nil
        expectValidation(body, [], build: build)
    }

    @Test func firstNameAtLeastOneCharacter() {
        var body = Self.documentedExample()
        body.firstName = ""
        expectValidation(body, ["firstName minLength"], build: build)
        body.firstName = "J"
        expectValidation(body, [], build: build)
    }

    @Test func pathParametersAtLeastOneCharacter() {
        let body = Self.documentedExample()
        let emptyOrganization = thrownIssues { () throws(RequestError) -> ProviderRequest in
            try client.requests.createContact(organizationId: "", merchantId: "mer_1", body)
        }
        #expect(emptyOrganization?.map(rendered) == ["organizationId minLength"])
        let emptyMerchant = thrownIssues { () throws(RequestError) -> ProviderRequest in
            try client.requests.createContact(organizationId: "org_1", merchantId: "", body)
        }
        #expect(emptyMerchant?.map(rendered) == ["merchantId minLength"])
        let oneCharacter = thrownIssues { () throws(RequestError) -> ProviderRequest in
            try client.requests.createContact(organizationId: "o", merchantId: "m", body)
        }
        #expect(oneCharacter == nil)
        for issue in (emptyOrganization ?? []) + (emptyMerchant ?? []) {
            expectHumanReadable(issue)
        }
    }

    @Test func dotSegmentPathParametersAreRefused() {
        // "." and ".." pass minLength but would make the URL name another resource.
        for value in [".", ".."] {
            do throws(RequestError) {
                let request = try client.requests.createContact(
                    organizationId: value,
                    merchantId: "mer_1",
                    Self.documentedExample()
                )
                Issue.record("built \(request.url.absoluteString)")
            } catch {
                guard case .invalidURL(let reason) = error else {
                    Issue.record("expected .invalidURL, got \(error)")
                    continue
                }
                #expect(reason.contains("path parameter"), "\(reason)")
                #expect(!reason.contains(Self.token))
            }
        }
        // Dots inside a value are ordinary data.
        #expect(
            thrownIssues { () throws(RequestError) -> ProviderRequest in
                try client.requests.createContact(organizationId: "org.1", merchantId: "...", Self.documentedExample())
            } == nil
        )
    }

    @Test func emailFormat() {
        var body = Self.documentedExample()
        body.email = "juan.perez@"
        expectValidation(body, ["email format.email"], build: build)
        body.email = nil
        expectValidation(body, [], build: build)
    }

    @Test func phoneFormatFollowsTheCountry() {
        var body = Self.documentedExample()
        body.phone = "+5730012"
        expectValidation(body, ["phone format.phone"], build: build)
        body.phone = "call me"
        expectValidation(body, ["phone format.phone"], build: build)
        // A valid Colombian number is not a valid Mexican one.
        body.countrySymbol = .mexico
        body.phone = "+573001234567"
        body.documentType = nil
        body.documentNumber = nil
        body.taxIdType = nil
        body.taxIdNumber = nil
        expectValidation(body, ["phone format.phone"], build: build)
        body.phone = "+525512345678"
        expectValidation(body, [], build: build)
    }

    @Test func documentNumberFormatFollowsCountryAndType() {
        var body = Self.documentedExample()
        body.documentNumber = "0123456"
        expectValidation(body, ["documentNumber format.document"], build: build)
        body.documentNumber = "12345"
        expectValidation(body, ["documentNumber format.document"], build: build)
        body.documentNumber = "12345678901"
        expectValidation(body, ["documentNumber format.document"], build: build)
        body.documentNumber = "123456"
        expectValidation(body, [], build: build)
        // A Brazilian CPF on a Colombian contact cannot be checked, and no Colombian business may use it.
        body.documentType = .cpf
        body.documentNumber = "529.982.247-25"
        expectValidation(
            body,
            ["documentNumber format.document", "documentType documentMatchesBusinessType"],
            build: build
        )
        body.countrySymbol = .brazil
        body.phone = nil
        body.taxIdType = nil
        body.taxIdNumber = nil
        expectValidation(body, [], build: build)
        body.documentNumber = "231.002.999-00"
        expectValidation(body, ["documentNumber format.document"], build: build)
    }

    @Test func taxIdNumberFormatFollowsCountryAndType() {
        var body = Self.documentedExample()
        body.taxIdNumber = "900123456-8"
        expectValidation(body, [], build: build)
        body.taxIdNumber = "900123456-7"
        expectValidation(body, ["taxIdNumber format.document"], build: build)
        #expect(body.validate().issues.first?.message.contains("8") == true, "the message names the right check digit")
        body.taxIdNumber = "NIT900"
        expectValidation(body, ["taxIdNumber format.document"], build: build)
    }

    @Test func severalWrongFieldsAreReportedAtOnce() {
        let body = Koywe.CreateContactRequest(
            countrySymbol: .colombia,
            firstName: "",
            businessType: .person,
            type: .person,
            email: "juan@",
            phone: "12",
            taxIdType: .nit,
            taxIdNumber: "abc",
            documentType: .cc
        )
        let expectedBody = [
            "firstName minLength", "email format.email", "phone format.phone",
            "taxIdNumber format.document", "documentNumber documentNumberRequired",
        ]
        expectValidation(body, expectedBody, build: build)
        // With the path parameters wrong as well, one error lists them all.
        let issues = thrownIssues { () throws(RequestError) -> ProviderRequest in
            try client.requests.createContact(organizationId: "", merchantId: "", body)
        }
        #expect(
            issues.map { $0.map(rendered).sorted() }
                == (["organizationId minLength", "merchantId minLength"] + expectedBody).sorted()
        )
        for issue in issues ?? [] {
            #expect(!issue.description.contains(Self.token))
            expectHumanReadable(issue)
        }
    }

    @Test func openDocumentTypesAndContactTypesAreKept() throws {
        var body = Self.documentedExample()
        body.type = "FOREIGN"
        body.documentType = .passport
        body.documentNumber = "AB123456"
        expectValidation(body, [], build: build)
        let request = try build(body)
        let sent = try jsonValue(try #require(request.body))
        #expect(sent["type"] == "FOREIGN")
        #expect(sent["documentType"] == "PASSPORT")
        body.type = Koywe.ContactType(rawValue: "TRUST")
        #expect(!body.type.isKnown)
        expectValidation(body, [], build: build)
    }

    /// The Mexican RFC check character is a soft check (CountryFormats.md §2.5): a wrong one is a
    /// warning that travels with the request instead of blocking it; a wrong date still blocks.
    @Test func rfcCheckCharacterOnlyWarns() throws {
        var body = Koywe.CreateContactRequest(
            countrySymbol: .mexico,
            firstName: "Delfino",
            businessType: .person,
            type: .person,
            documentType: .rfc,
            documentNumber: "GODE561231GR8"
        )
        expectValidation(body, [], build: build)
        #expect(try build(body).warnings.isEmpty)

        body.documentNumber = "GODE561231GR9"
        let report = body.validate()
        #expect(report.issues.map(rendered) == ["documentNumber format.document"])
        #expect(report.issues.first?.severity == .warning)
        #expect(!report.hasErrors)
        let request = try build(body)
        #expect(request.warnings.map(rendered) == ["documentNumber format.document"])
        #expect(request.warnings.first?.description.hasPrefix("warning: documentNumber: ") == true)
        for warning in request.warnings {
            expectHumanReadable(warning)
        }

        body.documentNumber = "GODE561331GR8"
        expectValidation(body, ["documentNumber format.document"], build: build)
        #expect(body.validate().hasErrors)
    }

    /// The seed: "Document type must match business type (e.g. DNI for PERSON, CUIT for COMPANY)".
    /// DESIGN.md §2 lists this "allowed combinations (business type ↔ document type)" rule, and
    /// CountryFormats.md §1 gives the matrix: in Colombia a company is identified by its NIT, never
    /// by a citizen's CC; in Argentina a company by its CUIT, never by a DNI.
    @Test func documentTypeMustMatchBusinessType() {
        var company = Self.documentedExample()
        company.businessType = .company
        company.type = .business
        company.documentType = .nit
        company.documentNumber = "900123456-8"
        expectValidation(company, [], build: build)

        company.documentType = .cc
        company.documentNumber = "1234567890"
        let issues = company.validate().issues
        // README "Rules": an allowedCombinations rule reports at its last field's path.
        #expect(
            issues.contains { $0.path == "documentType" },
            "a COMPANY with a CC passes validation: \(issues.map(rendered))"
        )
        // Whatever its severity, the builder must not send it silently: it either refuses the
        // request or carries the issue as a warning.
        do throws(RequestError) {
            let request = try build(company)
            #expect(
                request.warnings.contains { $0.path == "documentType" },
                "the builder sends a COMPANY identified by a citizen's CC without a word"
            )
        } catch {
            guard case .invalid(let thrown) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(thrown.contains { $0.path == "documentType" })
        }

        var argentine = Koywe.CreateContactRequest(
            countrySymbol: .argentina,
            firstName: "Acme",
            businessType: .company,
            type: .business,
            documentType: .dni,
            documentNumber: "20123456"
        )
        #expect(
            argentine.validate().issues.contains { $0.path == "documentType" },
            "an Argentine COMPANY with a DNI passes validation"
        )
        argentine.documentType = .cuit
        argentine.documentNumber = "30-50001091-2"
        expectValidation(argentine, [], build: build)
    }
}
