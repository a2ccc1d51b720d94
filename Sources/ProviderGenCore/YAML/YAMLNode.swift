/// How a scalar was written. Schema checks care because only plain scalars go through
/// type resolution: `"true"` is a string, `true` is a boolean.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a parsed YAML document, kept close to the source so every later
/// complaint can point at the exact line and column that caused it.
public struct YAMLNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Pairs stay in document order because generated code follows the schema's order.
        case mapping([Pair])
    }

    public struct Pair: Sendable, Hashable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// The explicit tag, fully expanded by libyaml (`!!str` becomes `tag:yaml.org,2002:str`);
    /// nil when the source has none, so resolution knows to apply the core schema.
    public var tag: String?
    /// Where the node starts. For a node that came from an alias this is the alias itself,
    /// since that is where the value is used; its children keep the anchor's locations.
    public var location: SourceLocation

    public init(_ content: Content, tag: String? = nil, location: SourceLocation) {
        self.content = content
        self.tag = tag
        self.location = location
    }

    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var resolved: ResolvedScalar? {
        guard case .scalar(let text, let style) = content else { return nil }
        return ScalarResolution.resolve(text, style: style, tag: tag)
    }

    public var kindDescription: String {
        switch content {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar(let text, let style):
            switch ScalarResolution.resolve(text, style: style, tag: tag) {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            case .string: return "a string"
            }
        }
    }

    public var isNull: Bool {
        resolved == .null
    }
}
