import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

private struct PaymentContactAccount: Codable, Equatable {
    var iban: String
    var isDefault: Bool

    init(iban: String, isDefault: Bool) {
        self.iban = iban
        self.isDefault = isDefault
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        iban = try container.decode(String.self, forKey: AnyCodingKey("iban"))
        isDefault = try container.decode(forKey: AnyCodingKey("isDefault"), coding: .zeroOrOne)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(iban, forKey: AnyCodingKey("iban"))
        try container.encode(isDefault, forKey: AnyCodingKey("isDefault"), coding: .zeroOrOne)
    }
}

private struct ContactPayload: Codable, Equatable {
    var paymentContactAccount: PaymentContactAccount
    var tags: [String]
}

private struct Envelope: Codable, Equatable {
    var code: Int
    var message: String
}

@Suite struct ResponseBodyTests {
    private func decodeFailure<T: Decodable>(_ type: T.Type, _ json: String, status: Int = 200)
        -> ResponseDecodingError?
    {
        #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(type, status: status, from: Data(json.utf8))
        }
    }

    @Test func decodesValidBody() throws {
        let json = #"{"paymentContactAccount":{"iban":"DE89","isDefault":1},"tags":["a"]}"#
        let payload = try ResponseBody.decode(ContactPayload.self, status: 200, from: Data(json.utf8))
        #expect(
            payload
                == ContactPayload(
                    paymentContactAccount: PaymentContactAccount(iban: "DE89", isDefault: true),
                    tags: ["a"]
                )
        )
    }

    @Test func missingField() {
        let error = decodeFailure(ContactPayload.self, #"{"paymentContactAccount":{"isDefault":1},"tags":[]}"#)
        #expect(
            error
                == ResponseDecodingError(
                    status: 200,
                    fieldPath: "paymentContactAccount.iban",
                    message: "missing required field"
                )
        )
        #expect(error?.description == "status 200: paymentContactAccount.iban: missing required field")
    }

    @Test func typeMismatchNamesWhatWasFound() {
        let error = decodeFailure(
            ContactPayload.self,
            #"{"paymentContactAccount":{"iban":12,"isDefault":1},"tags":[]}"#
        )
        #expect(error?.fieldPath == "paymentContactAccount.iban")
        #expect(error?.message == "expected a string, found a number")
    }

    @Test func arrayIndicesInPaths() {
        let error = decodeFailure(
            ContactPayload.self,
            #"{"paymentContactAccount":{"iban":"x","isDefault":0},"tags":["a","b",{"c":1}]}"#,
            status: 201
        )
        #expect(error?.description == "status 201: tags[2]: expected a string, found an object")
    }

    @Test func nullForRequiredValue() {
        let error = decodeFailure(
            ContactPayload.self,
            #"{"paymentContactAccount":{"iban":null,"isDefault":0},"tags":[]}"#
        )
        #expect(error?.fieldPath == "paymentContactAccount.iban")
        #expect(error?.message == "expected a string, found null")
    }

    @Test func wrongContainerKind() {
        let error = decodeFailure(ContactPayload.self, #"{"paymentContactAccount":[],"tags":{}}"#)
        #expect(error?.fieldPath == "paymentContactAccount")
        #expect(error?.message == "expected an object, found an array")
        let arrayError = decodeFailure(
            ContactPayload.self,
            #"{"paymentContactAccount":{"iban":"x","isDefault":0},"tags":"a"}"#
        )
        #expect(arrayError?.description == "status 200: tags: expected an array, found a string")
    }

    @Test func fractionForAnInteger() {
        struct Counter: Decodable { var count: Int }
        let error = decodeFailure(Counter.self, #"{"count":1.5}"#)
        #expect(error?.description == "status 200: count: expected an integer, found 1.5")
        let overflow = decodeFailure([Counter].self, #"[{"count":1},{"count":99999999999999999999}]"#)
        #expect(overflow?.description == "status 200: [1].count: 99999999999999999999 does not fit in Int")
        let stringError = decodeFailure(Counter.self, #"{"count":"3"}"#)
        #expect(stringError?.message == "expected an integer, found a string")
    }

    @Test(arguments: ["{", "", "   ", "not json", #"{"a":}"#, "\u{FF}\u{FE}", "[1,2"])
    func invalidJSONDoesNotCrash(body: String) {
        let error = decodeFailure(ContactPayload.self, body, status: 500)
        #expect(error?.status == 500)
        // The reader names where it stopped: inside the member "a" for `{"a":}`.
        #expect(error?.fieldPath == (body == #"{"a":}"# ? "a" : ""))
        #expect(error?.message.hasPrefix("not valid JSON: ") == true)
    }

    @Test func invalidUTF8DoesNotCrash() {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(
                ContactPayload.self,
                status: 200,
                from: Data([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])
            )
        }
        #expect(error?.message.isEmpty == false)
    }

    @Test func envelopedPayloadAndEnvelope() throws {
        let json =
            #"{"code":200,"message":"success","data":{"paymentContactAccount":{"iban":"DE89","isDefault":0},"tags":[]}}"#
        let (payload, envelope) = try ResponseBody.decodeEnveloped(
            ContactPayload.self,
            at: "data",
            envelope: Envelope.self,
            status: 200,
            from: Data(json.utf8)
        )
        #expect(envelope == Envelope(code: 200, message: "success"))
        #expect(payload.paymentContactAccount.iban == "DE89")
        #expect(!payload.paymentContactAccount.isDefault)
    }

    @Test func envelopedErrorPathIncludesTheKey() {
        let json =
            #"{"code":200,"message":"success","data":{"paymentContactAccount":{"iban":"DE89","isDefault":2},"tags":[]}}"#
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decodeEnveloped(
                ContactPayload.self,
                at: "data",
                envelope: Envelope.self,
                status: 200,
                from: Data(json.utf8)
            )
        }
        #expect(error?.description == "status 200: data.paymentContactAccount.isDefault: expected 0 or 1")
    }

    @Test func envelopedNumberThatDoesNotFit() {
        struct Amount: Decodable { var cents: Int }
        let json = #"{"code":200,"message":"ok","data":{"cents":12.5}}"#
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decodeEnveloped(
                Amount.self,
                at: "data",
                envelope: Envelope.self,
                status: 200,
                from: Data(json.utf8)
            )
        }
        #expect(error?.description == "status 200: data.cents: expected an integer, found 12.5")
    }

    @Test func envelopedMissingPayload() {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decodeEnveloped(
                ContactPayload.self,
                at: "result",
                envelope: Envelope.self,
                status: 200,
                from: Data(#"{"code":1,"message":"m"}"#.utf8)
            )
        }
        #expect(error?.fieldPath == "result")
        #expect(error?.message == "missing required field")
    }

    @Test func envelopeRoundTrip() throws {
        let payload = ContactPayload(
            paymentContactAccount: PaymentContactAccount(iban: "DE89", isDefault: true),
            tags: ["x"]
        )
        let envelope = Envelope(code: 200, message: "success")
        let data = try ResponseBody.encodeEnveloped(payload, at: "data", envelope: envelope)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"code":200,"data":{"paymentContactAccount":{"iban":"DE89","isDefault":1},"tags":["x"]},"message":"success"}"#
        )
        let decoded = try ResponseBody.decodeEnveloped(
            ContactPayload.self,
            at: "data",
            envelope: Envelope.self,
            status: 200,
            from: data
        )
        #expect(decoded.payload == payload)
        #expect(decoded.envelope == envelope)
    }

    @Test func envelopeThatIsNotAnObjectThrows() {
        #expect(throws: EncodingError.self) {
            try ResponseBody.encodeEnveloped(["a"], at: "data", envelope: "not an object")
        }
    }

    @Test func contentNeverThrowsAndNamesTheMismatch() {
        let fits = ResponseBody.content([String: Int].self, status: 429, from: Data(#"{"a":1}"#.utf8))
        #expect(fits == .decoded(["a": 1]))
        #expect(fits.model == ["a": 1])
        #expect(fits.mismatches.isEmpty)
        let empty = ResponseBody.content([String: Int].self, status: 429, from: Data())
        #expect(empty.model == nil)
        #expect(empty.mismatches.map(\.description) == ["status 429: not valid JSON: the body is empty"])
        let wrong = ResponseBody.content([String: Int].self, status: 503, from: Data(#"{"a":"x"}"#.utf8))
        #expect(wrong.mismatches.map(\.fieldPath) == ["a"])
    }
}
