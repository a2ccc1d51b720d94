import Foundation
import Jetpay
import Koywe
import PIK
import PayArc
@_spi(Generated) import ProviderRuntime
import Razorpay

// Response decoding through the strict reader against Foundation, single thread, release build:
//
//     swift run -c release --package-path Benchmarks json-benchmarks [body filter]
//
// Per body: the strict reader alone (ResponseBody.decode into a type that reads nothing); the
// generated `<Operation>Response(status:body:)`, which is the reader and a decoder over its tree,
// one parse; JSONSerialization, Foundation's parse alone; JSONDecoder into the generated model,
// Foundation's parse and decode. Reading strictly and then decoding with JSONDecoder would cost
// the first row plus the last. The large bodies show whether the cost grows with the size alone.

/// Reads nothing: decoding it costs the strict reading of the body and no more.
struct Skip: Decodable {
    init(from decoder: any Decoder) throws {}
}

/// The payload under "data", for the JSONDecoder rows of enveloped bodies.
struct DataField<T: Decodable>: Decodable {
    var data: T
}

/// One body's rows.
struct BodyRows {
    let name: String
    let bytes: Int
    var rows: [Measurement] = []
}

let filter = CommandLine.arguments.dropFirst().first
var results: [BodyRows] = []
var sink = 0

/// Measures the four ways of reading `body`; `response` decodes it as generated code does,
/// `model` with JSONDecoder (nil where one pass would take too long to repeat).
@MainActor func compare(
    _ name: String,
    _ body: Data,
    response: (Data) throws -> Int,
    model: ((Data) throws -> Int)?
) {
    guard filter.map({ name.contains($0) }) ?? true else { return }
    var group = BodyRows(name: name, bytes: body.count)
    func row(_ label: String, _ decode: (Data) throws -> Int) {
        group.rows.append(measureRow("\(name), \(label)", label, body, sink: &sink, decode))
    }
    row("strict read only") { body in
        _ = try ResponseBody.decode(Skip.self, status: 200, from: body)
        return 1
    }
    row("strict read + decode (generated)", response)
    row("JSONSerialization") { body in
        (try JSONSerialization.jsonObject(with: body) as? NSDictionary)?.count ?? 0
    }
    if let model {
        row("JSONDecoder → model", model)
    }
    results.append(group)
}

/// One row: `decode` repeated over `body`; a failure stops the benchmark, naming the row.
func measureRow(
    _ fullName: String,
    _ label: String,
    _ body: Data,
    sink: inout Int,
    _ decode: (Data) throws -> Int
) -> Measurement {
    Measurement.run(label, inputs: [body], sink: &sink) { body in
        do {
            return try decode(body)
        } catch {
            fatalError("\(fullName): \(error)")
        }
    }
}

func hash(_ value: some Hashable) -> Int { value.hashValue & 0xFF }

compare(
    "Jetpay createContact 200 (seed)",
    SeedBodies.jetpay,
    response: { hash(Jetpay.CreateContactResponse(status: 200, headers: [:], body: $0)) },
    model: { hash(try JSONDecoder().decode(Jetpay.Contact.self, from: $0)) }
)
compare(
    "Koywe createContact 201 (seed)",
    SeedBodies.koywe,
    response: { hash(Koywe.CreateContactResponse(status: 201, headers: [:], body: $0)) },
    model: { hash(try JSONDecoder().decode(Koywe.Contact.self, from: $0)) }
)
compare(
    "PIK createContact 200 (seed, enveloped)",
    SeedBodies.pik,
    response: { hash(PIK.CreateContactResponse(status: 200, headers: [:], body: $0)) },
    model: { hash(try JSONDecoder().decode(DataField<PIK.Contact>.self, from: $0).data) }
)
compare(
    "PayArc createCustomer 200 (seed, enveloped)",
    SeedBodies.payArc,
    response: { hash(PayArc.CreateCustomerResponse(status: 200, headers: [:], body: $0)) },
    model: { hash(try JSONDecoder().decode(DataField<PayArc.Customer>.self, from: $0).data) }
)
compare(
    "Razorpay createContact 200 (seed)",
    SeedBodies.razorpay,
    response: { hash(Razorpay.CreateContactResponse(status: 200, headers: [:], body: $0)) },
    model: { hash(try JSONDecoder().decode(Razorpay.Contact.self, from: $0)) }
)
for megabytes in [1, 10] {
    let bytes = megabytes * 1_000_000
    // Foundation decodes a JSONValue by trial (Bool, then String, then Decimal for every
    // number): seconds per megabyte, so it is measured on the 1 MB bodies only.
    let slowModel: ((Data) throws -> Int)? =
        megabytes == 1 ? { hash(try JSONDecoder().decode(DataField<PayArc.Customer>.self, from: $0).data) } : nil
    compare(
        "PayArc customer, \(megabytes) MB of records in its json field",
        LargeBodies.records(bytes: bytes),
        response: { hash(PayArc.CreateCustomerResponse(status: 200, headers: [:], body: $0)) },
        model: slowModel
    )
    compare(
        "PayArc customer, \(megabytes) MB of numbers in its json field",
        LargeBodies.numbers(bytes: bytes),
        response: { hash(PayArc.CreateCustomerResponse(status: 200, headers: [:], body: $0)) },
        model: slowModel
    )
}

print(pad("row", 36) + lpad("per second", 14) + lpad("µs each", 14) + lpad("MB/s", 10))
for group in results {
    print("\n\(group.name), \(group.bytes) bytes")
    for row in group.rows {
        let line =
            pad("  " + row.name, 36) + lpad(String(format: "%.0f", row.perSecond), 14)
            + lpad(String(format: "%.1f", 1e6 / row.perSecond), 14)
            + lpad(String(format: "%.1f", row.perSecond * Double(group.bytes) / 1e6), 10)
        print(line)
    }
}
print("\n(single thread, release build; rates per second of the thread's CPU time, at least")
print(" \(Measurement.minimumSeconds) s per row after one warm-up pass; checksum \(sink))")

func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

func lpad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
