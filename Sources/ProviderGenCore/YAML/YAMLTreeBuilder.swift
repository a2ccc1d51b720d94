import CYAML

/// Assembles nodes from libyaml's event stream. Open collections live on an explicit
/// stack, so the depth of the input never becomes depth of the call stack.
struct YAMLTreeBuilder {
    enum Outcome {
        case proceed
        case finished
        case failed
    }

    private struct Frame {
        var isMapping: Bool
        var tag: String?
        var anchor: String?
        var location: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        /// Built only once a mapping outgrows a linear scan, so the usual small mapping
        /// pays nothing for duplicate detection while a huge one stays linear overall.
        var keyIndex: [String: SourceLocation]?
        /// Nodes in this subtree including itself and everything aliases put in it.
        var nodeCount = 1
        var childHeight = 0
    }

    /// What an alias needs to reuse a node: the node itself (shared, since arrays are
    /// copy-on-write) plus the numbers that bound what reusing it costs.
    private struct AnchoredNode {
        var node: YAMLNode
        var nodeCount: Int
        var height: Int
    }

    private static let linearKeyScanLimit = 16

    let file: String
    let limits: YAMLLimits
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var root: YAMLNode?
    private var stack: [Frame] = []
    private var anchors: [String: AnchoredNode] = [:]
    private var aliasNodes = 0
    private var documents = 0

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func fail(with diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func handle(_ event: UnsafePointer<yaml_event_t>) -> Outcome {
        let location = LibYAMLError.location(of: event.pointee.start_mark, file: file)
        switch event.pointee.type {
        case YAML_STREAM_END_EVENT:
            return .finished
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else {
                diagnostics.append(.error(at: location, "a schema file holds one YAML document; found a second one"))
                return .failed
            }
            return .proceed
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
            let node = YAMLNode(.scalar(text, style(of: data.style)), tag: string(data.tag), location: location)
            attach(node, nodeCount: 1, height: 0, anchor: string(data.anchor))
            return .proceed
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            return open(isMapping: false, tag: string(data.tag), anchor: string(data.anchor), at: location)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            return open(isMapping: true, tag: string(data.tag), anchor: string(data.anchor), at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
            return .proceed
        case YAML_ALIAS_EVENT:
            return alias(named: string(event.pointee.data.alias.anchor) ?? "", at: location)
        default:
            return .proceed
        }
    }

    private mutating func open(isMapping: Bool, tag: String?, anchor: String?, at location: SourceLocation) -> Outcome {
        guard stack.count < limits.maxDepth else {
            diagnostics.append(.error(at: location, "collections are nested deeper than \(limits.maxDepth) levels"))
            return .failed
        }
        stack.append(Frame(isMapping: isMapping, tag: tag, anchor: anchor, location: location))
        return .proceed
    }

    private mutating func close() {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(content, tag: frame.tag, location: frame.location)
        attach(node, nodeCount: frame.nodeCount, height: frame.childHeight + 1, anchor: frame.anchor)
    }

    private mutating func alias(named name: String, at location: SourceLocation) -> Outcome {
        guard let anchored = anchors[name] else {
            // libyaml's event parser does not resolve aliases, so an unknown one is caught here.
            let message =
                stack.contains(where: { $0.anchor == name })
                ? "alias '*\(name)' refers to a node that contains it; recursive structures are not supported"
                : "unknown alias '*\(name)': no anchor '&\(name)' appears before it"
            diagnostics.append(.error(at: location, message))
            return .failed
        }
        // Charging each alias the full size of what it repeats makes nested aliases
        // ("billion laughs") hit the limit after a handful of events, long before any
        // expansion could be materialised.
        guard anchored.nodeCount <= limits.maxAliasNodes - aliasNodes else {
            diagnostics.append(
                .error(
                    at: location,
                    "alias '*\(name)' repeats \(anchored.nodeCount) nodes, taking the nodes added by aliases past the limit of \(limits.maxAliasNodes)"
                )
            )
            return .failed
        }
        // A shallow alias can still splice in a deep node, so depth is checked here too.
        guard stack.count + anchored.height <= limits.maxDepth else {
            diagnostics.append(
                .error(at: location, "alias '*\(name)' nests collections deeper than \(limits.maxDepth) levels")
            )
            return .failed
        }
        aliasNodes += anchored.nodeCount
        var node = anchored.node
        node.location = location
        attach(node, nodeCount: anchored.nodeCount, height: anchored.height, anchor: nil)
        return .proceed
    }

    private mutating func attach(_ node: YAMLNode, nodeCount: Int, height: Int, anchor: String?) {
        if let anchor {
            anchors[anchor] = AnchoredNode(node: node, nodeCount: nodeCount, height: height)
        }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].nodeCount += nodeCount
        stack[top].childHeight = max(stack[top].childHeight, height)
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey.take() {
            stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
        } else {
            checkForDuplicate(key: node, inFrame: top)
            stack[top].pendingKey = node
        }
    }

    /// Duplicates are reported but kept, so one run shows every duplicate in the file.
    private mutating func checkForDuplicate(key: YAMLNode, inFrame top: Int) {
        guard case .scalar(let text, _) = key.content else { return }
        var first: SourceLocation?
        if stack[top].keyIndex == nil {
            for pair in stack[top].pairs {
                if case .scalar(let existing, _) = pair.key.content, existing == text {
                    first = pair.key.location
                    break
                }
            }
            if stack[top].pairs.count >= Self.linearKeyScanLimit {
                var index: [String: SourceLocation] = [:]
                for pair in stack[top].pairs {
                    if case .scalar(let existing, _) = pair.key.content, index[existing] == nil {
                        index[existing] = pair.key.location
                    }
                }
                if first == nil { index[text] = key.location }
                stack[top].keyIndex = index
            }
        } else {
            first = stack[top].keyIndex?[text]
            if first == nil { stack[top].keyIndex?[text] = key.location }
        }
        if let first {
            diagnostics.append(
                .error(
                    at: key.location,
                    "duplicate key '\(Self.abbreviated(text))' in mapping",
                    notes: [Diagnostic.Note(location: first, message: "first defined here")]
                )
            )
        }
    }

    /// Keeps a message readable when the key is a long block of text.
    private static func abbreviated(_ text: String) -> String {
        let limit = 60
        guard text.utf8.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    private func style(of style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }
}
