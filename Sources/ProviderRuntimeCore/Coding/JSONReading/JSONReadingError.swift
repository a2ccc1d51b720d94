/// Why the strict reader refused a document, and where: the byte offset, its line and column, and
/// the path of the value being read (`data.items[2].name`; `""` for the document itself).
package struct JSONReadingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong, e.g. `duplicate key "name"`.
    package var message: String
    /// The value's path in the document, as response errors name fields.
    package var path: String
    /// The offset of the offending byte from the start of the body.
    package var offset: Int
    /// 1-based line of `offset`; 0 when the refusal is about the body as a whole (its size).
    package var line: Int
    /// 1-based column of `offset`, counted in Unicode scalars; 0 with `line`.
    package var column: Int

    /// The message followed by where it happened: `duplicate key "name" at line 1, column 22`.
    package var located: String {
        line == 0 ? message : message + " at line \(line), column \(column)"
    }

    package var description: String {
        (path.isEmpty ? "" : path + ": ") + located
    }
}

/// A failure on its way out of the parser: the path is collected as the recursion unwinds, so
/// reading a valid document never builds one.
struct JSONParseFailure: Error {
    enum Step {
        case key(String)
        case index(Int)
    }

    let message: String
    let offset: Int
    /// A refusal of the body as a whole (empty, or in another encoding) has no position worth showing.
    var isAboutWholeBody = false
    /// Innermost step first.
    var reversedPath: [Step] = []

    init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    func inside(_ step: Step) -> JSONParseFailure {
        var failure = self
        failure.reversedPath.append(step)
        return failure
    }

    /// The public form, with the line and column of `offset` counted in `bytes`.
    func located(in bytes: UnsafeBufferPointer<UInt8>) -> JSONReadingError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        var path = ""
        for step in reversedPath.reversed() {
            switch step {
            case .index(let index): path += "[\(index)]"
            case .key(let key): path += (path.isEmpty ? "" : ".") + key
            }
        }
        if isAboutWholeBody { (line, column) = (0, 0) }
        return JSONReadingError(message: message, path: path, offset: offset, line: line, column: column)
    }
}
