import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

private struct Account: Codable, Equatable {
    var isDefault: Bool
    var isActive: Bool?

    init(isDefault: Bool, isActive: Bool?) {
        self.isDefault = isDefault
        self.isActive = isActive
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        isDefault = try container.decode(forKey: AnyCodingKey("isDefault"), coding: .zeroOrOne)
        isActive = try container.decodeIfPresent(forKey: AnyCodingKey("isActive"), coding: .zeroOrOne)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(isDefault, forKey: AnyCodingKey("isDefault"), coding: .zeroOrOne)
        try container.encodeIfPresent(isActive, forKey: AnyCodingKey("isActive"), coding: .zeroOrOne)
    }
}

@Suite struct BinaryBoolTests {
    private func decode(_ json: String) throws -> Account {
        try JSONDecoder().decode(Account.self, from: Data(json.utf8))
    }

    @Test func zeroAndOne() throws {
        #expect(try decode(#"{"isDefault":1}"#) == Account(isDefault: true, isActive: nil))
        #expect(try decode(#"{"isDefault":0,"isActive":1}"#) == Account(isDefault: false, isActive: true))
    }

    @Test func sloppyTrueFalse() throws {
        #expect(try decode(#"{"isDefault":true,"isActive":false}"#) == Account(isDefault: true, isActive: false))
    }

    @Test func nullOptionalIsNil() throws {
        #expect(try decode(#"{"isDefault":0,"isActive":null}"#).isActive == nil)
    }

    @Test(arguments: [
        #"{"isDefault":2}"#, #"{"isDefault":-1}"#, #"{"isDefault":"1"}"#, #"{"isDefault":0.5}"#, #"{"isDefault":null}"#,
        #"{"isDefault":0,"isActive":2}"#,
    ])
    func otherValuesAreRejected(json: String) {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Account.self, status: 200, from: Data(json.utf8))
        }
        #expect(error?.message == "expected 0 or 1")
        #expect(error?.fieldPath == (json.contains("isActive") ? "isActive" : "isDefault"))
    }

    @Test func missingRequiredFieldIsKeyNotFound() {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Account.self, status: 200, from: Data(#"{}"#.utf8))
        }
        #expect(error?.fieldPath == "isDefault")
        #expect(error?.message == "missing required field")
    }

    @Test func encodesAsIntegers() throws {
        #expect(
            String(decoding: try JSONBody.encode(Account(isDefault: true, isActive: false)), as: UTF8.self)
                == #"{"isActive":0,"isDefault":1}"#
        )
        #expect(
            String(decoding: try JSONBody.encode(Account(isDefault: false, isActive: nil)), as: UTF8.self)
                == #"{"isDefault":0}"#
        )
    }
}
