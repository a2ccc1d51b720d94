@_spi(Generated) import ProviderRuntime
import Testing

/// When a page sequence asks for another page: the stop rules of `PagePosition.following`, one by one.
@Suite struct PageStopTests {
    static func next(
        _ position: PagePosition,
        items: Int,
        _ signals: PageSignals = PageSignals()
    ) throws(ProviderError) -> PagePosition? {
        try position.following(itemCount: items, signals: signals, operation: "listThings", page: 1)
    }

    @Test func offsetsAdvanceByTheItemsReceived() throws {
        #expect(try Self.next(.offset(0), items: 10, PageSignals(pageSize: 10)) == .offset(10))
        #expect(try Self.next(.offset(0), items: 10) == .offset(10))
    }

    @Test func anEmptyPageIsTheLastInEveryStyle() throws {
        #expect(try Self.next(.offset(20), items: 0) == nil)
        #expect(try Self.next(.page(3), items: 0) == nil)
        #expect(try Self.next(.cursor("c"), items: 0, PageSignals(nextCursor: "d")) == nil)
    }

    @Test func aShortPageIsTheLast() throws {
        #expect(try Self.next(.offset(0), items: 9, PageSignals(pageSize: 10)) == nil)
        #expect(try Self.next(.page(1), items: 9, PageSignals(pageSize: 10)) == nil)
        #expect(try Self.next(.page(1), items: 10, PageSignals(pageSize: 10)) == .page(2))
    }

    @Test func hasMoreDecidesWhenTheProviderSendsIt() throws {
        #expect(try Self.next(.offset(0), items: 10, PageSignals(pageSize: 10, hasMore: false)) == nil)
        // A provider may return fewer than asked and still have more: its flag wins over the page size.
        #expect(try Self.next(.offset(0), items: 5, PageSignals(pageSize: 10, hasMore: true)) == .offset(5))
    }

    @Test func totalsEndTheSequence() throws {
        #expect(try Self.next(.offset(10), items: 10, PageSignals(total: 20)) == nil)
        #expect(try Self.next(.offset(0), items: 10, PageSignals(total: 20)) == .offset(10))
        #expect(try Self.next(.page(2), items: 10, PageSignals(totalPages: 2)) == nil)
        #expect(try Self.next(.page(1), items: 10, PageSignals(totalPages: 2)) == .page(2))
    }

    @Test func cursorsFollowTheNextCursorUntilThereIsNone() throws {
        #expect(try Self.next(.cursor(nil), items: 3, PageSignals(nextCursor: "abc")) == .cursor("abc"))
        #expect(try Self.next(.cursor("abc"), items: 3, PageSignals(nextCursor: nil)) == nil)
        #expect(try Self.next(.cursor("abc"), items: 3, PageSignals(nextCursor: "")) == nil)
    }

    @Test func aRepeatedCursorThrowsInsteadOfLoopingForever() {
        #expect(
            throws: ProviderError.pageFailed(
                PageFailure(operation: "listThings", page: 1, reason: .repeatedCursor("abc"))
            )
        ) {
            try Self.next(.cursor("abc"), items: 3, PageSignals(nextCursor: "abc"))
        }
    }

    @Test func theSequenceDeliversEveryItemThenStops() async throws {
        let sequence = PageSequence<Int>(operation: "listThings", first: .cursor(nil)) {
            position throws(ProviderError) in
            switch position.cursorValue {
            case nil: return .page([1, 2], PageSignals(nextCursor: "b"))
            case "b": return .page([3], PageSignals(nextCursor: "c"))
            default: return .page([], PageSignals())
            }
        }
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        #expect(items == [1, 2, 3])
    }
}
