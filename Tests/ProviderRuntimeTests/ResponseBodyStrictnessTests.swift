import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

private struct Contact: Decodable, Equatable {
    var name: String
    var amount: Double?
    var notes: JSONValue?
}

private struct Envelope: Decodable {
    var code: Int
}

/// Issue 17's reproducers through the decode entry points generated code calls: the body is read
/// strictly and within `JSONLimits.current`, and every refusal names the field.
@Suite struct ResponseBodyStrictnessTests {
    private func failure(_ body: Data) -> ResponseDecodingError? {
        #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Contact.self, status: 200, from: body)
        }
    }

    private func failure(_ json: String) -> ResponseDecodingError? {
        failure(Data(json.utf8))
    }

    @Test func duplicateKeyNamesTheKey() {
        let error = failure(#"{"name":"Gaurav Kumar","name":"a!"}"#)
        #expect(
            error?.description
                == #"status 200: name: duplicate key "name"; keys must be unique, as a provider may read either value at line 1, column 24"#
        )
        let enveloped = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decodeEnveloped(
                Contact.self,
                at: "data",
                envelope: Envelope.self,
                status: 201,
                from: Data(#"{"code":1,"data":{"name":"a","notes":{"k":1,"k":2}}}"#.utf8)
            )
        }
        #expect(enveloped?.fieldPath == "data.notes.k")
    }

    @Test func trailingCommaIsRefused() {
        let error = failure(#"{"name":"a","notes":[1,2,],}"#)
        #expect(error?.fieldPath == "notes")
        #expect(error?.message == "not valid JSON: trailing comma before ']' at line 1, column 26")
    }

    @Test func utf16IsRefused() {
        let json = #"{"name":"a"}"#
        let error = failure(Data([0xFF, 0xFE]) + Data(json.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(
            error?.message.hasPrefix("not valid JSON: the body is UTF-16 (little-endian); JSON must be UTF-8") == true
        )
    }

    @Test func numberBeyondDoubleIsRefusedAtTheField() {
        let error = failure(#"{"name":"a","amount":1e400}"#)
        #expect(error?.fieldPath == "amount")
        #expect(error?.message.hasPrefix("the number 1e400 is out of range") == true)
    }

    @Test func numberThatWouldBecomeZeroIsRefusedAtTheField() {
        let error = failure(#"{"name":"a","amount":1e-400}"#)
        #expect(error?.fieldPath == "amount")
        #expect(error?.message.hasPrefix("the number 1e-400 is too small: it would become 0") == true)
    }

    @Test func numberADecimalCannotHoldIsRefusedAtTheField() {
        let error = failure(#"{"name":"a","notes":{"rates":[1,1e-200]}}"#)
        #expect(error?.description == "status 200: notes.rates[1]: 1e-200 is too small for Decimal: it would become 0")
    }

    /// The issue's 200 MB body: an unknown field holding an array of numbers. Refused by its size
    /// before it is read; the time limit only stops a hang.
    @Test(.timeLimit(.minutes(10))) func hostile200MegabyteBodyIsRefusedByItsSize() {
        // "1,1,1,…" made by doubling: a few large copies rather than 100 million appends.
        var numbers = Data("1,".utf8)
        while numbers.count < 200 << 20 {
            numbers.append(numbers)
        }
        let body = Data(#"{"name":"Gaurav Kumar","junk":["#.utf8) + numbers + Data("1]}".utf8)
        let error = failure(body)
        #expect(error?.fieldPath == "")
        #expect(
            error?.message
                == "the body is \(body.count) bytes, over the limit of 33554432 bytes (JSONLimits.maxBytes)"
        )
    }

    @Test func limitsAreTheCallersToChange() throws {
        let body = Data(#"{"name":"a","notes":[[[1]]]}"#.utf8)
        #expect(try ResponseBody.decode(Contact.self, status: 200, from: body).notes == [[[1]]])
        let small = JSONLimits.$current.withValue(JSONLimits(maxBytes: 20)) { failure(body) }
        #expect(small?.message.hasPrefix("the body is 28 bytes, over the limit of 20 bytes") == true)
        let shallow = JSONLimits.$current.withValue(JSONLimits(maxDepth: 3)) { failure(body) }
        #expect(shallow?.fieldPath == "notes[0][0]")
        #expect(shallow?.message.hasPrefix("nesting deeper than 3 levels") == true)
    }

    /// The depth ceiling is safe on a small stack: 256 nested arrays, read and decoded as
    /// `JSONValue` on a thread with 512 KiB of stack (a secondary thread's default on macOS).
    @Test(.timeLimit(.minutes(10))) func deepestAllowedNestingFitsASmallStack() async {
        let depth = JSONLimits.depthCeiling
        let body = Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        let decoded = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let thread = Thread {
                let value = JSONLimits.$current.withValue(JSONLimits(maxDepth: .max)) {
                    try? ResponseBody.decode(JSONValue.self, status: 200, from: body)
                }
                continuation.resume(returning: value != nil)
            }
            thread.stackSize = 512 << 10
            thread.start()
        }
        #expect(decoded)
    }

    @Test func aLargeJSONFieldDecodesWhole() throws {
        let count = 100_000
        let numbers = (0..<count).map { "\($0).25" }.joined(separator: ",")
        let contact = try ResponseBody.decode(
            Contact.self,
            status: 200,
            from: Data(#"{"name":"a","notes":{"values":[\#(numbers)]}}"#.utf8)
        )
        guard case .array(let values)? = contact.notes?["values"] else {
            Issue.record("expected an array, got \(String(describing: contact.notes))")
            return
        }
        #expect(values.count == count)
        #expect(values.last == .number(Decimal(string: "99999.25")!))
    }
}
