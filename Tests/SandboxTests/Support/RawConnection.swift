import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 exchange over a fresh socket, bytes in and bytes out, with no client library in
/// between: a dropped connection is seen as exactly that (URLSession on Linux retries or hangs).
enum RawConnection {
    struct Reply {
        var status: Int
        var head: String
        var body: Data
    }

    /// Runs blocking exchanges on a thread of their own: blocking the few threads of Swift's
    /// cooperative pool would starve the in-process server that must answer them.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// The reply, or nil when the server closed the connection without answering.
    static func exchange(port: Int, request: Data) throws -> Reply? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0, "socket: \(errno)")
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0, "connect: \(errno)")
        let written = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        try #require(written == request.count, "send: \(errno)")
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        guard let separator = received.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: received[..<separator.lowerBound], as: UTF8.self)
        let statusText = head.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        return Reply(status: Int(statusText) ?? 0, head: head, body: received[separator.upperBound...])
    }

    /// A request that asks the server to close the connection after answering.
    static func request(_ method: String, _ path: String, headers: [String: String], body: Data) -> Data {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\n\r\n"
        return Data(text.utf8) + body
    }
}
