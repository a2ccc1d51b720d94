import Foundation

/// A request's query as names and values: `count=2&name=Gaurav+Kumar`, percent-decoded, `+` read
/// as a space as forms write it. A name sent twice keeps its last value (`a=1&a=2` reads as 2), as
/// PHP and Rails read a plain name; a pair that is not percent-encoded UTF-8 cannot name a
/// parameter and is skipped. The query check and the list filters both read the query through this.
enum QueryString {
    static func parse(_ query: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in Data(query.utf8).split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormBodyReader.decoded(parts[0]), !name.isEmpty,
                let value = FormBodyReader.decoded(parts.count > 1 ? parts[1] : Data()[...])
            else { continue }
            values[name] = value
        }
        return values
    }
}
