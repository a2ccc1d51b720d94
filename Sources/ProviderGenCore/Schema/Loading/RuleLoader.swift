import ProviderRuntimeCore

/// Reads an object's cross-field `rules:`.
struct RuleLoader {
    let sink: DiagnosticSink

    static let ruleKeys = [
        "id", "when", "requires", "allowedCombinations", "atLeastOneOf", "exactlyOneOf", "message", "severity",
    ]

    /// The keys that say what a rule checks; a rule has exactly one of these (`when` goes with `requires`).
    private static let kindKeys = ["requires", "allowedCombinations", "atLeastOneOf", "exactlyOneOf"]

    func loadRules(_ node: YAMLNode) -> [CrossFieldRule] {
        guard case .sequence(let items) = node.content else {
            sink.error(node.location, "'rules' must be a list, found \(node.kindDescription)")
            return []
        }
        return items.compactMap(loadRule)
    }

    private func loadRule(_ node: YAMLNode) -> CrossFieldRule? {
        guard let reader = MappingReader(node, describing: "a rule", allowedKeys: Self.ruleKeys, sink: sink) else {
            return nil
        }
        let severityNode = reader.value("severity")
        let severityName = reader.string("severity") ?? "error"
        let severity = ValidationIssue.Severity(rawValue: severityName)
        if let severityNode, severity == nil {
            sink.error(severityNode.location, "severity must be error or warning, found '\(severityName)'")
        }
        let kinds = Self.kindKeys.filter(reader.has)
        if kinds.count > 1 {
            sink.error(
                node.location,
                "a rule checks one thing: '\(kinds.joined(separator: "', '"))' belong in separate rules"
            )
        }
        if reader.has("when") && !reader.has("requires") && !kinds.isEmpty {
            sink.error(reader.keyLocation("when") ?? node.location, "'when' goes with 'requires' only")
        }
        let kind: CrossFieldRule.Kind
        let defaultID: String
        if let groupKey = ["atLeastOneOf", "exactlyOneOf"].first(where: reader.has), let group = reader.value(groupKey)
        {
            guard let fields = stringList(group, key: groupKey) else { return nil }
            kind = .oneOf(fields: fields, exactly: groupKey == "exactlyOneOf")
            defaultID = groupKey
        } else if let combinations = reader.value("allowedCombinations") {
            guard let table = loadCombinations(combinations) else { return nil }
            kind = .allowedCombinations(fields: table.fields, rows: table.rows)
            defaultID = "allowedCombination"
        } else {
            guard
                let trigger = reader.required("when", in: "a rule").flatMap({
                    MappingReader.string($0, key: "when", sink: sink)
                }),
                let requiredNode = reader.required("requires", in: "a rule"),
                let required = stringList(requiredNode, key: "requires")
            else { return nil }
            kind = .requires(trigger: trigger, required: required)
            defaultID = "requires"
        }
        return CrossFieldRule(
            id: reader.string("id") ?? defaultID,
            kind: kind,
            message: reader.string("message"),
            severity: severity ?? .error,
            location: node.location
        )
    }

    private func loadCombinations(_ node: YAMLNode) -> (fields: [String], rows: [[String]])? {
        guard
            let reader = MappingReader(
                node,
                describing: "'allowedCombinations'",
                allowedKeys: ["fields", "rows"],
                sink: sink
            ),
            let fields = reader.required("fields", in: "'allowedCombinations'").flatMap({
                stringList($0, key: "fields")
            }),
            let rowsNode = reader.required("rows", in: "'allowedCombinations'")
        else { return nil }
        guard case .sequence(let rowNodes) = rowsNode.content else {
            sink.error(rowsNode.location, "'rows' must be a list of lists, found \(rowsNode.kindDescription)")
            return nil
        }
        var rows: [[String]] = []
        for rowNode in rowNodes {
            guard let row = stringList(rowNode, key: "a row") else { continue }
            guard row.count == fields.count else {
                sink.error(rowNode.location, "this row has \(row.count) values but 'fields' names \(fields.count)")
                continue
            }
            rows.append(row)
        }
        return (fields, rows)
    }

    /// A list of strings, or a single string as a one-element list.
    private func stringList(_ node: YAMLNode, key: String) -> [String]? {
        switch node.content {
        case .sequence(let items):
            let strings = items.compactMap { MappingReader.string($0, key: key, sink: sink) }
            return strings.count == items.count ? strings : nil
        case .scalar:
            return MappingReader.string(node, key: key, sink: sink).map { [$0] }
        case .mapping:
            sink.error(node.location, "'\(key)' must be a list of names, found \(node.kindDescription)")
            return nil
        }
    }
}
