import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsWireForm() throws {
        let date = try #require(CalendarDate("2019-08-24"))
        #expect(date.year == 2019)
        #expect(date.month == 8)
        #expect(date.day == 24)
        #expect(date.description == "2019-08-24")
        #expect(CalendarDate(year: 5, month: 1, day: 2)?.description == "0005-01-02")
    }

    @Test(arguments: [
        (2019, 2, 29), (2020, 2, 30), (2019, 13, 1), (2019, 0, 10), (2019, 4, 31), (2019, 1, 0), (1900, 2, 29),
        (0, 1, 1), (10_000, 1, 1),
    ])
    func impossibleDatesAreNil(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test func leapDays() {
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test(arguments: [
        "2019-02-30", "2019-8-24", "19-08-24", "2019/08/24", "2019-08-24T00:00:00Z", " 2019-08-24", "", "abcd-ef-gh",
        "2019-08-2４",
    ])
    func malformedTextIsNil(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func ordering() throws {
        let dates = try ["2020-01-01", "2019-12-31", "2019-02-01"].map { try #require(CalendarDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2019-02-01", "2019-12-31", "2020-01-01"])
    }

    private struct Holder: Codable, Equatable {
        var dueDate: CalendarDate
    }

    @Test func codableRoundTrip() throws {
        let data = Data(#"{"dueDate":"2024-02-29"}"#.utf8)
        let holder = try JSONDecoder().decode(Holder.self, from: data)
        #expect(holder.dueDate == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(try JSONBody.encode(holder) == data)
    }

    @Test func decodingAnInvalidDayFails() {
        let error = #expect(throws: ResponseDecodingError.self) {
            try ResponseBody.decode(Holder.self, status: 200, from: Data(#"{"dueDate":"2023-02-29"}"#.utf8))
        }
        #expect(error?.fieldPath == "dueDate")
        #expect(error?.message == "expected a date in the form yyyy-MM-dd, found \"2023-02-29\"")
    }

    @Test func conversionToAndFromInstants() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        let instant = Date(timeIntervalSince1970: 1_545_320_320)  // 2018-12-20T15:38:40Z
        #expect(CalendarDate(instant, in: utc)?.description == "2018-12-20")
        let lateEvening = Date(timeIntervalSince1970: 1_545_350_000)  // 2018-12-20T23:53:20Z
        #expect(CalendarDate(lateEvening, in: kolkata)?.description == "2018-12-21")
        let day = try #require(CalendarDate("2018-12-21"))
        #expect(day.startDate(in: utc).timeIntervalSince1970 == 1_545_350_400)
        #expect(day.startDate(in: kolkata).timeIntervalSince1970 == 1_545_350_400 - 19_800)
    }
}
