/// Finds the line of any key in a schema's YAML. The model keeps locations for what it names
/// (operations, fields, types); a change to one of their keys (`maxLength`, `servers.sandbox`)
/// is reported at that key instead, so a finding points where the edit was made.
struct SchemaLocator {
    let file: String
    private let root: YAMLNode?

    init(root: YAMLNode?, file: String) {
        self.root = root
        self.file = file
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
        guard let value = value(ofKeyAt: location) else { return location }
        return descend(from: value, keys: keys) ?? location
    }

    /// The value of the mapping key at `location`. Pairs and items are in document order, so
    /// each level is a binary search for the last entry starting at or before it: no index of
    /// the whole tree is built, and only findings look anything up.
    private func value(ofKeyAt location: SourceLocation) -> YAMLNode? {
        var node = root
        while let current = node {
            switch current.content {
            case .scalar:
                return nil
            case .sequence(let items):
                node = Self.last(atOrBefore: location, count: items.count) { items[$0].location }.map { items[$0] }
            case .mapping(let pairs):
                guard let index = Self.last(atOrBefore: location, count: pairs.count, { pairs[$0].key.location }) else {
                    return nil
                }
                if pairs[index].key.location == location { return pairs[index].value }
                node = pairs[index].value
            }
        }
        return nil
    }

    /// The index of the last of `count` entries starting at or before `location`.
    private static func last(
        atOrBefore location: SourceLocation,
        count: Int,
        _ start: (Int) -> SourceLocation
    ) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let entry = start(middle)
            if (entry.line, entry.column) <= (location.line, location.column) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low == 0 ? nil : low - 1
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
