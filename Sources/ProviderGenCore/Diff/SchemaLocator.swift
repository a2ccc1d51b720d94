/// Finds the line of any key in a schema's YAML. The model keeps locations for what it names
/// (operations, fields, types); a change to one of their keys (`maxLength`, `servers.sandbox`)
/// is reported at that key instead, so a finding points where the edit was made.
struct SchemaLocator {
    let file: String
    private let root: YAMLNode?
    /// Every mapping value by the location of its key, which is where the model's locations point.
    private let valuesByKey: [SourceLocation: YAMLNode]

    init(root: YAMLNode?, file: String) {
        self.root = root
        self.file = file
        var index: [SourceLocation: YAMLNode] = [:]
        var pending = root.map { [$0] } ?? []
        while let node = pending.popLast() {
            switch node.content {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let pairs):
                for pair in pairs {
                    index[pair.key.location] = pair.value
                    pending.append(pair.value)
                }
            }
        }
        valuesByKey = index
    }

    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The key at `keys` below the top level, or the deepest one of them that exists.
    func path(_ keys: [String]) -> SourceLocation {
        guard let root else { return start }
        return descend(from: root, keys: keys) ?? start
    }

    /// The key at `keys` below the key at `location`, or the deepest one of them that exists.
    func key(_ keys: String..., under location: SourceLocation) -> SourceLocation {
        key(keys, under: location)
    }

    func key(_ keys: [String], under location: SourceLocation) -> SourceLocation {
        guard let value = valuesByKey[location] else { return location }
        return descend(from: value, keys: keys) ?? location
    }

    private func descend(from node: YAMLNode, keys: [String]) -> SourceLocation? {
        var node = node
        var found: SourceLocation?
        for key in keys {
            guard case .mapping(let pairs) = node.content, let pair = pairs.first(where: { $0.key.scalar == key })
            else {
                break
            }
            found = pair.key.location
            node = pair.value
        }
        return found
    }
}
