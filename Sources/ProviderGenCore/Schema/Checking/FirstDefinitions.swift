/// A part of a schema that diagnostics can point at.
protocol LocatedInSchema {
    var location: SourceLocation { get }
}

extension NamedType: LocatedInSchema {}
extension Field: LocatedInSchema {}
extension EnumType.Value: LocatedInSchema {}
extension APIOperation: LocatedInSchema {}
extension Parameter: LocatedInSchema {}
extension Response: LocatedInSchema {}
extension CrossFieldRule: LocatedInSchema {}

/// The one policy for names that must be unique: the first definition keeps the name, and each
/// later one is an error at itself with a note at the first, so the user sees both places.
struct FirstDefinitions<Key: Hashable, Element: LocatedInSchema> {
    private var firstByKey: [Key: Element] = [:]
    private let sink: DiagnosticSink

    init(reportingTo sink: DiagnosticSink) {
        self.sink = sink
    }

    /// Records `element` as the first with `key`, or reports it against the earlier one.
    /// Returns whether `element` was the first.
    @discardableResult
    mutating func claim(
        _ key: Key,
        for element: Element,
        error: (_ first: Element) -> String,
        note: (_ first: Element) -> String
    ) -> Bool {
        guard let first = firstByKey[key] else {
            firstByKey[key] = element
            return true
        }
        sink.error(element.location, error(first), notes: [.init(location: first.location, message: note(first))])
        return false
    }
}
