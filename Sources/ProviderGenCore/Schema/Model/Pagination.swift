/// `pagination:` on a list operation: how its pages are requested and read, so that the client
/// also offers every item as one `PageSequence`.
public struct Pagination: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        /// `skip`/`offset` counts items skipped.
        case offset
        /// `page` numbers pages from 1.
        case page
        /// `cursor` carries what the previous page returned.
        case cursor
    }

    /// A value written in the schema with where it was written.
    public struct Located<Value: Sendable>: Sendable {
        public var value: Value
        public var location: SourceLocation
    }

    public var style: Style
    /// Field path (wire names) in the page's body to the array of items.
    public var items: Located<[String]>
    /// The query parameter that sets the page size.
    public var limit: Located<String>?
    /// The query parameter that says where the page starts: the `offset`, `page` or `cursor` key.
    public var position: Located<String>
    /// Body field paths: the next cursor, a "there are more" flag, the item and page totals.
    public var nextCursor: Located<[String]>?
    public var hasMore: Located<[String]>?
    public var total: Located<[String]>?
    public var totalPages: Located<[String]>?
    /// The `Client` method returning every item; `name:`, or derived from the operation.
    public var sequenceName: Located<String>
    public var location: SourceLocation
}
