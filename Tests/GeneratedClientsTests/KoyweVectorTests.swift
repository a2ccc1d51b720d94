import Foundation
import Koywe
import ProviderGenCore
import ProviderRuntime
import Testing

/// Issue 3: "Every example in CountryFormats.md gives the same verdict in Swift, through the
/// generated Koywe validator where the example is a contact field."
///
/// The examples are `Tests/Fixtures/CountryVectors/country-vectors.json`, the table
/// `ProviderRuntimeTests/FormatVectorTests.swift` checks against the runtime formats. Here each
/// one becomes a `Koywe.CreateContactRequest` and goes through `validate()`, the request builder
/// and `providergen validate`'s interpreter (`expectValidation`):
///
/// - a document of type T: `documentType: T, documentNumber: value`, with a business type the
///   schema's `documentMatchesBusinessType` table allows for T in that country;
/// - a tax id type (``taxIdTypes``) once more as `taxIdType: T, taxIdNumber: value`;
/// - a phone: `phone: value` on a contact of the vector's country;
/// - an email under the default (strict) rule: `email: value`. The WHATWG-only rows are skipped:
///   Koywe's `format: email` is the strict rule, whose row of the same address is checked.
@Suite("CountryFormats.md vectors through the generated Koywe validator")
struct KoyweVectorTests {
    // MARK: The fixture

    typealias Vector = CountryVector
    typealias Expected = CountryVector.Expected

    static func load() throws -> [Vector] { try CountryVector.load() }

    // MARK: Vectors as Koywe contacts

    /// The contact field a vector is set on; its raw value is the wire path.
    enum Field: String, Sendable {
        case documentNumber, taxIdNumber, phone, email

        /// The rule id a wrong value is reported with.
        var rule: String {
            switch self {
            case .documentNumber, .taxIdNumber: return "format.document"
            case .phone: return "format.phone"
            case .email: return "format.email"
            }
        }
    }

    /// Document types that are tax ids (CountryFormats.md §2: "tax id" in the tables; Brazil's CPF
    /// and CNPJ are the Receita's taxpayer registries; every US number is an IRS TIN). The others
    /// (AR DNI and CUIL, CO CC, MX CURP, PE DNI) are identity documents and only go in
    /// documentNumber.
    static let taxIdTypes: Set<String> = [
        "AR CUIT", "CL RUT", "BR CPF", "BR CNPJ", "CO NIT", "MX RFC", "PE RUC", "US SSN", "US ITIN", "US EIN",
    ]

    /// Why a vector has no Koywe case.
    enum SkipReason: String, Sendable, CaseIterable {
        case countryNotServed = "country is not one of Koywe's CountrySymbol values"
        case documentTypeNotInKoywe = "document type is not in Koywe's DocumentType list"
        case noBusinessTypeAllowsIt =
            "no businessType may carry the document type in that country (documentMatchesBusinessType)"
        case whatwgOnlyEmailRule =
            "WHATWG-rule verdict: Koywe's email format is the strict rule, checked on the same address's strict row"
    }

    /// One vector on one field of one contact.
    struct Case: Sendable, CustomTestStringConvertible {
        let vector: Vector
        let field: Field
        let country: Koywe.CountrySymbol
        let businessType: Koywe.BusinessType

        var testDescription: String {
            let shown = vector.value.count > 40 ? String(vector.value.prefix(40)) + "…" : vector.value
            return "\(field.rawValue) \(country.rawValue) \(vector.type ?? "") \(shown) → \(vector.expected.rawValue)"
        }

        /// A contact with only the required fields and the vector's field (and its type).
        var request: Koywe.CreateContactRequest {
            var body = Koywe.CreateContactRequest(
                countrySymbol: country,
                firstName: "Ana",
                businessType: businessType,
                type: businessType == .person ? .person : .business
            )
            switch field {
            case .documentNumber:
                body.documentType = Koywe.DocumentType(rawValue: vector.type ?? "")
                body.documentNumber = vector.value
            case .taxIdNumber:
                body.taxIdType = Koywe.DocumentType(rawValue: vector.type ?? "")
                body.taxIdNumber = vector.value
            case .phone:
                body.phone = vector.value
            case .email:
                body.email = vector.value
            }
            return body
        }
    }

    struct Plan: Sendable {
        var cases: [Case] = []
        var skipped: [(value: String, reason: SkipReason)] = []
        /// The vectors read, or the reason they could not be.
        var vectorCount = 0
        var loadError: String?

        func skipCount(_ reason: SkipReason) -> Int {
            skipped.filter { $0.reason == reason }.count
        }

        func caseCount(_ field: Field) -> Int {
            cases.filter { $0.field == field }.count
        }
    }

