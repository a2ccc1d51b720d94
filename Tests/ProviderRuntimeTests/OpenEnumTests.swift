import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Shaped exactly like a generated open enum.
private struct ContactType: OpenEnum {
    let rawValue: String
    static let vendor = ContactType(rawValue: "vendor")
    static let customer = ContactType(rawValue: "customer")
    static let knownValues: [ContactType] = [.vendor, .customer]
}

private struct Contact: Codable, Equatable {
    var type: ContactType
}

@Suite struct OpenEnumTests {
    @Test func knownValueDecodes() throws {
        let contact = try JSONDecoder().decode(Contact.self, from: Data(#"{"type":"vendor"}"#.utf8))
        #expect(contact.type == .vendor)
        #expect(contact.type.isKnown)
    }

    @Test func unknownValueRoundTrips() throws {
        let json = #"{"type":"employee"}"#
        let contact = try JSONDecoder().decode(Contact.self, from: Data(json.utf8))
        #expect(contact.type.rawValue == "employee")
        #expect(!contact.type.isKnown)
        #expect(contact.type != .vendor)
        #expect(String(decoding: try JSONBody.encode(contact), as: UTF8.self) == json)
    }

    @Test func encodesAsAPlainString() throws {
        #expect(String(decoding: try JSONBody.encode([ContactType.customer]), as: UTF8.self) == #"["customer"]"#)
        #expect(try FormEncoder().encodeToString(Contact(type: .customer)) == "type=customer")
    }

    @Test func nonStringIsAnError() {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Contact.self, status: 200, from: Data(#"{"type":3}"#.utf8))
        }
        #expect(error?.fieldPath == "type")
        #expect(error?.message == "expected a string, found a number")
    }

    @Test func literalsAndDescription() {
        let literal: ContactType = "vendor"
        #expect(literal == .vendor)
        #expect(ContactType.customer.description == "customer")
        #expect("\(ContactType(rawValue: "x"))" == "x")
    }
}
