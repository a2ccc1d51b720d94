/// A line of generated code that may be too long: calls and collection literals that break one
/// element per line when they do not fit, the layout swift-format keeps.
indirect enum SwiftCode {
    case text(String)
    /// `head` ends with the opening `(` or `[`; `close` starts with the closing one.
    case list(head: String, items: [SwiftCode], close: String, trailingComma: Bool)

    static func call(_ head: String, _ arguments: [SwiftCode], close: String = ")") -> SwiftCode {
        .list(head: head + "(", items: arguments, close: close, trailingComma: false)
    }

    static func array(_ head: String, _ elements: [SwiftCode], close: String = "]") -> SwiftCode {
        .list(head: head + "[", items: elements, close: close, trailingComma: true)
    }

    /// The same code with `prefix` before it on its first line (`let x = ` + call).
    func prefixed(_ prefix: String) -> SwiftCode {
        switch self {
        case .text(let text): return .text(prefix + text)
        case .list(let head, let items, let close, let trailingComma):
            return .list(head: prefix + head, items: items, close: close, trailingComma: trailingComma)
        }
    }

    var flat: String {
        switch self {
        case .text(let text):
            return text
        case .list(let head, let items, let close, _):
            return head + items.map(\.flat).joined(separator: ", ") + close
        }
    }
}

extension SwiftWriter {
    /// swift-format's `lineLength` of 120 leaves 119 characters for the line itself.
    static let lineLimit = 120

    /// Writes `code` on one line when it fits the limit, otherwise broken one item per line.
    mutating func code(_ code: SwiftCode, suffix: String = "") {
        let flat = code.flat + suffix
        guard case .list(let head, let items, let close, let trailingComma) = code,
            indentWidth + flat.count >= Self.lineLimit, !items.isEmpty
        else {
            line(flat)
            return
        }
        line(head)
        indented { writer in
            for (index, item) in items.enumerated() {
                let isLast = index == items.count - 1
                writer.code(item, suffix: isLast && !trailingComma ? "" : ",")
            }
        }
        line(close + suffix)
    }
}
