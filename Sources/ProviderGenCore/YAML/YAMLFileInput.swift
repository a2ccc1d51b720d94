#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a schema file without ever holding more than the input limit in memory.
enum YAMLFileInput {
    enum Outcome {
        case bytes([UInt8])
        case failure(Diagnostic)
    }

    static func load(path: String, displayPath: String, limit: Int) -> Outcome {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(.error(at: start, "cannot open file: \(errorText(errno))"))
        }
        defer { _ = close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(.error(at: start, "cannot read file: \(errorText(errno))"))
        }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(.error(at: start, "cannot read file: it is a directory"))
        }
        // The size from fstat refuses an oversized file before a single byte is read.
        let statedSize = isRegular ? Int(info.st_size) : 0
        if statedSize > limit {
            return .failure(ByteCountText.tooLarge(size: statedSize, limit: limit, file: displayPath))
        }

        // One spare byte detects a file that grew after fstat, or a pipe, that is over the limit.
        var bytes = [UInt8](repeating: 0, count: min(max(statedSize, 4096), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else {
                    return .failure(ByteCountText.tooLarge(size: nil, limit: limit, file: displayPath))
                }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - bytes.count + 1)))
            }
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                // The loop above keeps filled < buffer.count, so the base address is non-nil.
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.error(at: start, "cannot read file: \(errorText(errno))"))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .bytes(bytes)
    }

    private static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
