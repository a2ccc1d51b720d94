import Testing

@testable import ProviderGenCore

/// Dates and 0/1 booleans keep their schema's wire form wherever they sit. The generated lines
/// are compared here; Tests/Fixtures/ConsumerPackage compiles the same shapes and round-trips
/// them through JSON.
@Suite struct WireCodingGenerationTests {
    static let fields = """
              stamps:
                type: array
                items:
                  type: dateTime
                  dateFormat: unixSeconds
              windows:
                type: map
                values:
                  type: dateTime
                  dateFormat: yyyy-MM-dd
                  timeZone: Asia/Kolkata
              grid:
                type: array
                required: true
                items:
                  type: array
                  items:
                    type: binaryBoolean
              cancelledAt:
                type: dateTime
                nullable: true
                required: true
              paused:
                type: binaryBoolean
                nullable: true
              plain:
                type: map
                values:
                  type: string

        """

    @Test func everyPlaceGetsItsCoding() throws {
        let model = try HostileGenerationTests.generated(
            HostileGenerationTests.withFields(Self.fields),
            "Demo/Models/Thing.swift"
        )
        let expected = [
            "self.stamps = try container.decodeIfPresent(forKey: .stamps, coding: .array(of: .date(.unixSeconds)))",
            "coding: .map(of: .date(.pattern(\"yyyy-MM-dd\", timeZone: \"Asia/Kolkata\")))",
            "self.grid = try container.decode(forKey: .grid, coding: .array(of: .array(of: .zeroOrOne)))",
            "self.cancelledAt = try container.decodeIfPresent(forKey: .cancelledAt, coding: .date(.iso8601))",
            "self.paused = try container.decodeNullableIfPresent(forKey: .paused, coding: .zeroOrOne)",
            "self.plain = try container.decodeIfPresent([String: String].self, forKey: .plain)",
            "try container.encodeIfPresent(self.stamps, forKey: .stamps, coding: .array(of: .date(.unixSeconds)))",
            "try container.encode(self.grid, forKey: .grid, coding: .array(of: .array(of: .zeroOrOne)))",
            "try container.encodeOrNull(self.cancelledAt, forKey: .cancelledAt, coding: .date(.iso8601))",
            "try container.encodeNullableIfPresent(self.paused, forKey: .paused, coding: .zeroOrOne)",
            "try container.encodeMapIfPresent(self.plain, forKey: .plain)",
            "/// - Wire format: each item: Unix seconds",
            "/// - Wire format: each value: `yyyy-MM-dd` in Asia/Kolkata",
            "/// - Wire format: each item: each item: `1` for true, `0` for false",
        ]
        for line in expected {
            #expect(model.contains(line), "missing: \(line)")
        }
        // No value with a wire form falls back to its Swift type's Codable form.
        #expect(!model.contains("[Date].self"))
        #expect(!model.contains("[[Bool]].self"))
        #expect(!model.contains("Array<[Bool]>.self"))
        #expect(!model.contains("Nullable<Bool>.self"))
    }
}
