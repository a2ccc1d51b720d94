// libFuzzer entry point for the strict JSON reader and the response decoders. Compiled into the
// ProviderRuntimeCore module by run-fuzzer.sh (target `json`), so package API is reachable.
//
// Besides crashes, hangs and memory blow-ups, it stops on broken promises:
// - a refusal points into the body (offset within it, line and column 1 or later) and says why;
// - a document the reader accepts, Foundation's JSONSerialization accepts too (the reader is
//   only ever stricter);
// - a document read as a JSONValue, written with JSONBody and read again, is the same value;
// - ResponseBody.decode and decodeEnveloped, into models shaped like generated ones, either
//   decode or throw a ResponseDecodingError with a message.

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Data(UnsafeBufferPointer(start: data, count: size))
    let limits = JSONLimits(maxBytes: 1 << 20)
    do {
        let root = try JSONReader.read(body, limits: limits)
        FuzzJSONChecks.require(
            (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil,
            "the reader accepted a body JSONSerialization refuses"
        )
        if let value = try? JSONNodeDecoder(root).decode(JSONValue.self) {
            do {
                let written = try JSONBody.encode(value)
                let again = try JSONNodeDecoder(JSONReader.read(written, limits: JSONLimits(maxBytes: .max)))
                    .decode(JSONValue.self)
                FuzzJSONChecks.require(again == value, "written and read again, \(value) became \(again)")
            } catch {
                FuzzJSONChecks.require(false, "\(value) could not be written and read again: \(error)")
            }
        }
    } catch {
        FuzzJSONChecks.require(
            error.offset >= 0 && error.offset <= size
                && (error.line >= 1 && error.column >= 1 || error.line == 0 && error.column == 0)
                && !error.message.isEmpty,
            "a refusal outside the body: \(error)"
        )
    }
    JSONLimits.$current.withValue(limits) {
        FuzzJSONChecks.decodes(FuzzContact.self, body)
        FuzzJSONChecks.decodes([FuzzContact].self, body)
        FuzzJSONChecks.decodes(JSONValue.self, body)
        do throws(ResponseDecodingError) {
            _ = try ResponseBody.decodeEnveloped(
                FuzzContact.self,
                at: "data",
                envelope: FuzzEnvelope.self,
                status: 200,
                from: body
            )
        } catch {
            FuzzJSONChecks.require(!error.message.isEmpty, "an enveloped refusal without a message")
        }
    }
    return 0
}

enum FuzzJSONChecks {
    static func decodes<T: Decodable>(_ type: T.Type, _ body: Data) {
        do {
            _ = try ResponseBody.decode(type, status: 200, from: body)
        } catch {
            require(!error.message.isEmpty, "a refusal without a message: \(error)")
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition {
            fatalError("broken promise: " + message())
        }
    }
}

/// The shapes generated models decode: every scalar kind, the wire codings, nullable and
/// optional fields, nested objects, arrays, maps and untyped JSON.
struct FuzzContact: Decodable {
    var id: String
    var count: Int?
    var small: UInt8?
    var amount: Decimal?
    var ratio: Double?
    var single: Float?
    var active: Bool?
    var isDefault: Bool?
    var createdAt: Date?
    var paidAt: Date?
    var birthday: CalendarDate?
    var note: Nullable<String>?
    var tags: [String]?
    var flags: [Bool]?
    var labels: [String: String]?
    var address: FuzzAddress?
    var extra: JSONValue?

    private enum Keys: String, CodingKey {
        case id, count, small, amount, ratio, single, active, isDefault, createdAt, paidAt, birthday, note, tags, flags
        case labels, address, extra
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        id = try container.decode(String.self, forKey: .id)
        count = try container.decodeIfPresent(Int.self, forKey: .count)
        small = try container.decodeIfPresent(UInt8.self, forKey: .small)
        amount = try container.decodeIfPresent(Decimal.self, forKey: .amount)
        ratio = try container.decodeIfPresent(Double.self, forKey: .ratio)
        single = try container.decodeIfPresent(Float.self, forKey: .single)
        active = try container.decodeIfPresent(Bool.self, forKey: .active)
        isDefault = try container.decodeIfPresent(forKey: .isDefault, coding: .zeroOrOne)
        createdAt = try container.decodeIfPresent(forKey: .createdAt, coding: .date(.iso8601))
        paidAt = try container.decodeIfPresent(forKey: .paidAt, coding: .date(.unixSeconds))
        birthday = try container.decodeIfPresent(CalendarDate.self, forKey: .birthday)
        note = try container.decodeNullableIfPresent(String.self, forKey: .note)
        tags = try container.decodeIfPresent([String].self, forKey: .tags)
        flags = try container.decodeIfPresent(forKey: .flags, coding: .array(of: .zeroOrOne))
        labels = try container.decodeIfPresent([String: String].self, forKey: .labels)
        address = try container.decodeIfPresent(FuzzAddress.self, forKey: .address)
        extra = try container.decodeIfPresent(JSONValue.self, forKey: .extra)
    }
}

struct FuzzAddress: Decodable {
    var city: String
    var lines: [[String]]?
}

struct FuzzEnvelope: Decodable {
    var code: Int
    var message: String?
}
