import CYAML

/// Builds a diagnostic from the error libyaml left in a parser after `yaml_parser_parse` failed.
enum LibYAMLError {
    static func diagnostic(from parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error(at: SourceLocation(file: file, line: 1, column: 1), "out of memory while parsing YAML")
        case YAML_READER_ERROR:
            // The reader fails before any mark exists, so only the byte offset says where.
            let position = InputPosition.lineAndColumn(ofOffset: Int(parser.problem_offset), in: input)
            let location = SourceLocation(file: file, line: position.line + 1, column: position.column + 1)
            return .error(at: location, problem + describe(value: parser.problem_value, problem: problem))
        default:
            let location = self.location(of: parser.problem_mark, within: input, file: file)
            guard let contextPointer = parser.context else { return .error(at: location, problem) }
            let context = String(cString: contextPointer)
            let contextLocation = self.location(of: parser.context_mark, within: input, file: file)
            // The context mark is where the enclosing construct began, which is often the
            // real mistake (an unclosed quote or bracket), so it is shown when it differs.
            let notes =
                contextLocation == location
                ? []
                : [Diagnostic.Note(location: contextLocation, message: contextNote(context))]
            return .error(at: location, "\(problem) \(context)", notes: notes)
        }
    }

    static func location(of mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// libyaml ends a file that lacks a final line break with an invented one, so problems
    /// at the end of such a file land on a line that does not exist; they are moved back
    /// to just after the last character, where an editor can show them.
    private static func location(of mark: yaml_mark_t, within input: UnsafeBufferPointer<UInt8>, file: String)
        -> SourceLocation
    {
        let end = InputPosition.lineAndColumn(ofOffset: input.count, in: input)
        guard Int(mark.line) > end.line else { return location(of: mark, file: file) }
        return SourceLocation(file: file, line: end.line + 1, column: end.column + 1)
    }

    /// "while parsing a block mapping" becomes "the block mapping started here".
    private static func contextNote(_ context: String) -> String {
        var subject = Substring(context)
        for prefix in ["while parsing ", "while scanning "] where subject.hasPrefix(prefix) {
            subject = subject.dropFirst(prefix.count)
        }
        for article in ["a ", "an "] where subject.hasPrefix(article) {
            return "the \(subject.dropFirst(article.count)) started here"
        }
        return "\(subject) started here"
    }

    /// libyaml stores the offending byte for encoding problems and the code point for
    /// disallowed characters; naming it tells the author what to look for in an editor.
    private static func describe(value: Int32, problem: String) -> String {
        guard value >= 0 else { return "" }
        let isByte = problem.contains("octet") || problem.contains("length")
        var digits = String(value, radix: 16, uppercase: true)
        let width = isByte ? 2 : 4
        if digits.count < width { digits = String(repeating: "0", count: width - digits.count) + digits }
        return isByte ? " (byte 0x\(digits))" : " (U+\(digits))"
    }
}
