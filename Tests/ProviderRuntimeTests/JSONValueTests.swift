import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct JSONValueTests {
    private func decode(_ json: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    private func encode(_ value: JSONValue) throws -> String {
        String(decoding: try JSONBody.encode(value), as: UTF8.self)
    }

    @Test func trueIsNotOne() throws {
        #expect(try decode("true") == .bool(true))
        #expect(try decode("1") == .number(1))
        #expect(try decode("[true,1,false,0]") == .array([.bool(true), .number(1), .bool(false), .number(0)]))
        #expect(try encode(decode("[true,1,false,0]")) == "[true,1,false,0]")
    }

    @Test func roundTripKeepsEveryValue() throws {
        let json = #"{"a":null,"b":[1,2.5,-3],"c":{"d":"x/y","e":[]},"f":{},"g":"ünïcødé","h":false}"#
        let value = try decode(json)
        #expect(value["b"]?[1] == .number(Decimal(string: "2.5")!))
        #expect(value["c"]?["d"]?.stringValue == "x/y")
        #expect(try encode(value) == json)
    }

    @Test func decimalsKeepPrecision() throws {
        let json = "[0.1,12345678901234567890,1e-7]"
        let value = try decode(json)
        #expect(value[0]?.numberValue == Decimal(string: "0.1"))
        #expect(value[1]?.numberValue == Decimal(string: "12345678901234567890"))
        #expect(value[2]?.numberValue == Decimal(string: "0.0000001"))
    }

    @Test func objectsEncodeWithSortedKeys() throws {
        let value: JSONValue = ["zeta": 1, "alpha": [true, nil], "mid": "m"]
        #expect(try encode(value) == #"{"alpha":[true,null],"mid":"m","zeta":1}"#)
    }

    @Test func accessors() {
        let value: JSONValue = ["list": [1, "two"], "flag": true]
        #expect(value["list"]?[1]?.stringValue == "two")
        #expect(value["list"]?[5] == nil)
        #expect(value["flag"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(JSONValue.null.isNull)
    }

    @Test func invalidJSONThrows() {
        #expect(throws: DecodingError.self) { try decode("{") }
        #expect(throws: DecodingError.self) { try decode("") }
    }

    @Test func deepNestingDoesNotCrash() throws {
        let depth = 200
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try decode(json)
        var levels = 0
        while case .array(let inner) = value, let first = inner.first {
            value = first
            levels += 1
        }
        #expect(levels == depth - 1)
    }
}