    /// `documentMatchesBusinessType` of schemas/koywe.yaml as (country, businessType, documentType)
    /// rows, read from the schema the generated code came from.
    static let allowedCombinations: Set<[String]> = {
        guard
            case .object(let request)? = PayloadAgreement.schemasByModule["Koywe"]?.type(named: "CreateContactRequest")?
                .kind
        else { return [] }
        for rule in request.rules where rule.id == "documentMatchesBusinessType" {
            if case .allowedCombinations(let fields, let rows) = rule.kind,
                fields == ["countrySymbol", "businessType", "documentType"]
            {
                return Set(rows)
            }
        }
        return []
    }()

    /// The first business type (in the schema's order, so PERSON before COMPANY) the table
    /// allows with the document type in the country.
    static func businessType(country: Koywe.CountrySymbol, documentType: String) -> Koywe.BusinessType? {
        Koywe.BusinessType.allCases.first {
            allowedCombinations.contains([country.rawValue, $0.rawValue, documentType])
        }
    }

    static let plan: Plan = {
        var plan = Plan()
        let vectors: [Vector]
        do {
            vectors = try load()
        } catch {
            plan.loadError = "\(error)"
            return plan
        }
        plan.vectorCount = vectors.count
        let koyweDocumentTypes = Set(Koywe.DocumentType.knownValues.map(\.rawValue))
        for vector in vectors {
            if vector.kind == "email" {
                if vector.type == "strict" {
                    plan.cases.append(Case(vector: vector, field: .email, country: .colombia, businessType: .person))
                } else {
                    plan.skipped.append((vector.value, .whatwgOnlyEmailRule))
                }
                continue
            }
            guard let country = vector.country.flatMap(Koywe.CountrySymbol.init(rawValue:)) else {
                plan.skipped.append((vector.value, .countryNotServed))
                continue
            }
            if vector.kind == "phone" {
                plan.cases.append(Case(vector: vector, field: .phone, country: country, businessType: .person))
                continue
            }
            let type = vector.type ?? ""
            guard koyweDocumentTypes.contains(type) else {
                plan.skipped.append((vector.value, .documentTypeNotInKoywe))
                continue
            }
            guard let businessType = businessType(country: country, documentType: type) else {
                plan.skipped.append((vector.value, .noBusinessTypeAllowsIt))
                continue
            }
            plan.cases.append(
                Case(vector: vector, field: .documentNumber, country: country, businessType: businessType)
            )
            if taxIdTypes.contains("\(country.rawValue) \(type)") {
                plan.cases.append(
                    Case(vector: vector, field: .taxIdNumber, country: country, businessType: businessType)
                )
            }
        }
        return plan
    }()

    static let client = Koywe.Client(token: BearerToken("koywe_sk_test_vectors"))

    static func build(_ body: Koywe.CreateContactRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createContact(organizationId: "org_1", merchantId: "mer_1", body)
    }

    // MARK: Nothing disappears

