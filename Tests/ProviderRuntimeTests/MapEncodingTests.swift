import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

private struct Notes: Encodable {
    var notes: [String: String]
    var extra: [String: Int]?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeMap(notes, forKey: AnyCodingKey("notes"))
        try container.encodeMapIfPresent(extra, forKey: AnyCodingKey("extra"))
    }
}

@Suite struct MapEncodingTests {
    /// The form encoder writes pairs in call order, so it shows the order `encodeMap` used.
    @Test func keysAreWrittenInAscendingOrder() throws {
        let keys = (0..<40).map { "key\($0)" }
        let notes = Notes(notes: Dictionary(uniqueKeysWithValues: keys.map { ($0, "v") }), extra: nil)
        let form = try FormEncoder().encodeToString(notes)
        let names = form.split(separator: "&").map { String($0.split(separator: "=")[0]) }
        #expect(names == keys.sorted().map { "notes[\($0)]" })
    }

    @Test func absentMapIsOmitted() throws {
        #expect(String(decoding: try JSONBody.encode(Notes(notes: [:], extra: nil)), as: UTF8.self) == #"{"notes":{}}"#)
        #expect(
            String(decoding: try JSONBody.encode(Notes(notes: ["b": "2", "a": "1"], extra: ["z": 1])), as: UTF8.self)
                == #"{"extra":{"z":1},"notes":{"a":"1","b":"2"}}"#
        )
    }
}
