/// Sizes for "file too large" messages, written without Foundation formatters.
enum ByteCountText {
    /// A size rounded up and a limit rounded down can never print the same, so a file
    /// one byte over the limit still reads as larger than it.
    static func describe(_ bytes: Int, roundingUp: Bool) -> String {
        let units: [(size: Int, name: String)] = [(1 << 20, "MB"), (1 << 10, "KB")]
        for unit in units where bytes >= unit.size {
            let scaled = bytes.multipliedReportingOverflow(by: 10)
            let tenths: Int
            if scaled.overflow {
                tenths = bytes / unit.size * 10
            } else {
                tenths =
                    roundingUp
                    ? (scaled.partialValue + unit.size - 1) / unit.size
                    : scaled.partialValue / unit.size
            }
            return "\(tenths / 10).\(tenths % 10) \(unit.name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    static func tooLarge(size: Int?, limit: Int, file: String) -> Diagnostic {
        let limitText = describe(limit, roundingUp: false)
        let message =
            size.map { "file is \(describe($0, roundingUp: true)), larger than the \(limitText) limit for YAML input" }
            ?? "file is larger than the \(limitText) limit for YAML input"
        return .error(at: SourceLocation(file: file, line: 1, column: 1), message)
    }
}
