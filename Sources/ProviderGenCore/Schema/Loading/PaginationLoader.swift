/// Reads an operation's `pagination:`: the style, the query parameters that move through the pages
/// and the body fields that tell when to stop. Which keys a style takes is checked here; whether
/// they name real parameters and fields is `PaginationChecker`'s job.
struct PaginationLoader {
    let sink: DiagnosticSink

    static let keys = [
        "style", "items", "limit", "offset", "page", "cursor", "nextCursor", "hasMore", "total", "totalPages", "name",
    ]

    /// The keys only one style takes, with that style.
    private static let styleKeys: [(key: String, style: Pagination.Style)] = [
        ("offset", .offset), ("total", .offset), ("page", .page), ("totalPages", .page), ("cursor", .cursor),
        ("nextCursor", .cursor),
    ]

    func load(_ node: YAMLNode, operation: String) -> Pagination? {
        let what = "'pagination' of '\(operation)'"
        guard let reader = MappingReader(node, describing: what, allowedKeys: Self.keys, sink: sink) else {
            return nil
        }
        let styleNode = reader.required("style", in: what)
        let styleName = styleNode.flatMap { MappingReader.string($0, key: "style", sink: sink) }
        let style = styleName.flatMap(Pagination.Style.init(rawValue:))
        if let styleNode, let styleName, style == nil {
            let styles = Pagination.Style.allCases.map(\.rawValue)
            sink.error(
                styleNode.location,
                "unknown pagination style '\(styleName)'\(Suggestion.didYouMean(styleName, among: styles)); expected offset, page or cursor"
            )
        }
        let items = reader.required("items", in: what).flatMap { path($0, key: "items") }
        guard let style, let items else { return nil }
        for (key, owner) in Self.styleKeys where owner != style && reader.has(key) {
            sink.error(
                reader.keyLocation(key) ?? node.location,
                "'\(key)' applies to pagination style \(owner.rawValue) only; this operation's style is \(style.rawValue)"
            )
        }
        let positionKey = style.rawValue
        guard let position = reader.required(positionKey, in: what).flatMap({ name($0, key: positionKey) }) else {
            return nil
        }
        let nextCursor = reader.value("nextCursor").flatMap { path($0, key: "nextCursor") }
        if style == .cursor, nextCursor == nil, !reader.has("nextCursor") {
            sink.error(
                node.location,
                "\(what) has style cursor but no 'nextCursor': the body field with the next page's cursor"
            )
        }
        let sequenceName =
            reader.value("name").flatMap { name($0, key: "name") }
            ?? Pagination.Located(value: Self.defaultSequenceName(operation), location: node.location)
        if reader.has("name"),
            !SwiftNames.isIdentifier(sequenceName.value) || sequenceName.value.first?.isLowercase != true
        {
            sink.error(
                sequenceName.location,
                "pagination name '\(sequenceName.value)' must be a lowerCamelCase Swift identifier"
            )
        }
        return Pagination(
            style: style,
            items: items,
            limit: reader.value("limit").flatMap { name($0, key: "limit") },
            position: position,
            nextCursor: style == .cursor ? nextCursor : nil,
            hasMore: reader.value("hasMore").flatMap { path($0, key: "hasMore") },
            total: style == .offset ? reader.value("total").flatMap { path($0, key: "total") } : nil,
            totalPages: style == .page ? reader.value("totalPages").flatMap { path($0, key: "totalPages") } : nil,
            sequenceName: sequenceName,
            location: node.location
        )
    }

    /// `listContacts` → `allContacts`; any other name `x` → `allX`.
    static func defaultSequenceName(_ operation: String) -> String {
        let rest = operation.dropFirst(4)
        if operation.hasPrefix("list"), rest.first?.isUppercase == true {
            return "all" + rest
        }
        return "all" + SwiftNames.type(fromWire: operation)
    }

    private func name(_ node: YAMLNode, key: String) -> Pagination.Located<String>? {
        MappingReader.string(node, key: key, sink: sink).map { Pagination.Located(value: $0, location: node.location) }
    }

    /// `items` or `meta.pagination.total_pages`: wire names from the page's body down.
    private func path(_ node: YAMLNode, key: String) -> Pagination.Located<[String]>? {
        guard let text = MappingReader.string(node, key: key, sink: sink) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else {
            sink.error(
                node.location,
                "'\(key)' must be a field name or a dotted path such as meta.total, found '\(text)'"
            )
            return nil
        }
        return Pagination.Located(value: parts, location: node.location)
    }
}
