/// Where a page starts, in the provider's pagination style. Generated code passes it to the
/// operation's sending call; users meet it only through ``PageSequence``.
@_spi(Generated) public enum PagePosition: Sendable, Hashable {
    /// Items skipped (`skip`, `offset`).
    case offset(Int)
    /// A page number (`page`), counted as the provider counts.
    case page(Int)
    /// The provider's cursor for the next page; nil for the first page.
    case cursor(String?)

    public var offsetValue: Int {
        if case .offset(let value) = self { return value }
        return 0
    }

    public var pageValue: Int {
        if case .page(let value) = self { return value }
        return 1
    }

    public var cursorValue: String? {
        if case .cursor(let value) = self { return value }
        return nil
    }
}

/// A page as generated code reads it from the operation's response.
@_spi(Generated) public enum PageResult<Element: Sendable>: Sendable {
    case page([Element], PageSignals)
    /// The response was not the page's status, or its body did not decode.
    case refused(RawResponse, mismatches: [ResponseDecodingError])
}

/// What a page says about the next one; nil where the schema names no such field or the page
/// left it out.
@_spi(Generated) public struct PageSignals: Sendable, Hashable {
    /// The page size the request asked for (the limit parameter's value).
    public var pageSize: Int?
    /// The provider's "there are more" flag.
    public var hasMore: Bool?
    /// How many items there are in all (offset style).
    public var total: Int?
    /// How many pages there are in all (page style).
    public var totalPages: Int?
    /// The cursor of the next page (cursor style).
    public var nextCursor: String?

    public init(
        pageSize: Int? = nil,
        hasMore: Bool? = nil,
        total: Int? = nil,
        totalPages: Int? = nil,
        nextCursor: String? = nil
    ) {
        self.pageSize = pageSize
        self.hasMore = hasMore
        self.total = total
        self.totalPages = totalPages
        self.nextCursor = nextCursor
    }
}

@_spi(Generated) extension PagePosition {
    /// The page after this one, or nil when this was the last.
    ///
    /// In order: an empty page is the last; a `hasMore` flag decides when the page has one; a
    /// cursor page without a next cursor is the last; a total (items or pages) reached is the
    /// last; a page shorter than the size asked for is the last. A cursor that comes back
    /// unchanged would repeat the same page forever, so it throws.
    public func following(
        itemCount: Int,
        signals: PageSignals,
        operation: String,
        page: Int
    ) throws(ProviderError) -> PagePosition? {
        guard itemCount > 0, signals.hasMore != false else { return nil }
        let isShort = signals.hasMore == nil && signals.pageSize.map { itemCount < $0 } == true
        switch self {
        case .cursor(let current):
            guard let next = signals.nextCursor, !next.isEmpty else { return nil }
            if next == current {
                throw .pageFailed(PageFailure(operation: operation, page: page, reason: .repeatedCursor(next)))
            }
            return .cursor(next)
        case .offset(let skipped):
            let next = skipped + itemCount
            if let total = signals.total, next >= total { return nil }
            return isShort ? nil : .offset(next)
        case .page(let number):
            if let totalPages = signals.totalPages, number >= totalPages { return nil }
            return isShort ? nil : .page(number + 1)
        }
    }
}
