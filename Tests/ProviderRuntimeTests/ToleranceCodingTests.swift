import Foundation
@_spi(Generated) import ProviderRuntimeCore
import Testing

/// The tolerances read through the `Decoder` protocol alone: JSONDecoder and PropertyListDecoder
/// read the same way, and undeclared leniency is never granted.
@Suite struct ToleranceCodingTests {
    struct Notes: Codable, Hashable, Sendable {
        var notes: [String: String]

        enum CodingKeys: String, CodingKey { case notes }

        init(notes: [String: String]) { self.notes = notes }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            notes = try container.decode(forKey: .notes, coding: .emptyArrayAsMap(of: .plain(String.self)))
        }
    }

    struct Phone: Decodable, Hashable, Sendable {
        var contact: String?

        enum CodingKeys: String, CodingKey {
            case contact
            case contactAlternate1 = "phone"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            contact = try container.decodeIfPresent(
                forKey: container.firstPresentKey(.contact, .contactAlternate1),
                coding: .numberAsString
            )
        }
    }

    func decodeJSON<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func emptyArrayReadsAsAnEmptyMapInJSONAndPropertyLists() throws {
        #expect(try decodeJSON(Notes.self, #"{"notes":[]}"#) == Notes(notes: [:]))
        #expect(try decodeJSON(Notes.self, #"{"notes":{"a":"b"}}"#) == Notes(notes: ["a": "b"]))
        let plist = try PropertyListSerialization.data(
            fromPropertyList: ["notes": [String]()],
            format: .binary,
            options: 0
        )
        #expect(try PropertyListDecoder().decode(Notes.self, from: plist) == Notes(notes: [:]))
        // Written back as the documented object.
        #expect(String(decoding: try JSONEncoder().encode(Notes(notes: [:])), as: UTF8.self) == #"{"notes":{}}"#)
    }

    @Test func onlyTheEmptyArrayIsTolerated() {
        for json in [#"{"notes":["a"]}"#, #"{"notes":"x"}"#, #"{"notes":{"a":1}}"#] {
            let error = ResponseBody.content(Notes.self, status: 200, from: Data(json.utf8)).mismatches.first
            #expect(error?.fieldPath.hasPrefix("notes") == true, "\(json): \(String(describing: error))")
        }
        let nonEmpty = ResponseBody.content(Notes.self, status: 200, from: Data(#"{"notes":["a"]}"#.utf8))
        #expect(nonEmpty.mismatches.first?.message == "expected an object, found an array")
    }

    @Test func numbersReadAsTheirDecimalText() throws {
        #expect(try decodeJSON(Phone.self, #"{"contact":9000090000}"#).contact == "9000090000")
        #expect(try decodeJSON(Phone.self, #"{"contact":"+91 90000 90000"}"#).contact == "+91 90000 90000")
        #expect(try decodeJSON(Phone.self, #"{"contact":1.50}"#).contact == "1.5")
        #expect(try decodeJSON(Phone.self, #"{"contact":null}"#).contact == nil)
        let boolean = ResponseBody.content(Phone.self, status: 200, from: Data(#"{"contact":true}"#.utf8))
        #expect(boolean.mismatches.map(\.description) == ["status 200: contact: expected a string, found a boolean"])
    }

    @Test func alternateSpellingsAreReadWhenThePrimaryIsAbsent() throws {
        #expect(try decodeJSON(Phone.self, #"{"phone":"123"}"#).contact == "123")
        #expect(try decodeJSON(Phone.self, #"{"contact":"1","phone":"2"}"#).contact == "1")
        #expect(try decodeJSON(Phone.self, #"{}"#).contact == nil)
    }

    @Test func wireAbsenceIsBookkeepingNotIdentity() throws {
        struct Probe: Decodable {
            enum CodingKeys: String, CodingKey { case a, b, c }
            let absence: WireAbsence
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                absence = WireAbsence(container, among: [(.a, 1), (.b, true), (.c, String?.none)])
            }
        }
        let absence = try decodeJSON(Probe.self, #"{"a":1}"#).absence
        #expect(!absence.omits(Probe.CodingKeys.a, whileStill: 1), "a was present")
        #expect(absence.omits(Probe.CodingKeys.b, whileStill: true))
        #expect(!absence.omits(Probe.CodingKeys.b, whileStill: false), "a changed value is written")
        #expect(absence.omits(Probe.CodingKeys.c, whileStill: String?.none))
        #expect(!absence.omits(Probe.CodingKeys.c, whileStill: Optional("set")))
        #expect(absence == WireAbsence())
        #expect(absence.hashValue == WireAbsence().hashValue)
    }
}
