import Foundation
import ProviderGenCore
import ProviderRuntimeCore

/// One page of a `list` operation from the stored records: filtered by the declared query
/// parameters named like the records' fields and by `createdBetween`, ordered (`newestFirst`), cut to the page the
/// operation's `pagination` parameters ask for, and described by its totals and `counts`.
struct ResourceListing {
    enum Outcome {
        /// Values to write into the list body, by field path: the items and the page's figures.
        case page([(path: [String], value: JSONValue)])
        /// A paging or time parameter that is not a whole number in its bounds.
        case refused([ValidationIssue])
    }

    let operation: APIOperation
    let semantics: SandboxOperation?
    let schema: ProviderSchema

    func page(of records: [JSONValue], query: [String: String]) -> Outcome {
        guard let pagination = operation.pagination else { return .page([]) }
        var issues: [ValidationIssue] = []
        let limit = pagination.limit.flatMap { integer($0.value, in: query, issues: &issues) }
        let position = integer(pagination.position.value, in: query, issues: &issues)
        let range = semantics?.createdBetween
        let from = range?.from.flatMap { integer($0, in: query, issues: &issues) }
        let to = range?.to.flatMap { integer($0, in: query, issues: &issues) }
        guard issues.isEmpty else { return .refused(issues) }

        let reserved = Set(
            [pagination.limit?.value, pagination.position.value, range?.from, range?.to].compactMap { $0 }
        )
        let declared = Set(operation.queryParameters.map(\.wireName))
        let filters = query.filter { declared.contains($0.key) && !reserved.contains($0.key) }
        var matching = records.filter { record in
            guard case .object(let members) = record else { return false }
            if let range, let time = members[range.field].flatMap(Self.decimal) {
                if let from, time < Decimal(from) { return false }
                if let to, time > Decimal(to) { return false }
            }
            // Query parameters that name no field of the record (PayArc's `include`) filter nothing.
            return filters.allSatisfy { name, wanted in members[name].map { Self.matches($0, wanted) } ?? true }
        }
        if semantics?.newestFirst == true { matching.reverse() }

        let total = matching.count
        let size = max(limit ?? max(total, 1), 1)
        // Paging values come from the client and may be near Int.max: the arithmetic saturates
        // instead of trapping, and a page past the end is simply empty.
        let pageNumber: Int
        let offset: Int
        switch pagination.style {
        case .page:
            pageNumber = max(position ?? 1, 1)
            let (product, overflow) = (pageNumber - 1).multipliedReportingOverflow(by: size)
            offset = overflow ? Int.max : product
        case .offset, .cursor:
            offset = max(position ?? 0, 0)
            pageNumber = offset / size == Int.max ? Int.max : offset / size + 1
        }
        let items = offset < total ? Array(matching[offset..<(offset + min(size, total - offset))]) : []
        let totalPages = total == 0 ? 0 : (total - 1) / size + 1
        let more = offset < total && offset + items.count < total

        var assignments: [(path: [String], value: JSONValue)] = [(pagination.items.value, .array(items))]
        if let path = pagination.total?.value { assignments.append((path, Self.number(total))) }
        if let path = pagination.totalPages?.value { assignments.append((path, Self.number(totalPages))) }
        if let path = pagination.hasMore?.value { assignments.append((path, .bool(more))) }
        if let path = pagination.nextCursor?.value {
            assignments.append((path, more ? .string(String(offset + items.count)) : .null))
        }
        for count in semantics?.counts ?? [] {
            let figure: Int
            switch count.figure {
            case .pageItems: figure = items.count
            case .total: figure = total
            case .limit: figure = size
            case .page: figure = pageNumber
            case .totalPages: figure = totalPages
            }
            assignments.append((count.path, Self.number(figure)))
        }
        return .page(assignments)
    }

    /// The query parameter `name` as a whole number within its declared bounds, else its default;
    /// nil when neither is given. A cursor is the offset of the next page, written as text.
    private func integer(_ name: String, in query: [String: String], issues: inout [ValidationIssue]) -> Int? {
        let parameter = operation.queryParameters.first { $0.wireName == name }
        guard let text = query[name] else {
            if case .number(let text)? = parameter?.defaultValue { return Int(text) }
            return nil
        }
        guard let value = Int(text) else {
            issues.append(
                ValidationIssue(path: name, rule: "integer", message: "must be a whole number, found '\(text)'")
            )
            return nil
        }
        if let minimum = parameter?.constraints.minimum.flatMap({ Int($0) }), value < minimum {
            issues.append(
                ValidationIssue(path: name, rule: "minimum", message: "must be at least \(minimum) (got \(value))")
            )
        }
        if let maximum = parameter?.constraints.maximum.flatMap({ Int($0) }), value > maximum {
            issues.append(
                ValidationIssue(path: name, rule: "maximum", message: "must be at most \(maximum) (got \(value))")
            )
        }
        return value
    }

    /// A stored value equals the query's text as the provider compares it: booleans also as `1`/`0`
    /// (Razorpay's `active`), numbers by value.
    private static func matches(_ value: JSONValue, _ wanted: String) -> Bool {
        switch value {
        case .string(let text): return text == wanted
        case .bool(let flag): return (flag ? ["1", "true"] : ["0", "false"]).contains(wanted)
        case .number(let number): return Decimal(string: wanted, locale: Locale(identifier: "en_US_POSIX")) == number
        case .null: return wanted.isEmpty
        case .array, .object: return false
        }
    }

    private static func decimal(_ value: JSONValue) -> Decimal? {
        if case .number(let number) = value { return number }
        return nil
    }

    private static func number(_ value: Int) -> JSONValue { .number(Decimal(value)) }
}

extension JSONValue {
    /// Writes `value` at a path of object keys, making the objects on the way that are missing.
    mutating func set(_ value: JSONValue, at path: ArraySlice<String>) {
        guard let first = path.first else {
            self = value
            return
        }
        var members: [String: JSONValue] = [:]
        if case .object(let existing) = self { members = existing }
        var child = members[first] ?? .object([:])
        child.set(value, at: path.dropFirst())
        members[first] = child
        self = .object(members)
    }
}