    @Test("every vector is checked or skipped for a counted reason")
    func everyVectorIsAccountedFor() throws {
        let plan = Self.plan
        #expect(plan.loadError == nil, "\(plan.loadError ?? "")")
        #expect(plan.vectorCount == 158)
        #expect(Self.allowedCombinations.count == 85, "the schema's documentMatchesBusinessType table was not found")

        // 80 documents: each as documentNumber; the 65 of a tax id type also as taxIdNumber.
        #expect(plan.caseCount(.documentNumber) == 80)
        #expect(plan.caseCount(.taxIdNumber) == 65)
        // 48 phones; 15 addresses under the strict rule.
        #expect(plan.caseCount(.phone) == 48)
        #expect(plan.caseCount(.email) == 15)
        #expect(plan.cases.count == 208)

        #expect(plan.skipCount(.whatwgOnlyEmailRule) == 15)
        #expect(plan.skipCount(.documentTypeNotInKoywe) == 0)
        #expect(plan.skipCount(.noBusinessTypeAllowsIt) == 0)
        #expect(plan.skipCount(.countryNotServed) == 0)
        #expect(plan.skipped.count == 15)

        // Every vector has a case or a skip.
        let checked = Set(
            plan.cases.map { "\($0.vector.kind) \($0.vector.country ?? "") \($0.vector.type ?? "") \($0.vector.value)" }
        )
        #expect(checked.count + plan.skipped.count == plan.vectorCount)

        // The verdicts the vectors expect, per field: each kind of outcome is exercised.
        let verdicts = Dictionary(grouping: plan.cases, by: { "\($0.field.rawValue) \($0.vector.expected.rawValue)" })
            .mapValues(\.count)
        #expect(
            verdicts == [
                "documentNumber valid": 49, "documentNumber invalid": 30, "documentNumber warning": 1,
                "taxIdNumber valid": 40, "taxIdNumber invalid": 24, "taxIdNumber warning": 1,
                "phone valid": 37, "phone invalid": 11,
                "email valid": 3, "email invalid": 12,
            ]
        )
    }

    // MARK: Verdicts

    @Test("the generated validator gives each vector's verdict", arguments: plan.cases)
    func verdict(_ check: Case) throws {
        let body = check.request
        let expectedIssue = check.field.rawValue + " " + check.field.rule
        switch check.vector.expected {
        case .valid:
            expectValidation(body, [], build: Self.build)
        case .invalid:
            expectValidation(body, [expectedIssue], build: Self.build)
            let issues = body.validate().issues
            #expect(issues.allSatisfy { $0.severity == .error }, "\(issues)")
            if check.field != .email {
                // "not a valid CUIT for AR: ...", "not a valid phone number for CO: ..."
                for issue in issues {
                    #expect(issue.message.contains("for \(check.country.rawValue)"), "\(issue.message)")
                }
            }
        case .warning:
            // Reported, never blocking: the builder returns the request with the warning.
            let report = body.validate()
            #expect(report.issues.map(rendered) == [expectedIssue])
            #expect(report.issues.map(\.severity) == [.warning])
            #expect(!report.hasErrors)
            let interpreted = PayloadAgreement.issues(of: body)
            #expect(interpreted?.map(rendered) == [expectedIssue], "providergen validate")
            #expect(interpreted?.map(\.severity) == [.warning], "providergen validate")
            let sandbox = PayloadAgreement.sandboxIssues(of: body)
            #expect(sandbox?.map(rendered) == [expectedIssue], "providergen-sandbox")
            for issue in report.issues {
                expectHumanReadable(issue)
                #expect(issue.message.contains("for \(check.country.rawValue)"), "\(issue.message)")
            }
            let request = try Self.build(body)
            #expect(request.warnings.map(rendered) == [expectedIssue])
            #expect(request.warnings.map(\.severity) == [.warning])
        }
    }

    // MARK: Several wrong fields at once

    /// Issue 3: "A Koywe request with five wrong fields reports five issues, each with its field
    /// path, rule and country in the message."
    @Test("five wrong fields give five issues with path, rule and country")
    func fiveWrongFieldsGiveFiveIssues() throws {
        let body = Koywe.CreateContactRequest(
            countrySymbol: .colombia,
            firstName: "Acme",
            businessType: .company,
            type: .business,
            email: "ventas@acme..co",  // two dots in the domain
            phone: "+57 1 234 5678",  // the pre-2021 Bogotá form
            taxIdType: .nit,
            taxIdNumber: "800.173.557-0",  // DV should be 4
            documentType: .cc,  // a company is not identified by a citizen's CC ...
            documentNumber: "0123456"  // ... and this CC has a leading zero
        )
        let expected = [
            "email format.email",
            "phone format.phone",
            "taxIdNumber format.document",
            "documentNumber format.document",
            "documentType documentMatchesBusinessType",
        ]
        expectValidation(body, expected, build: Self.build)

        let issues = body.validate().issues
        #expect(issues.count == 5)
        #expect(Set(issues.map(\.path)) == ["email", "phone", "taxIdNumber", "documentNumber", "documentType"])
        #expect(issues.allSatisfy { $0.severity == .error })
        func issue(at path: String) throws -> ValidationIssue {
            try #require(issues.first { $0.path == path }, "no issue at \(path)")
        }

        // The country-dependent checks name the country (and the document type) they applied.
        let phone = try issue(at: "phone")
        #expect(phone.rule == "format.phone")
        #expect(phone.message.hasPrefix("not a valid phone number for CO: "), "\(phone.message)")

        let taxId = try issue(at: "taxIdNumber")
        #expect(taxId.rule == "format.document")
        #expect(taxId.message.hasPrefix("not a valid NIT for CO: "), "\(taxId.message)")
        #expect(taxId.message.contains("4"), "names the right check digit: \(taxId.message)")

        let document = try issue(at: "documentNumber")
        #expect(document.rule == "format.document")
        #expect(document.message.hasPrefix("not a valid CC for CO: "), "\(document.message)")

        let combination = try issue(at: "documentType")
        #expect(combination.rule == "documentMatchesBusinessType")
        #expect(combination.message.contains("countrySymbol CO"), "\(combination.message)")
        #expect(combination.message.contains("COMPANY"), "\(combination.message)")
        #expect(combination.message.contains("NIT"), "names the allowed type: \(combination.message)")

        // An email address has no country: its message names the problem instead.
        let email = try issue(at: "email")
        #expect(email.rule == "format.email")
        #expect(email.message.hasPrefix("not a valid email address: "), "\(email.message)")

        // The builder refuses the request with the same five issues and messages.
        let thrown = try #require(thrownIssues { () throws(RequestError) -> ProviderRequest in try Self.build(body) })
        #expect(thrown.sorted { $0.path < $1.path } == issues.sorted { $0.path < $1.path })
        // And providergen validate finds the same messages, not only the same paths and rules.
        let interpreted = try #require(PayloadAgreement.issues(of: body))
        #expect(interpreted.map(\.description).sorted() == issues.map(\.description).sorted())
        let sandbox = try #require(PayloadAgreement.sandboxIssues(of: body))
        #expect(sandbox.map(\.description).sorted() == issues.map(\.description).sorted(), "providergen-sandbox")
    }
}
