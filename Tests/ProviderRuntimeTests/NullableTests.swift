import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

private struct Patch: Codable, Equatable {
    var nickname: Nullable<String>?
    var parentId: String?

    init(nickname: Nullable<String>?, parentId: String?) {
        self.nickname = nickname
        self.parentId = parentId
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        nickname = try container.decodeNullableIfPresent(String.self, forKey: AnyCodingKey("nickname"))
        parentId = try container.decodeIfPresent(String.self, forKey: AnyCodingKey("parentId"))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeNullableIfPresent(nickname, forKey: AnyCodingKey("nickname"))
        try container.encodeOrNull(parentId, forKey: AnyCodingKey("parentId"))
    }
}

@Suite struct NullableTests {
    private func decode(_ json: String) throws -> Patch {
        try JSONDecoder().decode(Patch.self, from: Data(json.utf8))
    }

    private func encode(_ patch: Patch) throws -> String {
        String(decoding: try JSONBody.encode(patch), as: UTF8.self)
    }

    @Test func absentNullAndValueAreDistinct() throws {
        #expect(try decode(#"{}"#).nickname == nil)
        #expect(try decode(#"{"nickname":null}"#).nickname == .null)
        #expect(try decode(#"{"nickname":"Bob"}"#).nickname == .value("Bob"))
    }

    @Test func encodingKeepsTheDistinction() throws {
        #expect(try encode(Patch(nickname: nil, parentId: "p1")) == #"{"parentId":"p1"}"#)
        #expect(try encode(Patch(nickname: .null, parentId: "p1")) == #"{"nickname":null,"parentId":"p1"}"#)
        #expect(try encode(Patch(nickname: .value("Bob"), parentId: "p1")) == #"{"nickname":"Bob","parentId":"p1"}"#)
    }

    @Test func encodeOrNullWritesExplicitNull() throws {
        #expect(try encode(Patch(nickname: nil, parentId: nil)) == #"{"parentId":null}"#)
    }

    @Test func wrongTypeUnderNullableFails() {
        #expect(throws: DecodingError.self) { try decode(#"{"nickname":5}"#) }
    }

    @Test func nullableIsCodableOnItsOwn() throws {
        let values: [Nullable<Int>] = [.null, .value(3)]
        let data = try JSONBody.encode(values)
        #expect(String(decoding: data, as: UTF8.self) == "[null,3]")
        #expect(try JSONDecoder().decode([Nullable<Int>].self, from: data) == values)
    }

    @Test func conveniences() {
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable(4).wrapped == 4)
        #expect(Nullable<Int>.null.isNull)
        #expect(Set([Nullable(1), .null, Nullable(1)]).count == 2)
    }
}
