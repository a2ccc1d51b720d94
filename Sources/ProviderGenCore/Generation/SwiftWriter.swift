/// Builds Swift source line by line with consistent four-space indentation, so generated code
/// is formatted as it is written instead of by a separate pass.
struct SwiftWriter {
    /// Written before every declaration this writer's emitters make (`public `, `package ` or nothing).
    let access: String
    /// Lines with their indentation depth; kept apart until `text` so that nesting one writer's
    /// output in another (`append`) costs nothing per character.
    private var lines: [(depth: Int, content: String)] = []
    private var depth = 0
    private var appendedDepth = 0

    init(access: AccessModifier) {
        self.access = access.keyword
    }

    private init(accessKeyword: String) {
        access = accessKeyword
    }

    /// A writer for statements inside a function body, which declare nothing that has an access level.
    /// `depth` is how deep the statements will sit once appended, so that long lines break where
    /// they will exceed the limit there.
    static func statements(nestedAt depth: Int = 0) -> SwiftWriter {
        var writer = SwiftWriter(accessKeyword: "")
        writer.appendedDepth = depth
        return writer
    }

    var isEmpty: Bool { lines.isEmpty }

    var text: String {
        var result = ""
        result.reserveCapacity(lines.reduce(0) { $0 + $1.depth * 4 + $1.content.utf8.count + 1 })
        for line in lines {
            if !line.content.isEmpty {
                result += String(repeating: "    ", count: line.depth)
                result += line.content
            }
            result += "\n"
        }
        return result
    }

    var indentWidth: Int { (appendedDepth + depth) * 4 }

    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    mutating func line(_ content: String = "") {
        lines.append((depth, content))
    }

    /// `header {`, the body one level deeper, then `}`. Closures pass their own opener
    /// (`report.nested("notes") { report in`) with `opener: ""`.
    mutating func block(
        _ header: String,
        opener: String = " {",
        closing: String = "}",
        _ body: (inout SwiftWriter) -> Void
    ) {
        line(header + opener)
        depth += 1
        body(&self)
        depth -= 1
        line(closing)
    }

    /// A block whose header may need breaking, such as a long function signature.
    mutating func block(_ header: SwiftCode, _ body: (inout SwiftWriter) -> Void) {
        code(header, suffix: " {")
        indented(body)
        line("}")
    }

    /// A `///` comment: every line of `text` sanitised so nothing in a schema can end the
    /// comment early or hide characters from a reviewer.
    mutating func doc(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        let width = max(40, Self.lineLimit - indentWidth - 4)
        for line in SwiftLiteral.commentLines(text) {
            for wrapped in Self.wrap(line, width: width) {
                self.line(wrapped.isEmpty ? "///" : "/// " + wrapped)
            }
        }
    }

    /// Word-wraps a comment line, keeping a list item's continuation under its text.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let continuation = line.hasPrefix("- ") ? "  " : ""
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = continuation + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines
    }

    /// `switch subject {` with its `case` labels at the switch's own depth, as swift-format
    /// writes them; `caseBody` lines go one level deeper.
    mutating func switchBlock(_ subject: String, cases: [(label: String, body: [SwiftCode])]) {
        switchBlock(subject) { writer in
            for entry in cases {
                writer.line(entry.label)
                writer.indented { writer in
                    for statement in entry.body { writer.code(statement) }
                }
            }
        }
    }

    /// `switch subject {` whose case labels `body` writes itself, at the switch's own depth.
    mutating func switchBlock(_ subject: String, _ body: (inout SwiftWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// Appends another writer's lines at this writer's indentation.
    mutating func append(_ other: SwiftWriter) {
        for line in other.lines {
            lines.append((depth + line.depth, line.content))
        }
    }

    /// Paragraphs separated by an empty `///` line.
    mutating func doc(paragraphs: [String?]) {
        let present = paragraphs.compactMap { $0 }.filter { !$0.isEmpty }
        for (index, paragraph) in present.enumerated() {
            if index > 0 { line("///") }
            doc(paragraph)
        }
    }
}
