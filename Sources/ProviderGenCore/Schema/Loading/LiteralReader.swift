/// Reads defaults and examples. Their fit with the field's type and constraints is checked later,
/// by the checker, where the field's type is known.
struct LiteralReader {
    let sink: DiagnosticSink

    func read(_ node: YAMLNode) -> Literal? {
        switch node.content {
        case .mapping:
            sink.error(node.location, "defaults and examples must be scalars or lists, found \(node.kindDescription)")
            return nil
        case .sequence(let items):
            let values = items.compactMap(read)
            return values.count == items.count ? .list(values) : nil
        case .scalar(let text, _):
            switch node.resolved {
            case .null?: return .null
            case .bool(let flag)?: return .boolean(flag)
            case .int?: return DecimalText.isPlainDecimal(text) ? .number(text) : .string(text)
            case .float?: return DecimalText.isPlainDecimal(text) ? .number(text) : .string(text)
            case .string(let string)?: return .string(string)
            case nil: return .string(text)
            }
        }
    }
}
