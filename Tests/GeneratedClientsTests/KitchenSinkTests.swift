import Foundation
import KitchenSink
@_spi(Generated) import ProviderRuntime
import Testing

/// The kitchen-sink module (every key of the schema language) at run time: unions, JSON held in
/// strings, warning constraints, group rules and response-only nullable fields, each read by both
/// decoders, written back byte-exactly, and validated alike by `validate()` and `providergen validate`.
@Suite struct KitchenSinkTests {
    let client = KitchenSink.Client(token: BearerToken("sk_test"))

    /// Decodes with the strict reader (responses) and with Foundation's `JSONDecoder`.
    static func decodedBoth<T: Decodable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
        let strict = try ResponseBody.decode(type, status: 200, from: utf8(json))
        let foundation = try JSONDecoder().decode(type, from: utf8(json))
        #expect(strict == foundation)
        return strict
    }

    /// Both decoders refuse `json`; returns the strict reader's error, which names the field.
    @discardableResult
    static func expectRefused<T: Decodable>(
        _ type: T.Type,
        _ json: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        #expect(throws: DecodingError.self, sourceLocation: sourceLocation) {
            try JSONDecoder().decode(type, from: utf8(json))
        }
        do {
            _ = try ResponseBody.decode(type, status: 200, from: utf8(json))
            Issue.record("the strict reader accepted \(json)", sourceLocation: sourceLocation)
            return ""
        } catch {
            return "\(error)"
        }
    }

    /// Reads `json` as a `T` and writes it back: the same JSON, whichever decoder read it.
    @discardableResult
    static func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
        let value = try decodedBoth(type, json)
        #expect(text(try JSONBody.encode(value)) == json)
        return value
    }

    static func minimal() -> KitchenSink.CreateCustomerRequest {
        KitchenSink.CreateCustomerRequest(name: "Ada", email: .value("ada@example.com"), referrer: .id("cus_1"))
    }

    func build(_ body: KitchenSink.CreateCustomerRequest) throws(RequestError) -> ProviderRequest {
        try client.requests.createCustomer(storeId: "st_1", apiVersion: "2024-01", body)
    }

    // MARK: Unions told apart by JSON kind

    @Test func anIdOrTheExpandedObject() throws {
        #expect(try Self.roundTrip(CustomerReference.self, #""cus_1""#) == .id("cus_1"))
        let expanded = try Self.roundTrip(CustomerReference.self, #"{"city":"Lima","line1":"Av 1"}"#)
        #expect(expanded == .expanded(Address(line1: "Av 1", city: "Lima")))
    }

    @Test func anOpenUnionKeepsOtherShapesAsRead() throws {
        let unknown = try Self.roundTrip(CustomerReference.self, #"[1,{"a":true},"x"]"#)
        guard case .unknown(let json) = unknown else {
            Issue.record("expected .unknown, got \(unknown)")
            return
        }
        #expect(json.kind == .array)
        #expect(try Self.roundTrip(CustomerReference.self, "12") == .unknown(.number(12)))
    }

    @Test func anObjectOrAnEmptyStringThatUnsetsIt() throws {
        #expect(try Self.roundTrip(AddressOrCleared.self, #""""#) == .cleared)
        #expect(try Self.roundTrip(AddressOrCleared.self, #"{"line1":"Av 1"}"#) == .address(Address(line1: "Av 1")))
        // A closed union says what it expected, at the field's path.
        let refused = Self.expectRefused(UpdateCustomerRequest.self, #"{"address":"Av 1"}"#)
        #expect(refused.hasSuffix(#"address: expected an object or "", found a string"#))
    }

    @Test func aBooleanOrTheStringsTrueAndFalse() throws {
        #expect(try Self.roundTrip(LooseBoolean.self, "true") == .boolean(true))
        #expect(try Self.roundTrip(LooseBoolean.self, #""false""#) == .text(.false))
        Self.expectRefused(LooseBoolean.self, "null")
        #expect(try Self.roundTrip(LooseBoolean.self, "0") == .zero)
        // 1 is a number but not the constant 0, and "yes" is a string but not one of the enum's values.
        Self.expectRefused(LooseBoolean.self, "1")
        Self.expectRefused(LooseBoolean.self, #""yes""#)
        Self.expectRefused(LooseBoolean.self, "{}")
    }

    // MARK: Unions told apart by a discriminator

    @Test func theDiscriminatorPicksTheShape() throws {
        let card = try Self.roundTrip(PaymentSource.self, #"{"last4":"4242","object":"card"}"#)
        #expect(card == .card(Card(object: "card", last4: "4242")))
        let bank = try Self.roundTrip(PaymentSource.self, #"{"iban":"DE89370400440532013000","object":"bank_account"}"#)
        #expect(bank == .bankAccount(BankAccount(object: .bankAccount, iban: "DE89370400440532013000")))
        let wallet = Self.expectRefused(PaymentSource.self, #"{"object":"wallet"}"#)
        #expect(wallet.hasSuffix("expected an object whose 'object' is card or bank_account, found 'object' wallet"))
        Self.expectRefused(PaymentSource.self, #""card""#)
    }

    // MARK: JSON held in a string

    @Test func jsonInAStringIsTypedInSwiftAndAStringOnTheWire() throws {
        var body = Self.minimal()
        body.metadata = Metadata(plan: "gold", seats: 3)
        body.labels = ["b": "2", "a": "1"]
        let request = try build(body)
        let sent = try jsonValue(try #require(request.body))
        guard case .object(let members) = sent else {
            Issue.record("not an object: \(sent)")
            return
        }
        #expect(members["metadata"] == .string(#"{"plan":"gold","seats":3}"#))
        #expect(members["labels"] == .string(#"{"a":"1","b":"2"}"#))

        let response = #"{"deletedAt":null,"id":"cus_1","metadata":"{\"plan\":\"free\"}"}"#
        let customer = try Self.roundTrip(Customer.self, response)
        #expect(customer.metadata == Metadata(plan: "free"))
        let notJSON = Self.expectRefused(Customer.self, #"{"id":"c","deletedAt":null,"metadata":"{plan}"}"#)
        #expect(notJSON.contains("metadata: expected JSON text in the string"))
        let wrongShape = Self.expectRefused(Customer.self, #"{"id":"c","deletedAt":null,"metadata":"{\"seats\":1}"}"#)
        #expect(wrongShape.contains("metadata.plan"))
    }

    // MARK: Form bodies

    @Test func formBodiesWriteUnionValues() throws {
        let cleared = try client.requests.updateCustomer(
            id: "cus_1",
            UpdateCustomerRequest(address: .cleared, flags: [.boolean(true), .text(.false), .zero])
        )
        #expect(text(cleared.body) == "address=&flags[0]=true&flags[1]=false&flags[2]=0")
        let moved = try client.requests.updateCustomer(
            id: "cus_1",
            UpdateCustomerRequest(address: .address(Address(line1: "Av 1", city: "Lima")))
        )
        #expect(text(moved.body) == "address[line1]=Av%201&address[city]=Lima")
    }

    // MARK: Validation

    @Test func warningConstraintsReportWithoutBlocking() throws {
        var body = Self.minimal()
        body.name = "ada lovelace the first countess"
        body.tags = ["a", "b", "c", "d"]
        let report = body.validate()
        #expect(report.errors.isEmpty)
        #expect(report.warnings.map(rendered).sorted() == ["name maxLength", "name pattern", "tags maxItems"])
        #expect(PayloadAgreement.issues(of: body)?.map(rendered).sorted() == report.issues.map(rendered).sorted())
        #expect(try build(body).warnings.map(rendered).sorted() == ["name maxLength", "name pattern", "tags maxItems"])
        // The error limits still apply beside the warning ones.
        body.tags = ["a", "b", "c", "d", "e", "f"]
        expectValidation(body, ["tags maxItems", "name maxLength", "name pattern", "tags maxItems"], build: build)
        #expect(body.validate().warnings.count == 3)
    }

    @Test func parameterWarningsDoNotBlockEither() throws {
        let request = try client.requests.createCustomer(storeId: "st_1", limit: 80, apiVersion: "v1", Self.minimal())
        #expect(request.url.query == "limit=80")
        #expect(request.warnings.map(rendered) == ["limit maximum"])
        #expect(throws: RequestError.self) {
            try client.requests.createCustomer(storeId: "st_1", limit: 101, apiVersion: "v1", Self.minimal())
        }
    }

    @Test func atLeastOneOfAndExactlyOneOf() throws {
        var body = KitchenSink.CreateCustomerRequest(name: "Ada", referrer: .id("cus_1"))
        expectValidation(body, [" atLeastOneOf"], build: build)
        let atLeast = try #require(body.validate().issues.first)
        #expect(atLeast.description == "at least one of email, phone must be given [atLeastOneOf]")
        body.phone = "+573001234567"
        expectValidation(body, [], build: build)
        // exactlyOneOf is a warning rule here: reported, agreed on, and never blocking.
        for (address, referrer, found) in [
            (AddressOrCleared.cleared, CustomerReference.id("cus_1"), "address, referrer are"),
            (nil, nil, "none is"),
        ] {
            body.address = address
            body.referrer = referrer
            let report = body.validate()
            #expect(
                report.issues.map(\.description) == [
                    "warning: exactly one of address, referrer must be given; \(found) [oneContactChannel]"
                ]
            )
            #expect(PayloadAgreement.issues(of: body) == report.issues)
            #expect(try build(body).warnings == report.issues)
        }
    }

    @Test func unionValuesAreValidatedAsTheirShape() throws {
        var body = Self.minimal()
        body.referrer = .id("not-a-customer-id")
        body.source = .bankAccount(BankAccount(object: .bankAccount, iban: "DE00"))
        expectValidation(body, ["referrer pattern", "source.iban format.iban"], build: build)
        body.referrer = .expanded(Address(line1: "x"))
        body.source = .card(Card(object: "card", last4: "42"))
        expectValidation(body, ["source.last4 pattern"], build: build)
    }

    @Test func jsonStringContentIsValidatedAsTheContent() throws {
        var body = Self.minimal()
        body.labels = ["a": "1", "b": "2", "c": "3", "d": "4"]
        expectValidation(body, ["labels maxEntries"], build: build)
    }

    // MARK: Nullable response fields

    @Test func responseFieldsReadNullAndAbsenceAsNilAndWriteBackWhichItWas() throws {
        let withNull = try Self.roundTrip(Customer.self, #"{"deletedAt":null,"id":"cus_1","nickname":null}"#)
        #expect(withNull.nickname == nil)
        let absent = try Self.roundTrip(Customer.self, #"{"deletedAt":null,"id":"cus_1"}"#)
        #expect(absent.nickname == nil)
        // A value set later is written, and nil on a new model is written as null.
        var changed = absent
        changed.nickname = "Ada"
        #expect(text(try JSONBody.encode(changed)) == #"{"deletedAt":null,"id":"cus_1","nickname":"Ada"}"#)
    }

    @Test func distinguishNullKeepsNullableOnAResponseField() throws {
        let customer = try Self.roundTrip(Customer.self, #"{"deletedAt":null,"id":"cus_1","middleName":null}"#)
        #expect(customer.middleName == .null)
        let absent = try Self.roundTrip(Customer.self, #"{"deletedAt":null,"id":"cus_1"}"#)
        #expect(absent.middleName == nil)
    }

    @Test func alternateNamesAndTolerancesStillApply() throws {
        let customer = try Self.decodedBoth(
            Customer.self,
            #"{"customerId":"cus_9","deletedAt":null,"phone":5730012,"attributes":[]}"#
        )
        #expect(customer.id == "cus_9")
        #expect(customer.phone == "5730012")
        #expect(customer.attributes == [:])
    }
}
