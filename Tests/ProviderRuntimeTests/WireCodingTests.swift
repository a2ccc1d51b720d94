import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// A model written the way generated code writes one whose dates and 0/1 booleans sit inside
/// arrays, maps and nullable fields.
private struct Schedule: Codable, Equatable {
    var runs: [Date] = []
    var windows: [String: Date]? = nil
    var flags: [[Bool]]? = nil
    var cancelledAt: Date? = nil
    var paused: Nullable<Bool>? = nil

    static let windowCoding = DateCoding.pattern("yyyy-MM-dd HH:mm", timeZone: "America/Bogota")

    init(runs: [Date], windows: [String: Date]? = nil, flags: [[Bool]]? = nil, paused: Nullable<Bool>? = nil) {
        self.runs = runs
        self.windows = windows
        self.flags = flags
        self.paused = paused
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        runs = try container.decode(forKey: AnyCodingKey("runs"), coding: .array(of: .date(.unixSeconds)))
        windows = try container.decodeIfPresent(
            forKey: AnyCodingKey("windows"),
            coding: .map(of: .date(Self.windowCoding))
        )
        flags = try container.decodeIfPresent(forKey: AnyCodingKey("flags"), coding: .array(of: .array(of: .zeroOrOne)))
        cancelledAt = try container.decodeIfPresent(forKey: AnyCodingKey("cancelledAt"), coding: .date(.iso8601))
        paused = try container.decodeNullableIfPresent(forKey: AnyCodingKey("paused"), coding: .zeroOrOne)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(runs, forKey: AnyCodingKey("runs"), coding: .array(of: .date(.unixSeconds)))
        try container.encodeIfPresent(
            windows,
            forKey: AnyCodingKey("windows"),
            coding: .map(of: .date(Self.windowCoding))
        )
        try container.encodeIfPresent(flags, forKey: AnyCodingKey("flags"), coding: .array(of: .array(of: .zeroOrOne)))
        try container.encodeOrNull(cancelledAt, forKey: AnyCodingKey("cancelledAt"), coding: .date(.iso8601))
        try container.encodeNullableIfPresent(paused, forKey: AnyCodingKey("paused"), coding: .zeroOrOne)
    }
}

@Suite struct WireCodingTests {
    static let noon = Date(timeIntervalSince1970: 1_704_218_400)  // 2024-01-02T18:00:00Z, 13:00 in Bogotá

    private func decode(_ json: String) throws -> Schedule {
        try ResponseBody.decode(Schedule.self, status: 200, from: Data(json.utf8))
    }

    @Test func jsonRoundTripKeepsEachWireForm() throws {
        let json = #"""
            {"cancelledAt":null,"flags":[[1,0],[]],"paused":0,"runs":[1704218400,1704218400.25],\#
            "windows":{"a":"2024-01-02 13:00","b":"2024-01-02 13:00"}}
            """#
        let schedule = try decode(json)
        #expect(schedule.runs == [Self.noon, Self.noon.addingTimeInterval(0.25)])
        #expect(schedule.windows == ["a": Self.noon, "b": Self.noon])
        #expect(schedule.flags == [[true, false], []])
        #expect(schedule.paused == .value(false))
        #expect(String(decoding: try JSONBody.encode(schedule), as: UTF8.self) == json)
    }

    @Test func formBodiesWriteTheSameWireForms() throws {
        let schedule = Schedule(
            runs: [Self.noon],
            windows: ["z": Self.noon, "a": Self.noon],
            flags: [[true]],
            paused: .null
        )
        let body = String(decoding: try FormEncoder(arrayStyle: .indexed).encode(schedule), as: UTF8.self)
        #expect(
            body
                == "runs[0]=1704218400&windows[a]=2024-01-02%2013%3A00&windows[z]=2024-01-02%2013%3A00"
                + "&flags[0][0]=1&cancelledAt=&paused="
        )
    }

    @Test func aWrongItemOrEntryIsNamedByItsPosition() {
        let cases = [
            (#"{"runs":[1,"soon"]}"#, "runs[1]", #"expected a Unix timestamp in seconds, found "soon""#),
            (#"{"runs":[],"flags":[[1],[0,3]]}"#, "flags[1][1]", "expected 0 or 1"),
            (
                #"{"runs":[],"windows":{"b":"2024","a":"later"}}"#, "windows.a",
                #"expected a date-time in the form yyyy-MM-dd HH:mm (America/Bogota), found "later""#
            ),
            (
                #"{"runs":[],"cancelledAt":12}"#, "cancelledAt",
                "expected an ISO 8601 date-time such as 2019-08-24T14:15:22Z, found the number 12"
            ),
        ]
        for (json, path, message) in cases {
            let error = #expect(throws: ResponseDecodingError.self) { try decode(json) }
            #expect(error?.fieldPath == path, "\(json)")
            #expect(error?.message == message, "\(json)")
        }
    }

    @Test func aDateWithoutAWireFormIsAnEncodingErrorAtItsIndex() {
        let schedule = Schedule(runs: [Self.noon, Date(timeIntervalSince1970: .infinity)])
        #expect {
            try JSONBody.encode(schedule)
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["runs", "1"]
                && context.debugDescription == "the date has no Unix timestamp"
        }
    }
}
