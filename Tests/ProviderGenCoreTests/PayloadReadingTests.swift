import Foundation
import ProviderGenCore
import ProviderRuntimeCore
import Testing

/// `providergen validate` reads its payload with the response decoders' strict reader, within limits.
@Suite struct PayloadReadingTests {
    private func issue(_ json: String, limits: JSONLimits = JSONLimits()) -> ValidationIssue? {
        guard case .failure(.invalid(let issue)) = PayloadReading.read(Data(json.utf8), limits: limits) else {
            Issue.record("\(json) was read")
            return nil
        }
        return issue
    }

    @Test func duplicateKeyIsAnErrorNamingTheKey() {
        let refused = issue(#"{"name":"Gaurav Kumar","name":"a!"}"#)
        #expect(refused?.path == "name")
        #expect(refused?.rule == "json")
        #expect(refused?.message.hasPrefix(#"duplicate key "name""#) == true)
    }

    @Test func strictReadingReproducers() {
        #expect(issue(#"{"name":"a",}"#)?.message.hasPrefix("not valid JSON: trailing comma") == true)
        #expect(issue(#"{"amount":1e400}"#)?.path == "amount")
        #expect(issue(#"{"amount":1e-400}"#)?.message.contains("would become 0") == true)
        let utf16 = Data([0xFE, 0xFF]) + Data(#"{"a":1}"#.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        guard case .failure(.invalid(let refused)) = PayloadReading.read(utf16, limits: JSONLimits()) else {
            Issue.record("UTF-16 was read")
            return
        }
        #expect(refused.message.contains("UTF-16 (big-endian)"))
    }

    @Test func validPayloadIsRead() throws {
        let read = PayloadReading.read(Data(#"{"name":"Gaurav Kumar","notes":{"k":1.50}}"#.utf8), limits: JSONLimits())
        #expect(try read.get() == ["name": "Gaurav Kumar", "notes": ["k": .number(Decimal(string: "1.5")!)]])
    }

    /// Read as a body type, a number no `Decimal` holds is refused only where a field reads it: the
    /// generated decoder skips members its model does not name (found by the contract test).
    @Test func aNumberNoDecimalHoldsMattersOnlyInAField() throws {
        let schema = try #require(SchemaFrontEnd.read(contentsOf: RepositoryPaths.schemas + "/razorpay.yaml").schema)
        let limits = JSONLimits()
        let unknown = Data(#"{"name":"Gaurav Kumar","extra":{"big":1e300},"more":[1e-300]}"#.utf8)
        let read = try PayloadReading.read(unknown, limits: limits, as: "CreateContactRequest", in: schema).get()
        #expect(read["name"] == "Gaurav Kumar")
        #expect(read["extra"] == .null)
        let known = Data(#"{"name":"Gaurav Kumar","notes":{"k":1e300}}"#.utf8)
        guard
            case .failure(.invalid(let refused)) = PayloadReading.read(
                known,
                limits: limits,
                as: "CreateContactRequest",
                in: schema
            )
        else {
            Issue.record("1e300 in a field was read")
            return
        }
        #expect(refused.path == "notes[k]")
        #expect(refused.message == "1e300 does not fit in Decimal")
        // Without a body type every number is read, as before.
        #expect(issue(#"{"extra":1e300}"#)?.path == "extra")
    }

    /// A 200 MB file is refused by its size, without being read: the file is sparse, so making it
    /// costs no disk and no time.
    @Test func oversizedFileIsRefusedBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("providergen-payload-\(UUID().uuidString).json").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        guard case .failure(.invalid(let refused)) = PayloadReading.read(contentsOf: path, limits: JSONLimits()) else {
            Issue.record("a 200 MB payload was read")
            return
        }
        #expect(refused.message == "the payload is 209715200 bytes, over the limit of 33554432 bytes (--max-bytes)")
    }

    @Test func missingFileIsAUsageError() {
        let result = PayloadReading.read(contentsOf: "/nonexistent/payload.json", limits: JSONLimits())
        #expect(throws: PayloadReading.Failure.unreadable("cannot read /nonexistent/payload.json")) { try result.get() }
    }
}
