/// Bounds that keep a hostile or broken schema file from exhausting memory, stack or time.
/// Real schemas are a few hundred lines, so the defaults leave a wide margin.
public struct YAMLLimits: Sendable {
    public var maxInputBytes: Int
    /// Nested collections, counting the root collection as one level.
    public var maxDepth: Int
    /// Nodes that aliases may add in total, counting each alias as the full size of the
    /// node it repeats; this is what stops "billion laughs" files.
    public var maxAliasNodes: Int

    public init(maxInputBytes: Int = 8 << 20, maxDepth: Int = 100, maxAliasNodes: Int = 10_000) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
    }
}

public struct YAMLParseResult: Sendable {
    /// nil for a file without a document, and whenever parsing stopped at an error;
    /// present (possibly alongside duplicate-key errors) otherwise.
    public var root: YAMLNode?
    public var diagnostics: [Diagnostic]

    public init(root: YAMLNode?, diagnostics: [Diagnostic]) {
        self.root = root
        self.diagnostics = diagnostics
    }
}
