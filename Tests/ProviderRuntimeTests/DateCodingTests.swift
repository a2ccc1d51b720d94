import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// A model shaped like generated code, with one field per coding.
private struct Event: Codable, Equatable {
    var createdAt: Date
    var timestamp: Date
    var postedAt: Date
    var settledAt: Date?

    enum CodingKeys: String, CodingKey {
        case createdAt = "created_at"
        case timestamp
        case postedAt = "posted_at"
        case settledAt = "settled_at"
    }

    static let postedCoding = DateCoding.pattern("yyyy-MM-dd HH:mm:ss", timeZone: "UTC")

    init(createdAt: Date, timestamp: Date, postedAt: Date, settledAt: Date?) {
        self.createdAt = createdAt
        self.timestamp = timestamp
        self.postedAt = postedAt
        self.settledAt = settledAt
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        createdAt = try container.decode(forKey: .createdAt, coding: .date(.iso8601))
        timestamp = try container.decode(forKey: .timestamp, coding: .date(.unixSeconds))
        postedAt = try container.decode(forKey: .postedAt, coding: .date(Self.postedCoding))
        settledAt = try container.decodeIfPresent(forKey: .settledAt, coding: .date(.iso8601))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(createdAt, forKey: .createdAt, coding: .date(.iso8601))
        try container.encode(timestamp, forKey: .timestamp, coding: .date(.unixSeconds))
        try container.encode(postedAt, forKey: .postedAt, coding: .date(Self.postedCoding))
        try container.encodeIfPresent(settledAt, forKey: .settledAt, coding: .date(.iso8601))
    }
}

@Suite struct DateCodingTests {
    @Test func roundTripsEveryCoding() throws {
        let json = #"{"created_at":"2019-08-24T14:15:22Z","posted_at":"2018-11-27 07:36:58","timestamp":1545320320}"#
        let event = try JSONDecoder().decode(Event.self, from: Data(json.utf8))
        #expect(event.createdAt.timeIntervalSince1970 == 1_566_656_122)
        #expect(event.timestamp.timeIntervalSince1970 == 1_545_320_320)
        #expect(event.postedAt.timeIntervalSince1970 == 1_543_304_218)
        #expect(event.settledAt == nil)
        #expect(String(decoding: try JSONBody.encode(event), as: UTF8.self) == json)
    }

    @Test func nullOptionalDateIsNil() throws {
        let json =
            #"{"created_at":"2019-08-24T14:15:22Z","posted_at":"2018-11-27 07:36:58","timestamp":1,"settled_at":null}"#
        #expect(try JSONDecoder().decode(Event.self, from: Data(json.utf8)).settledAt == nil)
    }

    @Test(arguments: [
        ("2019-08-24T14:15:22Z", 1_566_656_122.0),
        ("2019-08-24T14:15:22.5Z", 1_566_656_122.5),
        ("2019-08-24T14:15:22.123456Z", 1_566_656_122.123456),
        ("2019-08-24T16:15:22+02:00", 1_566_656_122.0),
        ("2019-08-24T09:45:22-0430", 1_566_656_122.0),
        ("2019-08-24T19:15:22+05", 1_566_656_122.0),
        ("2019-08-24 14:15:22z", 1_566_656_122.0),
        ("2019-08-24T14:15:22", 1_566_656_122.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2019-08-24T14:15Z", 1_566_656_100.0),
    ])
    func iso8601Parsing(text: String, seconds: Double) throws {
        let date = try #require(DateCoding.iso8601.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
    }

    @Test(arguments: [
        "2019-08-24", "2019-02-30T00:00:00Z", "2019-08-24T25:00:00Z", "2019-08-24T14:15:22+2", "2019-08-24T14:15:22.Z",
        "2019-08-24T14:15:22Zjunk", "yesterday", "",
    ])
    func iso8601Rejects(text: String) {
        #expect(DateCoding.iso8601.date(from: text) == nil)
    }

    @Test func iso8601WritesMillisecondsOnlyForFractions() throws {
        #expect(DateCoding.iso8601.string(from: Date(timeIntervalSince1970: 1_566_656_122)) == "2019-08-24T14:15:22Z")
        let parsed = try #require(DateCoding.iso8601.date(from: "2019-08-24T14:15:22.123Z"))
        #expect(DateCoding.iso8601.string(from: parsed) == "2019-08-24T14:15:22.123Z")
        #expect(DateCoding.iso8601.string(from: Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
        #expect(
            DateCoding.iso8601.string(from: Date(timeIntervalSince1970: 1_566_656_122.9999)) == "2019-08-24T14:15:23Z"
        )
    }

