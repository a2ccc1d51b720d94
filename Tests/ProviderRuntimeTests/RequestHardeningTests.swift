import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Issue 17 item 8, the run-time half: what HTTP cannot carry safely is refused with a clear
/// error, and form maps are ordered as Python and most servers order them.
@Suite struct RequestHardeningTests {
    private static func builder() -> RequestBuilder {
        RequestBuilder(method: .post, server: URL(string: "https://api.example.com")!, path: [.literal("/x")])
    }

    private static func issues(_ builder: RequestBuilder) -> [ValidationIssue]? {
        do {
            _ = try builder.build()
            return nil
        } catch {
            guard case .invalid(let issues) = error else { return nil }
            return issues
        }
    }

    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}", "\u{9B}"])
    func headerValuesWithLineSeparatorsAreRefused(separator: String) {
        var builder = Self.builder()
        builder.header("X-Note", "a" + separator + "Injected: 1")
        #expect(
            Self.issues(builder)?.map(\.description) == [
                "headers.X-Note: must not contain line breaks or control characters [headerValue]"
            ]
        )
    }

    @Test func anEmptyBearerTokenIsRefused() {
        var builder = Self.builder()
        builder.authorize(BearerToken(""))
        #expect(
            Self.issues(builder)?.map(\.description) == [
                "headers.Authorization: the bearer token is empty [credentials]"
            ]
        )
        builder.authorize(BearerToken("sk_live_abc"))
        #expect(Self.issues(builder) == nil)
    }

    @Test func aBasicKeyWithAColonIsRefusedWithoutQuotingIt() {
        var builder = Self.builder()
        builder.authorize(BasicCredentials(key: "rzp:key", secret: "s3cret"))
        let issues = Self.issues(builder)
        #expect(issues?.map(\.rule) == ["credentials"])
        #expect(issues?.first?.message.contains("contains \":\"") == true)
        #expect(issues?.first?.description.contains("rzp") == false)
        builder.authorize(BasicCredentials(key: "", secret: "s3cret"))
        #expect(Self.issues(builder)?.map(\.message) == ["the Basic authentication key is empty"])
        builder.authorize(BasicCredentials(key: "rzp_key", secret: "with:colon is fine"))
        #expect(Self.issues(builder) == nil)
    }

    /// Python's `urlencode(sorted(...))` orders by code point; Swift's `<` orders by normalised
    /// form, which puts a decomposed "e" + U+0301 after "f".
    @Test func formMapKeysAreSortedByCodePoint() throws {
        struct Holder: Encodable { var notes: [String: Int] }
        let text = try FormEncoder().encodeToString(Holder(notes: ["f": 1, "e\u{301}x": 2, "é": 3, "Z": 4]))
        #expect(text == "notes[Z]=4&notes[e%CC%81x]=2&notes[f]=1&notes[%C3%A9]=3")
    }
}
