/// How a format tidies a value as people type it before checking it (CountryFormats.md §2,
/// "General input rules"): trim surrounding whitespace, drop separators, upper-case, and read a
/// decomposed "N + U+0303" as "Ñ" (§5: NFC before matching RFC/CURP letters).
///
/// Input already in canonical form is checked where it lies; other ASCII input is tidied byte
/// by byte into a stack buffer; only input with a non-ASCII byte takes the `Character` path.
struct Cleaning: Sendable {
    /// Dropped wherever they appear.
    let separators: ByteSet
    /// Whether "Ñ"/"ñ" (precomposed or decomposed) is kept, as the single byte ``ASCII/enye``.
    let keepsEnye: Bool
    /// Bytes 0x00–0x3F that cleaning would change: separators and whitespace.
    private let changedBelow0x40: UInt64

    init(separators: ByteSet, keepsEnye: Bool) {
        self.separators = separators
        self.keepsEnye = keepsEnye
        // Space and tab...carriage return, as ASCII.isWhitespace.
        changedBelow0x40 = separators.mask | 1 << 0x20 | 0b11111 << 0x09
    }

    /// National documents: `.` `-` `/` and space are separators (§2), "Ñ" occurs in RFCs (§2.5).
    static let document = Cleaning(separators: ByteSet(" .-/"), keepsEnye: true)
    /// IBANs are printed in groups of four separated by spaces; some people type hyphens.
    static let bankAccount = Cleaning(separators: ByteSet(" -"), keepsEnye: false)
    /// BICs are sometimes printed with spaces between the bank, country and location parts.
    static let bic = Cleaning(separators: ByteSet(" "), keepsEnye: false)
    /// Country and currency codes: only surrounding whitespace and case.
    static let code = Cleaning(separators: ByteSet(""), keepsEnye: false)

    /// Longest cleaned text kept; every format here is shorter (IBAN: 34 characters).
    static let capacity = 64

    /// Cleans `value` and passes the result to `body`.
    func clean<Output>(_ value: String, _ body: (CleanedText) -> Output) -> Result<Output, CleaningFailure> {
        let inPlace = value.withUTF8Bytes { input -> Output? in
            guard input.count <= Self.capacity, isCanonical(input) else { return nil }
            return body(CleanedText(bytes: input, isUnchanged: true, separatorBeforeLast: nil))
        }
        if let inPlace {
            return .success(inPlace)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.capacity) { buffer in
            let fast = value.withUTF8Bytes { cleanASCII($0, into: buffer) }
            let outcome: Result<CleanedText, CleaningFailure>
            switch fast {
            case .some(let result): outcome = result
            case .none: outcome = cleanUnicode(value, into: buffer)
            }
            return outcome.map(body)
        }
    }

    /// The verdict of a format whose normalised value is the cleaned text: `problem` finds what
    /// is wrong with it (nil: nothing) and `issue` phrases that, or a value that cannot be cleaned.
    func verdict(
        on value: String,
        normalizing: Bool,
        problem: (CleanedText) -> String?,
        issue: (String) -> FormatProblem
    ) -> FormatVerdict {
        clean(value) { text in
            FormatVerdict(
                normalized: normalizing ? text.string(original: value) : nil,
                problems: problem(text).map { [issue($0)] } ?? []
            )
        }
        .verdict(issue)
    }

    /// Whether cleaning would leave `input` as it is: ASCII, no separator, no whitespace, no
    /// lower-case letter. One test per byte against two masks.
    private func isCanonical(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in input {
            if byte < 0x40 {
                if changedBelow0x40 & (1 << UInt64(byte)) != 0 { return false }
            } else if byte >= 0x80 || ASCII.isLower(byte) {
                return false
            }
        }
        return true
    }

    /// The copying path; nil when a non-ASCII byte needs the `Character` path.
    private func cleanASCII(
        _ input: UnsafeBufferPointer<UInt8>,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Result<CleanedText, CleaningFailure>? {
        var start = 0
        var end = input.count
        while start < end, ASCII.isWhitespace(input[start]) { start += 1 }
        while end > start, ASCII.isWhitespace(input[end - 1]) { end -= 1 }
        var writer = Writer(buffer: buffer)
        var changed = start != 0 || end != input.count
        for index in start..<end {
            let byte = input[index]
            if byte >= 0x80 {
                return nil
            }
            if separators.contains(byte) {
                writer.pendingSeparator = byte
                changed = true
                continue
            }
            let upper = ASCII.uppercased(byte)
            changed = changed || upper != byte
            guard writer.append(upper) else { return .failure(.tooLong) }
        }
        return .success(writer.text(isUnchanged: !changed))
    }

    /// Input with a non-ASCII character: trims Unicode whitespace and accepts only "Ñ" beyond ASCII.
    private func cleanUnicode(
        _ value: String,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Result<CleanedText, CleaningFailure> {
        var writer = Writer(buffer: buffer)
        guard let first = value.firstIndex(where: { !$0.isWhitespace }),
            let last = value.lastIndex(where: { !$0.isWhitespace })
        else {
            return .success(writer.text(isUnchanged: false))
        }
        for character in value[first...last] {
            let byte: UInt8
            if let ascii = character.asciiValue {
                byte = ascii
            } else if keepsEnye, character == "Ñ" || character == "ñ" {
                // `Character` equality is canonical equivalence, so "N" + U+0303 matches too.
                byte = ASCII.enye
            } else {
                return .failure(.disallowed(character))
            }
            if separators.contains(byte) {
                writer.pendingSeparator = byte
                continue
            }
            guard writer.append(ASCII.uppercased(byte)) else { return .failure(.tooLong) }
        }
        return .success(writer.text(isUnchanged: false))
    }

    private struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var pendingSeparator: UInt8?
        var separatorBeforeLast: UInt8?

        mutating func append(_ byte: UInt8) -> Bool {
            guard count < buffer.count else { return false }
            buffer[count] = byte
            count += 1
            separatorBeforeLast = pendingSeparator
            pendingSeparator = nil
            return true
        }

        func text(isUnchanged: Bool) -> CleanedText {
            CleanedText(
                bytes: UnsafeBufferPointer(rebasing: buffer[0..<count]),
                isUnchanged: isUnchanged,
                separatorBeforeLast: separatorBeforeLast
            )
        }
    }
}

/// Why a value could not be cleaned at all.
enum CleaningFailure: Error {
    /// Longer than ``Cleaning/capacity`` characters after cleaning.
    case tooLong
    /// A character no format here contains (non-ASCII other than "Ñ").
    case disallowed(Character)

    /// A clause for a problem message.
    var reason: String {
        switch self {
        case .tooLong:
            return "is too long (more than \(Cleaning.capacity) characters)"
        case .disallowed(let character):
            return "contains \(CleaningFailure.describe(character)), which cannot occur in it"
        }
    }

    /// `"é" (U+00E9)`: the scalars make look-alikes such as full-width digits visible.
    static func describe(_ character: Character) -> String {
        let scalars = character.unicodeScalars.map { "U+" + hex4($0.value) }
        return "\"\(character)\" (\(scalars.joined(separator: " ")))"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Result where Success == FormatVerdict, Failure == CleaningFailure {
    /// The verdict, or for a value that could not be cleaned one with the problem `issue` phrases.
    func verdict(_ issue: (String) -> FormatProblem) -> FormatVerdict {
        switch self {
        case .success(let verdict): return verdict
        case .failure(let failure): return FormatVerdict(normalized: nil, problems: [issue(failure.reason)])
        }
    }
}
