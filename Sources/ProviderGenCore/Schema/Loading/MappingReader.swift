/// Reads one YAML mapping of a schema: known keys by name, every unknown key reported with a
/// suggestion, and every wrong value kind reported where it was written.
struct MappingReader {
    let node: YAMLNode
    let sink: DiagnosticSink
    private let entries: [(key: String, pair: YAMLNode.Pair)]

    /// Reports a non-mapping node (naming `what` it should describe) and returns nil.
    init?(_ node: YAMLNode, describing what: String, allowedKeys: [String], sink: DiagnosticSink) {
        guard case .mapping(let pairs) = node.content else {
            sink.error(node.location, "\(what) must be a mapping, found \(node.kindDescription)")
            return nil
        }
        self.node = node
        self.sink = sink
        var entries: [(key: String, pair: YAMLNode.Pair)] = []
        for pair in pairs {
            // `~:` is a null key, not the name "~"; a name that reads like null must be quoted.
            guard let key = pair.key.scalar, !pair.key.isCollection, !pair.key.isNull else {
                sink.error(pair.key.location, "keys in \(what) must be strings, found \(pair.key.kindDescription)")
                continue
            }
            if !allowedKeys.contains(key) {
                let hint = Suggestion.didYouMean(key, among: allowedKeys)
                let known = hint.isEmpty ? "; expected one of: \(allowedKeys.joined(separator: ", "))" : hint
                sink.error(pair.key.location, "unknown key '\(key)' in \(what)\(known)")
                continue
            }
            entries.append((key, pair))
        }
        self.entries = entries
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func value(_ key: String) -> YAMLNode? { entries.first { $0.key == key }?.pair.value }

    func keyLocation(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.pair.key.location }

    /// A key that must be present; reports its absence at the mapping.
    func required(_ key: String, in what: String) -> YAMLNode? {
        guard let value = value(key) else {
            sink.error(node.location, "\(what) is missing required key '\(key)'")
            return nil
        }
        return value
    }

    func string(_ key: String) -> String? {
        value(key).flatMap { Self.string($0, key: key, sink: sink) }
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if case .bool(let flag)? = node.resolved { return flag }
        sink.error(node.location, "'\(key)' must be true or false, found \(node.kindDescription)")
        return nil
    }

    func nonNegativeInt(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        if case .int(let number)? = node.resolved, number >= 0 { return number }
        sink.error(node.location, "'\(key)' must be a non-negative integer, found \(node.kindDescription)")
        return nil
    }

    /// Scalars of any resolved kind are accepted as text (`en`, `200`); collections are not.
    static func string(_ node: YAMLNode, key: String, sink: DiagnosticSink) -> String? {
        if node.isCollection || node.isNull {
            sink.error(node.location, "'\(key)' must be a string, found \(node.kindDescription)")
            return nil
        }
        return node.scalar
    }

    /// A list of strings (`[a, b]`), or one string standing for a list of one.
    static func string(sequenceOf node: YAMLNode, key: String, sink: DiagnosticSink) -> [(
        String, SourceLocation
    )] {
        guard case .sequence(let items) = node.content else {
            return string(node, key: key, sink: sink).map { [($0, node.location)] } ?? []
        }
        if items.isEmpty {
            sink.error(node.location, "'\(key)' lists nothing; remove it or name at least one")
        }
        return items.compactMap { item in string(item, key: key, sink: sink).map { ($0, item.location) } }
    }

    /// Ordered key/value pairs of a mapping whose keys are names chosen by the author
    /// (fields, types, operations); duplicates were already reported by the YAML layer.
    static func namedEntries(_ node: YAMLNode, describing what: String, sink: DiagnosticSink) -> [(
        name: String, key: YAMLNode, value: YAMLNode
    )] {
        guard case .mapping(let pairs) = node.content else {
            sink.error(node.location, "\(what) must be a mapping, found \(node.kindDescription)")
            return []
        }
        var result: [(name: String, key: YAMLNode, value: YAMLNode)] = []
        var seen = Set<String>()
        for pair in pairs {
            guard let name = pair.key.scalar, !pair.key.isCollection, !pair.key.isNull else {
                sink.error(pair.key.location, "names in \(what) must be strings, found \(pair.key.kindDescription)")
                continue
            }
            guard seen.insert(name).inserted else { continue }
            result.append((name, pair.key, pair.value))
        }
        return result
    }
}

extension YAMLNode {
    var isCollection: Bool {
        switch content {
        case .scalar: return false
        case .sequence, .mapping: return true
        }
    }
}
