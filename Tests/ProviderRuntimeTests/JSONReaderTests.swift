import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// The strict reader on its own: what it refuses, where it says the problem is, and that what it
/// accepts keeps every value exactly.
@Suite struct JSONReaderTests {
    private func read(_ json: String, limits: JSONLimits = JSONLimits()) throws(JSONReadingError) -> JSONNode {
        try JSONReader.read(Data(json.utf8), limits: limits)
    }

    private func refusal(_ json: String, limits: JSONLimits = JSONLimits()) -> JSONReadingError? {
        refusal(Data(json.utf8), limits: limits)
    }

    private func refusal(_ bytes: Data, limits: JSONLimits = JSONLimits()) -> JSONReadingError? {
        #expect(throws: JSONReadingError.self) { try JSONReader.read(bytes, limits: limits) }
    }

    private func value(_ json: String) throws -> JSONValue {
        try JSONNodeDecoder(read(json)).decode(JSONValue.self)
    }

    @Test func duplicateKeyIsAnErrorAtItsPath() {
        let error = refusal(#"{"name":"Gaurav Kumar","name":"a!"}"#)
        #expect(error?.path == "name")
        #expect(error?.message.hasPrefix(#"duplicate key "name""#) == true)
        #expect(error?.line == 1)
        #expect(error?.column == 24)
        let nested = refusal(#"{"data":{"items":[{"x":1},{"x":1,"y":2,"x":3}]}}"#)
        #expect(nested?.path == "data.items[1].x")
    }

    @Test func duplicateKeyInALargeObject() {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(throws: Never.self) { try read("{\(members)}") }
        let error = refusal("{\(members),\"k7\":0}")
        #expect(error?.path == "k7")
    }

    @Test func lineAndColumnCountLinesAndCharacters() {
        let error = refusal("{\n  \"é\": 1,\n  \"é\": 2\n}")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(error?.located.hasSuffix("at line 3, column 3") == true)
    }

    @Test(arguments: [#"{"a":1,}"#, "[1,2,]", #"{"a":[1,],"b":2}"#])
    func trailingCommaIsAnError(json: String) {
        let error = refusal(json)
        #expect(error?.message.hasPrefix("not valid JSON: trailing comma before") == true)
    }

    @Test func trailingCommaNamesTheContainer() {
        #expect(refusal(#"{"a":[1,],"b":2}"#)?.path == "a")
    }

    @Test func utf16AndUTF32AreRefused() {
        let json = #"{"name":"Gaurav"}"#
        let littleEndian = Data(json.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let bigEndian = Data(json.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(refusal(littleEndian)?.message.contains("UTF-16 (little-endian)") == true)
        #expect(refusal(bigEndian)?.message.contains("UTF-16 (big-endian)") == true)
        #expect(refusal(Data([0xFF, 0xFE]) + littleEndian)?.message.contains("UTF-16 (little-endian)") == true)
        #expect(refusal(Data([0xFE, 0xFF]) + bigEndian)?.message.contains("UTF-16 (big-endian)") == true)
        let utf32 = Data(json.unicodeScalars.flatMap { [UInt8($0.value), 0, 0, 0] })
        #expect(refusal(utf32)?.message.contains("UTF-32 (little-endian)") == true)
        #expect(refusal(Data([0, 0, 0]) + Data(json.utf8.prefix(1)))?.message.contains("UTF-32 (big-endian)") == true)
    }

    @Test func byteOrderMarkIsRefused() {
        let error = refusal(Data([0xEF, 0xBB, 0xBF]) + Data("{}".utf8))
        #expect(error?.message.contains("byte order mark") == true)
        #expect(error?.offset == 0)
    }

    @Test(arguments: [
        ([0x22, 0xFF, 0x22], 1),  // not a UTF-8 byte
        ([0x22, 0xC0, 0x80, 0x22], 1),  // overlong NUL
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),  // an encoded surrogate
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),  // above U+10FFFF
        ([0x22, 0x61, 0xE2, 0x82, 0x22], 2),  // cut short
    ])
    func invalidUTF8IsRefusedAtItsByte(bytes: [UInt8], offset: Int) {
        let error = refusal(Data(bytes))
        #expect(error?.offset == offset)
        #expect(error?.message.contains("invalid UTF-8") == true)
    }

    @Test func escapesAndSurrogatePairs() throws {
        #expect(try value(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("a\"\\/\u{8}\u{C}\n\r\té😀"))
        #expect(try value(#""Gr\u00FC\u00dfe, ünïcødé""#) == .string("Grüße, ünïcødé"))
        #expect(refusal(#""\ud800""#)?.message.contains("surrogate") == true)
        #expect(refusal(#""\udc00\ud800""#)?.message.contains("surrogate") == true)
        #expect(refusal(#""\ud800\u0041""#)?.message.contains("surrogate") == true)
        #expect(refusal(#""\x""#)?.message.contains("unknown escape") == true)
        #expect(refusal(#""\u12""#)?.message.contains("4 hex digits") == true)
        #expect(refusal("\"a\u{1}b\"")?.message.contains("control character U+0001") == true)
        #expect(refusal(#""open"#)?.message.contains("not closed") == true)
    }

    @Test func outOfRangeNumbersNameTheField() {
        let large = refusal(#"{"amount":1e400}"#)
        #expect(large?.path == "amount")
        #expect(large?.message.hasPrefix("the number 1e400 is out of range") == true)
        #expect(large?.column == 11)
        let small = refusal(#"{"data":{"rates":[0.5,1e-400]}}"#)
        #expect(small?.path == "data.rates[1]")
        #expect(small?.message.hasPrefix("the number 1e-400 is too small: it would become 0") == true)
        #expect(throws: Never.self) { try read("[-1.7e308, 4e-324, 1.7976931348623157e308]") }
        #expect(refusal("1.7976931348623159e308")?.message.contains("out of range") == true)
        #expect(refusal("2e-324")?.message.contains("too small") == true)
        #expect(refusal("0.000" + String(repeating: "0", count: 400) + "1")?.message.contains("too small") == true)
        #expect(refusal("1" + String(repeating: "0", count: 400))?.message.contains("out of range") == true)
        #expect(refusal("1e99999999999999999999999")?.message.contains("out of range") == true)
    }

    @Test func zeroIsNeverOutOfRange() throws {
        #expect(try value("[0, -0, 0.0, 0e999999999999, 0.000e-400]") == [0, 0, 0, 0, 0])
    }

    @Test(arguments: ["01", "-", "1.", ".5", "+1", "1e", "1e+", "-a", "NaN", "Infinity", "0x10", "1.e3", "--1"])
    func malformedNumbersAreRefused(json: String) {
        #expect(refusal(json)?.message.hasPrefix("not valid JSON: ") == true)
    }

    @Test(arguments: ["", " \n\t", "{", "[1,2", "tru", "nul", "[1 2]", #"{"a" 1}"#, #"{1:2}"#, "1 2", "[]]", "'a'"])
    func malformedDocumentsAreRefused(json: String) {
        #expect(refusal(json)?.message.hasPrefix("not valid JSON: ") == true)
    }

    @Test func numbersKeepTheirText() throws {
        guard case .array(let numbers) = try read("[-12.50e3, 1E+2, 0.10]") else {
            Issue.record("expected an array")
            return
        }
        #expect(numbers.map { if case .number(let text) = $0 { text } else { "" } } == ["-12.50e3", "1E+2", "0.10"])
    }

    @Test func jsonValueNumbersAreExactDecimals() throws {
        let parsed = try value(
            "[0.1, 12345678901234567890, 1e-7, -12.50e3, 1E+2, 12345678901234567890123456789012345678]"
        )
        #expect(parsed[0]?.numberValue == Decimal(string: "0.1"))
        #expect(parsed[1]?.numberValue == Decimal(string: "12345678901234567890"))
        #expect(parsed[2]?.numberValue == Decimal(string: "0.0000001"))
        #expect(parsed[3]?.numberValue == Decimal(-12500))
        #expect(parsed[4]?.numberValue == Decimal(100))
        #expect(parsed[5]?.numberValue == Decimal(string: "12345678901234567890123456789012345678"))
    }

    @Test func aNumberADecimalCannotHoldIsAnErrorAtItsPath() {
        let tooManyDigits = #expect(throws: DecodingError.self) {
            try value(#"{"notes":{"id":123456789012345678901234567890123456789}}"#)
        }
        guard case .dataCorrupted(let context)? = tooManyDigits else {
            Issue.record("expected dataCorrupted, got \(String(describing: tooManyDigits))")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["notes", "id"])
        #expect(context.debugDescription == "123456789012345678901234567890123456789 does not fit in Decimal")
        #expect(throws: DecodingError.self) { try value("[1e-130]") }
        #expect(throws: Never.self) { try value("[1e127, 1e-128, 123e125]") }
        // Found by the fuzzer: built as 10^9 × 10^127, a Decimal stores 1 × 10^136 and overflowed to NaN.
        #expect(throws: DecodingError.self) { try value("[57,1E+136]") }
    }

    @Test func typedNumbersConvertExactlyOrNotAtAll() throws {
        let decoder = { (json: String) throws -> JSONNodeDecoder in JSONNodeDecoder(try read(json)) }
        #expect(try decoder("1.0").decode(Int.self) == 1)
        #expect(try decoder("1e2").decode(Int.self) == 100)
        #expect(try decoder("-0").decode(Int.self) == 0)
        #expect(try decoder("255").decode(UInt8.self) == 255)
        #expect(throws: DecodingError.self) { try decoder("256").decode(UInt8.self) }
        #expect(throws: DecodingError.self) { try decoder("1.5").decode(Int.self) }
        #expect(throws: DecodingError.self) { try decoder("1e30").decode(Int64.self) }
        #expect(try decoder("1e300").decode(Double.self) == 1e300)
        #expect(throws: DecodingError.self) { try decoder("1e39").decode(Float.self) }
        #expect(throws: DecodingError.self) { try decoder("1e-50").decode(Float.self) }
        #expect(try decoder(#""aGVsbG8=""#).decode(Data.self) == Data("hello".utf8))
        #expect(try decoder(#""https://x.example/a""#).decode(URL.self) == URL(string: "https://x.example/a"))
    }

    @Test func bodyOverTheByteLimitIsRefusedBeforeReading() {
        let limits = JSONLimits(maxBytes: 10)
        #expect(throws: Never.self) { try read("[1,2,3,4]", limits: limits) }
        let error = refusal("[1,2,3,4,5]", limits: limits)
        #expect(error?.message == "the body is 11 bytes, over the limit of 10 bytes (JSONLimits.maxBytes)")
        #expect(error?.located == error?.message)
        // Refused by its size alone: the bytes are not even JSON.
        #expect(
            refusal(Data(repeating: 0xFF, count: 11), limits: limits)?.message.contains("JSONLimits.maxBytes") == true
        )
    }

    @Test func nestingOverTheDepthLimitIsRefusedWhereItHappens() {
        let limits = JSONLimits(maxDepth: 3)
        #expect(throws: Never.self) { try read(#"[{"a":[1]}]"#, limits: limits) }
        let error = refusal(#"[{"a":[{"b":1}]}]"#, limits: limits)
        #expect(error?.path == "[0].a[0]")
        #expect(error?.message == "nesting deeper than 3 levels of arrays and objects (JSONLimits.maxDepth)")
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(refusal(deep)?.message.contains("deeper than 128 levels") == true)
    }

    @Test func limitsAreClampedAndDefaultToTheDocumentedValues() {
        #expect(JSONLimits() == JSONLimits(maxBytes: 32 << 20, maxDepth: 128))
        #expect(JSONLimits(maxDepth: 100_000).maxDepth == JSONLimits.depthCeiling)
        #expect(JSONLimits(maxBytes: -1, maxDepth: -1) == JSONLimits(maxBytes: 0, maxDepth: 0))
        #expect(JSONLimits.current == JSONLimits())
        JSONLimits.$current.withValue(JSONLimits(maxBytes: 5)) {
            #expect(JSONLimits.current.maxBytes == 5)
        }
    }
}
