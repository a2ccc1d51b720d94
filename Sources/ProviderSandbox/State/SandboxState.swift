import Foundation
import ProviderRuntimeCore

/// Everything the sandbox remembers, as written to `--state FILE`: the resources each operation
/// created and the first answer to each idempotency key, per `provider.operation` scope.
struct SandboxState: Codable, Sendable {
    struct Resource: Codable, Sendable {
        /// The id the sandbox gave it, which fetches, updates and deletes name.
        var id: String?
        /// The request's values (with the body type's defaults) that identify the resource.
        var request: [String: JSONValue]
        /// The status of the creating answer, answered again when a create returns it.
        var status: Int
        /// The resource as the creating operation's response model holds it, without the envelope.
        var record: JSONValue
    }

    struct Replay: Codable, Sendable {
        /// The path and body the key was first sent with.
        var request: JSONValue
        var status: Int
        var body: Data
    }

    /// 2: resources keep their id and their record without the envelope, so they can be fetched.
    static let currentVersion = 2

    var version = SandboxState.currentVersion
    var resources: [String: [Resource]] = [:]
    var replays: [String: [String: Replay]] = [:]
}

/// `--state FILE`: read once at start, rewritten after every change by a rename, so a reader (or a
/// restart after a crash) sees the old file or the new one, never half of one.
struct StateFile: Sendable {
    let path: String

    func read() throws(StateFileError) -> SandboxState {
        guard FileManager.default.fileExists(atPath: path) else { return SandboxState() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StateFileError("\(path): cannot read the state file")
        }
        let state: SandboxState
        do {
            state = try JSONDecoder().decode(SandboxState.self, from: data)
        } catch {
            throw StateFileError("\(path): not a sandbox state file (\(error)); move it away or pass another --state")
        }
        guard state.version == SandboxState.currentVersion else {
            throw StateFileError("\(path): state version \(state.version) is not \(SandboxState.currentVersion)")
        }
        return state
    }

    func write(_ state: SandboxState) throws {
        let data = try JSONBody.encode(state)
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw StateFileError("\(temporary): cannot be written")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StateFileError("\(path): cannot be replaced: \(reason)")
        }
    }
}

public struct StateFileError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
