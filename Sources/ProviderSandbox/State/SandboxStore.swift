import Foundation
import Logging
import NIOConcurrencyHelpers
import ProviderGenCore
import ProviderRuntimeCore

/// The sandbox's memory, safe to share between concurrent requests: each decision (look up, then
/// create) happens under one lock, so two identical creates never both create.
final class SandboxStore: Sendable {
    enum Creation {
        case created(SandboxState.Resource)
        /// `returnExistingWhen` matched: the stored resource, answered again.
        case existing(SandboxState.Resource)
        /// `uniqueBy` matched a stored resource.
        case conflict(fields: [String])
    }

    enum ReplayLookup {
        case none
        case replay(SandboxState.Replay)
        /// The key was used with a different request.
        case mismatch
    }

    private struct Contents {
        var state: SandboxState
        /// `scope` → identifying values → position in `state.resources[scope]`.
        var uniqueIndex: [String: [[JSONValue?]: Int]] = [:]
        var existingIndex: [String: [[JSONValue?]: Int]] = [:]
        /// `scope` → id → position, for fetches, updates and deletes.
        var idIndex: [String: [String: Int]] = [:]
    }

    private let contents: NIOLockedValueBox<Contents>
    private let file: StateFile?
    private let logger: Logger

    init(file: StateFile?, logger: Logger) throws(StateFileError) {
        self.file = file
        self.logger = logger
        self.contents = NIOLockedValueBox(Contents(state: try file?.read() ?? SandboxState()))
    }

    /// Creates a resource unless the operation's semantics say otherwise; `make` builds the new one.
    func create(
        scope: String,
        request: [String: JSONValue],
        semantics: SandboxOperation?,
        make: () -> SandboxState.Resource
    ) -> Creation {
        let unique = semantics?.uniqueBy.map(\.wireName) ?? []
        let existing = semantics?.returnExistingWhen.map(\.wireName) ?? []
        return contents.withLockedValue { contents in
            Self.indexIfNeeded(&contents, scope: scope, unique: unique, existing: existing)
            let uniqueKey = unique.isEmpty ? nil : unique.map { request[$0] }
            let existingKey = existing.isEmpty ? nil : existing.map { request[$0] }
            // A field left out is no claim to uniqueness (Jetpay's email is required anyway).
            if let uniqueKey, uniqueKey.allSatisfy({ $0 != nil }), contents.uniqueIndex[scope]?[uniqueKey] != nil {
                return .conflict(fields: unique)
            }
            if let existingKey, let position = contents.existingIndex[scope]?[existingKey] {
                return .existing(contents.state.resources[scope]![position])
            }
            let resource = make()
            let position = contents.state.resources[scope, default: []].count
            contents.state.resources[scope, default: []].append(resource)
            if let uniqueKey, uniqueKey.allSatisfy({ $0 != nil }) { contents.uniqueIndex[scope]![uniqueKey] = position }
            if let existingKey { contents.existingIndex[scope]![existingKey] = position }
            if let id = resource.id, contents.idIndex[scope] != nil { contents.idIndex[scope]![id] = position }
            persist(contents.state)
            return .created(resource)
        }
    }

    /// The stored resource with `id`.
    func resource(scope: String, id: String) -> SandboxState.Resource? {
        contents.withLockedValue { contents in
            Self.position(of: id, in: &contents, scope: scope).map { contents.state.resources[scope]![$0] }
        }
    }

    /// Every stored resource of `scope`, oldest first.
    func resources(scope: String) -> [SandboxState.Resource] {
        contents.withLockedValue { $0.state.resources[scope] ?? [] }
    }

    /// Changes the stored resource with `id` in place and returns it as changed; nil when there is none.
    func update(scope: String, id: String, _ change: (inout SandboxState.Resource) -> Void) -> SandboxState.Resource? {
        contents.withLockedValue { contents in
            guard let position = Self.position(of: id, in: &contents, scope: scope) else { return nil }
            change(&contents.state.resources[scope]![position])
            // Its identifying values may have changed; the create indexes are rebuilt when next needed.
            contents.uniqueIndex[scope] = nil
            contents.existingIndex[scope] = nil
            persist(contents.state)
            return contents.state.resources[scope]![position]
        }
    }

    /// Removes the stored resource with `id`; false when there is none.
    func delete(scope: String, id: String) -> Bool {
        contents.withLockedValue { contents in
            guard let position = Self.position(of: id, in: &contents, scope: scope) else { return false }
            contents.state.resources[scope]!.remove(at: position)
            // Later positions moved; every index of the scope is rebuilt when next needed.
            contents.uniqueIndex[scope] = nil
            contents.existingIndex[scope] = nil
            contents.idIndex[scope] = nil
            persist(contents.state)
            return true
        }
    }

    private static func position(of id: String, in contents: inout Contents, scope: String) -> Int? {
        if contents.idIndex[scope] == nil {
            var index: [String: Int] = [:]
            for (position, resource) in (contents.state.resources[scope] ?? []).enumerated() {
                if let id = resource.id { index[id] = position }
            }
            contents.idIndex[scope] = index
        }
        return contents.idIndex[scope]![id]
    }

    func replay(scope: String, key: String, request: JSONValue) -> ReplayLookup {
        contents.withLockedValue { contents in
            guard let stored = contents.state.replays[scope]?[key] else { return .none }
            return stored.request == request ? .replay(stored) : .mismatch
        }
    }

    /// Keeps the first answer to `key`; a concurrent second request with the key keeps the first.
    func remember(scope: String, key: String, replay: SandboxState.Replay) {
        contents.withLockedValue { contents in
            guard contents.state.replays[scope]?[key] == nil else { return }
            contents.state.replays[scope, default: [:]][key] = replay
            persist(contents.state)
        }
    }

    func reset() {
        contents.withLockedValue { contents in
            contents = Contents(state: SandboxState())
            persist(contents.state)
        }
    }

    private func persist(_ state: SandboxState) {
        guard let file else { return }
        do {
            try file.write(state)
        } catch {
            logger.error("\(error)")
        }
    }

    /// Indexes are built per scope on first use, so a state file loads without knowing the schemas.
    private static func indexIfNeeded(_ contents: inout Contents, scope: String, unique: [String], existing: [String]) {
        guard contents.uniqueIndex[scope] == nil else { return }
        var uniqueIndex: [[JSONValue?]: Int] = [:]
        var existingIndex: [[JSONValue?]: Int] = [:]
        for (position, resource) in (contents.state.resources[scope] ?? []).enumerated() {
            let uniqueKey = unique.map { resource.request[$0] }
            if !unique.isEmpty, uniqueKey.allSatisfy({ $0 != nil }), uniqueIndex[uniqueKey] == nil {
                uniqueIndex[uniqueKey] = position
            }
            let existingKey = existing.map { resource.request[$0] }
            if !existing.isEmpty, existingIndex[existingKey] == nil { existingIndex[existingKey] = position }
        }
        contents.uniqueIndex[scope] = uniqueIndex
        contents.existingIndex[scope] = existingIndex
    }
}
