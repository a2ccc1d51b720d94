import CYAML

/// Entry point of the YAML layer: bytes or a file in, a located node tree and diagnostics out.
public enum YAMLReader {
    /// `file` is the path printed in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLLimits = YAMLLimits()) -> YAMLParseResult {
        guard bytes.count <= limits.maxInputBytes else {
            return YAMLParseResult(
                root: nil,
                diagnostics: [ByteCountText.tooLarge(size: bytes.count, limit: limits.maxInputBytes, file: file)]
            )
        }
        return bytes.withUnsafeBufferPointer { parse(buffer: $0, file: file, limits: limits) }
    }

    /// Reads and parses a file; `displayPath` is the path printed in diagnostics. The size is
    /// checked with `fstat` before anything is read, so an oversized file is refused without
    /// being loaded.
    public static func parse(contentsOf path: String, displayPath: String, limits: YAMLLimits = YAMLLimits())
        -> YAMLParseResult
    {
        switch YAMLFileInput.load(path: path, displayPath: displayPath, limit: limits.maxInputBytes) {
        case .bytes(let bytes):
            return parse(bytes, file: displayPath, limits: limits)
        case .failure(let diagnostic):
            return YAMLParseResult(root: nil, diagnostics: [diagnostic])
        }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) -> YAMLParseResult {
        // An empty file has no document; the schema loader decides whether that is an error.
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            return YAMLParseResult(root: nil, diagnostics: [])
        }
        // Heap-allocated because libyaml keeps a pointer to the parser inside itself
        // (its string reader gets the parser as its context), so its address must not move.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }

        guard yaml_parser_initialize(parser) != 0 else {
            return YAMLParseResult(
                root: nil,
                diagnostics: [
                    .error(at: SourceLocation(file: file, line: 1, column: 1), "out of memory while parsing YAML")
                ]
            )
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, buffer.count)

        var builder = YAMLTreeBuilder(file: file, limits: limits)
        var outcome = YAMLTreeBuilder.Outcome.proceed
        while outcome == .proceed {
            guard yaml_parser_parse(parser, event) != 0 else {
                builder.fail(with: LibYAMLError.diagnostic(from: parser.pointee, input: buffer, file: file))
                outcome = .failed
                break
            }
            outcome = builder.handle(event)
            yaml_event_delete(event)
        }
        return YAMLParseResult(root: outcome == .finished ? builder.root : nil, diagnostics: builder.diagnostics)
    }
}
