/// `pagination:` of one operation: the `Client` method returning every item as a
/// `PageSequence<Item>`. It takes the operation's parameters but the one it moves through the
/// pages, so the position parameter and the item type are its Swift signature; the rest decides
/// which pages are requested and where the sequence stops.
struct PaginationComparer {
    let context: DiffContext
    let operation: String

    func compare(_ oldOperation: APIOperation, _ newOperation: APIOperation) {
        switch (oldOperation.pagination, newOperation.pagination) {
        case (nil, nil):
            return
        case (nil, let new?):
            context.report(
                "pagination-added",
                wire: .none,
                source: .additive,
                at: new.location,
                "\(operation) is paginated: \(new.sequenceName.value)(…) returns every item"
            )
        case (let old?, nil):
            context.report(
                "pagination-removed",
                wire: .none,
                source: .breaking,
                at: old.location,
                "\(operation) is no longer paginated: \(old.sequenceName.value)(…) removed"
            )
        case (let old?, let new?):
            compare(old, new, oldOperation, newOperation)
        }
    }

    private func compare(
        _ old: Pagination,
        _ new: Pagination,
        _ oldOperation: APIOperation,
        _ newOperation: APIOperation
    ) {
        if old.sequenceName.value != new.sequenceName.value {
            context.report(
                "pagination-sequence-renamed",
                wire: .none,
                source: .breaking,
                at: new.sequenceName.location,
                "\(operation)'s sequence method renamed from \(old.sequenceName.value) to \(new.sequenceName.value)"
            )
        }
        let (oldKeys, newKeys) = (Self.described(old), Self.described(new))
        let changed = Set(oldKeys.keys).union(newKeys.keys).filter { oldKeys[$0] != newKeys[$0] }.sorted()
        guard !changed.isEmpty else { return }
        let itemTypeChanged =
            itemType(old, oldOperation, in: context.old.schema, renamed: true)
            != itemType(new, newOperation, in: context.new.schema, renamed: false)
        let signatureChanged = itemTypeChanged || old.position.value != new.position.value
        context.report(
            "pagination-changed",
            wire: .potentiallyBreaking,
            source: signatureChanged ? .breaking : .none,
            at: new.location,
            "pagination of \(operation) changed (\(changed.joined(separator: ", "))); \(new.sequenceName.value)(…) requests other pages or stops elsewhere"
                + (signatureChanged ? ", and its parameters or item type changed" : "")
        )
    }

    /// The item type as Swift spells it, old types under their new names; nil if it does not resolve.
    private func itemType(_ pagination: Pagination, _ operation: APIOperation, in schema: ProviderSchema, renamed: Bool)
        -> String?
    {
        guard case .success(let shape) = PageShape.resolve(pagination, of: operation, in: schema) else { return nil }
        let type = renamed ? context.renames.renamed(shape.itemType) : shape.itemType
        return TypeNaming(schema: context.new.schema).swiftType(type)
    }

    /// Every key but `name`, as the schema writes it.
    private static func described(_ pagination: Pagination) -> [String: String] {
        let paths: [(String, Pagination.Located<[String]>?)] = [
            ("items", pagination.items), ("nextCursor", pagination.nextCursor), ("hasMore", pagination.hasMore),
            ("total", pagination.total), ("totalPages", pagination.totalPages),
        ]
        var keys = ["style": pagination.style.rawValue, pagination.style.rawValue: pagination.position.value]
        keys["limit"] = pagination.limit?.value
        for (key, path) in paths {
            keys[key] = path?.value.joined(separator: ".")
        }
        return keys
    }
}
