import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What sits at a path, without following a symbolic link there (`lstat`).
enum FileStatus: Equatable {
    case absent
    case file
    case directory
    case symbolicLink
    case other
    /// The path cannot be examined; the text is the system's reason.
    case unreadable(String)

    init(atPath path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            self = code == ENOENT ? .absent : .unreadable(SystemError.describe(code))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}

/// POSIX calls with the system's own words for a failure ("No space left on device").
enum SystemError {
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Writes `data` to a new file at `path` (which must not exist), without `fsync`.
    static func createFile(atPath path: String, data: Data) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return describe(errno) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = describe(errno)
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil {
            failure = describe(errno)
        }
        return failure
    }

    static func makeDirectory(atPath path: String) -> String? {
        mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : describe(errno)
    }

    /// `mkdir -p`: `path` and any missing folders above it.
    static func makeDirectories(atPath path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if let failure = makeDirectory(atPath: prefix) {
                return failure
            }
            prefix += "/"
        }
        return nil
    }

    static func move(from source: String, to destination: String) -> String? {
        rename(source, destination) == 0 ? nil : describe(errno)
    }
}
