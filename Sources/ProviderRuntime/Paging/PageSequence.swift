/// Every item of a paginated operation, page after page. Each page is one call of the operation's
/// sending method, so the client's transport, deadline, retries and middlewares apply per page.
///
/// Pages are requested lazily, one at a time, as the loop asks for items; stopping the loop stops
/// the requests. Iterating twice sends the requests again. The sequence ends at an empty page, a
/// page the provider says is the last (a `hasMore` flag, a total, no next cursor) or a page shorter
/// than the page size asked for. Iteration throws ``ProviderError``: `.invalidInput` and
/// `.transportFailed` as the sending call does, and `.pageFailed` when a page's response is not a
/// page (an error status, a body that does not decode, a cursor that repeats).
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// Generated code: fetches one page, by calling the operation's sending method, and reads it.
    @_spi(Generated) public typealias Fetch =
        @Sendable (PagePosition) async throws(ProviderError) -> PageResult<Element>

    private let operation: String
    private let first: PagePosition
    private let fetch: Fetch

    @_spi(Generated) public init(operation: String, first: PagePosition, fetch: @escaping Fetch) {
        self.operation = operation
        self.first = first
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(operation: operation, next: first, fetch: fetch)
    }

    public struct Iterator: AsyncIteratorProtocol {
        private let operation: String
        private var next: PagePosition?
        private let fetch: Fetch
        private var buffer: [Element] = []
        private var index = 0
        private var pagesRead = 0

        fileprivate init(operation: String, next: PagePosition, fetch: @escaping Fetch) {
            self.operation = operation
            self.next = next
            self.fetch = fetch
        }

        /// The next item, requesting the next page when the current one is used up.
        /// - Throws: ``ProviderError`` only.
        public mutating func next() async throws -> Element? {
            while index == buffer.count {
                guard let position = next else { return nil }
                pagesRead += 1
                switch try await fetch(position) {
                case .page(let items, let signals):
                    buffer = items
                    index = 0
                    next = try position.following(
                        itemCount: items.count,
                        signals: signals,
                        operation: operation,
                        page: pagesRead
                    )
                case .refused(let raw, let mismatches):
                    next = nil
                    throw ProviderError.pageFailed(
                        PageFailure(
                            operation: operation,
                            page: pagesRead,
                            reason: .response(raw, mismatches: mismatches)
                        )
                    )
                }
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}