    @Test func iso8601OutOfRangeDatesDoNotEncode() {
        #expect(DateCoding.iso8601.string(from: .distantFuture.addingTimeInterval(1e12)) == nil)
        struct Holder: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(
                    Date(timeIntervalSince1970: 1e15),
                    forKey: AnyCodingKey("at"),
                    coding: .date(.iso8601)
                )
            }
        }
        #expect(throws: EncodingError.self) { try JSONBody.encode(Holder()) }
    }

    @Test func unixSecondsAcceptsFractionsAndStrings() throws {
        struct Stamp: Decodable {
            var at: Date
            init(from decoder: any Decoder) throws {
                at = try decoder.container(keyedBy: AnyCodingKey.self).decode(
                    forKey: AnyCodingKey("at"),
                    coding: .date(.unixSeconds)
                )
            }
        }
        #expect(
            try JSONDecoder().decode(Stamp.self, from: Data(#"{"at":1545320320.25}"#.utf8)).at.timeIntervalSince1970
                == 1_545_320_320.25
        )
        #expect(
            try JSONDecoder().decode(Stamp.self, from: Data(#"{"at":"1545320320"}"#.utf8)).at.timeIntervalSince1970
                == 1_545_320_320
        )
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Stamp.self, from: Data(#"{"at":"soon"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Stamp.self, from: Data(#"{"at":true}"#.utf8)) }
    }

    @Test func unixSecondsWritesIntegerOnlyWhenWhole() throws {
        struct Stamp: Encodable {
            var at: Date
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(at, forKey: AnyCodingKey("at"), coding: .date(.unixSeconds))
            }
        }
        #expect(
            String(decoding: try JSONBody.encode(Stamp(at: Date(timeIntervalSince1970: 1_545_320_320))), as: UTF8.self)
                == #"{"at":1545320320}"#
        )
        #expect(
            String(decoding: try JSONBody.encode(Stamp(at: Date(timeIntervalSince1970: 1.5))), as: UTF8.self)
                == #"{"at":1.5}"#
        )
    }

    @Test func patternCodingRespectsTheZone() throws {
        let kolkata = DateCoding.pattern("yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Kolkata")
        let date = try #require(kolkata.date(from: "2018-11-27 13:06:58"))
        #expect(date.timeIntervalSince1970 == 1_543_304_218)
        #expect(kolkata.string(from: date) == "2018-11-27 13:06:58")
        #expect(Event.postedCoding.string(from: date) == "2018-11-27 07:36:58")
    }

    @Test(arguments: ["2018-11-27", "2018-11-27 07:36:58 extra", "27/11/2018 07:36:58", "2018-11-27 25:36:58", ""])
    func patternCodingRejectsOtherShapes(text: String) {
        #expect(Event.postedCoding.date(from: text) == nil)
    }

    @Test func unknownZoneIsADecodingErrorNotACrash() {
        struct Stamp: Decodable {
            init(from decoder: any Decoder) throws {
                _ = try decoder.container(keyedBy: AnyCodingKey.self)
                    .decode(forKey: AnyCodingKey("at"), coding: .date(.pattern("yyyy", timeZone: "Mars/Olympus")))
            }
        }
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Stamp.self, status: 200, from: Data(#"{"at":"2020"}"#.utf8))
        }
        #expect(error?.description == "status 200: at: unknown time zone Mars/Olympus")
    }

    @Test func badDateNamesTheFieldAndExpectation() {
        let json = #"{"created_at":"24/08/2019","posted_at":"2018-11-27 07:36:58","timestamp":1}"#
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Event.self, status: 201, from: Data(json.utf8))
        }
        #expect(error?.fieldPath == "created_at")
        #expect(error?.message == "expected an ISO 8601 date-time such as 2019-08-24T14:15:22Z, found \"24/08/2019\"")
    }
}
