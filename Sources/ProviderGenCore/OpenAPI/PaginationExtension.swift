/// `pagination:` as `x-providergen-pagination`, keyed as the schema writes it (the position under
/// its style's name, field paths dotted), so a tool can walk the pages as the generated client does.
enum PaginationExtension {
    static func describe(_ pagination: Pagination) -> JSONDocument {
        var object = JSONObject()
        object["style"] = .string(pagination.style.rawValue)
        object["items"] = path(pagination.items)
        object["limit"] = pagination.limit.map { .string($0.value) }
        object[pagination.style.rawValue] = .string(pagination.position.value)
        object["nextCursor"] = pagination.nextCursor.map(path)
        object["hasMore"] = pagination.hasMore.map(path)
        object["total"] = pagination.total.map(path)
        object["totalPages"] = pagination.totalPages.map(path)
        object["name"] = .string(pagination.sequenceName.value)
        return .object(object)
    }

    private static func path(_ path: Pagination.Located<[String]>) -> JSONDocument {
        .string(path.value.joined(separator: "."))
    }
}
