import Foundation

/// The one strict JSON reading of the package: bytes → ``JSONNode``, for response decoding and
/// `providergen validate` alike, so both read every document the same way.
///
/// Stricter than Foundation where a provider may read a document differently: a repeated key, a
/// trailing comma, a byte order mark, UTF-16 or UTF-32, invalid UTF-8, an unpaired surrogate
/// escape and a number a `Double` cannot hold (`1e400`, or `1e-400`, which would become 0) are
/// errors naming the line, the column and the value's path. Bounded: a body over
/// ``JSONLimits/maxBytes`` is refused before it is looked at, nesting over
/// ``JSONLimits/maxDepth`` where it happens; the work is one pass, proportional to the size.
package enum JSONReader {
    package static func read(_ body: Data, limits: JSONLimits = .current) throws(JSONReadingError) -> JSONNode {
        try refuseOversized(body.count, limits: limits)
        let result = body.withUnsafeBytes { raw in
            parse(raw.assumingMemoryBound(to: UInt8.self), maxDepth: limits.maxDepth)
        }
        return try result.get()
    }

    package static func read(
        _ bytes: UnsafeBufferPointer<UInt8>,
        limits: JSONLimits = .current
    ) throws(JSONReadingError) -> JSONNode {
        try refuseOversized(bytes.count, limits: limits)
        return try parse(bytes, maxDepth: limits.maxDepth).get()
    }

    private static func refuseOversized(_ count: Int, limits: JSONLimits) throws(JSONReadingError) {
        guard count > limits.maxBytes else { return }
        throw JSONReadingError(
            message: "the body is \(count) bytes, over the limit of \(limits.maxBytes) bytes (JSONLimits.maxBytes)",
            path: "",
            offset: 0,
            line: 0,
            column: 0
        )
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONNode, JSONReadingError>
    {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        do {
            return .success(try parser.document())
        } catch {
            return .failure(error.located(in: bytes))
        }
    }
}

extension JSONParser {
    /// Why the body is not UTF-8 JSON text, judged from its first bytes; nil when it may be.
    ///
    /// A JSON text starts with an ASCII character, so a NUL among its first bytes means UTF-16 or
    /// UTF-32 (RFC 4627 §3). A UTF-8 byte order mark is refused too: RFC 8259 §8.1 forbids sending
    /// one, and servers differ on reading one (Go and Python refuse it).
    func encodingProblem() -> String? {
        let start = Array(bytes.prefix(4))
        func starts(_ prefix: [UInt8]) -> Bool { start.starts(with: prefix) }
        let encoding: String
        if starts([0xEF, 0xBB, 0xBF]) {
            return "not valid JSON: the body starts with a UTF-8 byte order mark, which JSON text must not have"
        } else if starts([0x00, 0x00, 0xFE, 0xFF]) || (start.count == 4 && start[0...2] == [0, 0, 0]) {
            encoding = "UTF-32 (big-endian)"
        } else if starts([0xFF, 0xFE, 0x00, 0x00]) || (start.count == 4 && start[1...3] == [0, 0, 0]) {
            encoding = "UTF-32 (little-endian)"
        } else if starts([0xFE, 0xFF]) || (start.count >= 2 && start[0] == 0) {
            encoding = "UTF-16 (big-endian)"
        } else if starts([0xFF, 0xFE]) || (start.count >= 2 && start[1] == 0) {
            encoding = "UTF-16 (little-endian)"
        } else {
            return nil
        }
        return "not valid JSON: the body is \(encoding); JSON must be UTF-8"
    }
}
