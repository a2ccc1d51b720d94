import Testing

@testable import ProviderGenCore

/// `pagination:`: YAML in, Swift out, and every misuse reported at its line and column.
@Suite struct PaginationSchemaTests {
    /// A list operation added to the diagnostics fixture; `pagination` starts at line 31.
    static func schema(pagination: String, query: String = Self.offsetQuery, page: String = Self.pageType) -> String {
        SchemaDiagnosticsTests.valid.replacingOccurrences(
            of: "types:\n",
            with: """
                  listThings:
                    method: GET
                    path: /things
                    query:
                \(query)
                    pagination:
                \(pagination)
                    responses:
                      200:
                        type: ThingPage
                types:
                \(page)\n
                """
        )
    }

    static let offsetQuery = """
              limit:
                type: integer
                default: 20
              offset:
                type: integer
              cursor:
                type: string
        """

    static let pageType = """
          ThingPage:
            fields:
              things:
                type: array
                required: true
                items: Thing
              meta:
                type: PageMeta
          PageMeta:
            fields:
              has_more:
                type: boolean
              total:
                type: integer
              next:
                type: string
                nullable: true
        """

    @Test func offsetStyleGeneratesASequenceOverTheSendingCall() throws {
        let yaml = Self.schema(
            pagination: """
                      style: offset
                      items: things
                      limit: limit
                      offset: offset
                      hasMore: meta.has_more
                      total: meta.total
                """
        )
        #expect(SchemaDiagnosticsTests.diagnostics(yaml) == [])
        let swift = try HostileGenerationTests.generated(yaml, "Demo/Operations/ListThings.swift")
        let expected = [
            "    public func allThings(\n        limit: Int = 20,\n        cursor: String? = nil,\n        options: CallOptions = CallOptions()\n    ) -> PageSequence<Thing> {",
            "@Sendable func fetch(_ position: PagePosition) async throws(ProviderError) -> PageResult<Thing> {",
            "let response = try await self.listThings(\n                limit: limit,\n                offset: position.offsetValue,\n                cursor: cursor,\n                options: options\n            )",
            "guard case .ok(.decoded(let page), _) = response else {\n                return .refused(response.raw, mismatches: response.mismatches)",
            "return .page(\n                page.things,\n                PageSignals(pageSize: limit, hasMore: page.meta?.hasMore, total: page.meta?.total)\n            )",
            #"return PageSequence(operation: "listThings", first: .offset(0), fetch: fetch)"#,
        ]
        for line in expected {
            #expect(swift.contains(line), "missing:\n\(line)\nin:\n\(swift)")
        }
    }

    @Test func cursorStyleReadsTheNextCursorThroughOptionalFields() throws {
        let yaml = Self.schema(
            pagination: """
                      style: cursor
                      items: things
                      cursor: cursor
                      nextCursor: meta.next
                      name: everyThing
                """
        )
        #expect(SchemaDiagnosticsTests.diagnostics(yaml) == [])
        let swift = try HostileGenerationTests.generated(yaml, "Demo/Operations/ListThings.swift")
        #expect(swift.contains("public func everyThing("))
        #expect(swift.contains("cursor: position.cursorValue,"))
        #expect(swift.contains("first: .cursor(nil)"))
        // `next` may be absent or null (a response-only nullable field is `String?`): both end the sequence.
        #expect(swift.contains("return .page(page.things, PageSignals(nextCursor: page.meta?.next))"))
    }

    @Test func misuseIsReportedWhereItIsWritten() {
        let yaml = Self.schema(
            pagination: """
                      style: offset
                      items: meta
                      limit: size
                      offset: cursor
                      nextCursor: meta.next
                      totalPages: meta.total
                      hasMore: meta.total
                """
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:28:7: error: the offset parameter 'cursor' must be an integer",
                "schemas/demo.yaml:32:14: error: 'items' must name an array field; 'meta' is not one",
                "schemas/demo.yaml:33:14: error: the limit parameter 'size' is not a query parameter of 'listThings'",
                "schemas/demo.yaml:35:7: error: 'nextCursor' applies to pagination style cursor only; this operation's style is offset",
                "schemas/demo.yaml:36:7: error: 'totalPages' applies to pagination style page only; this operation's style is offset",
                "schemas/demo.yaml:37:16: error: 'hasMore' must name a boolean field; 'meta.total' is not one",
            ]
        )
    }

    @Test func styleAndCursorParameterAreChecked() {
        let unknownStyle = Self.schema(pagination: "      style: offest\n      items: things\n      offset: offset")
        #expect(
            SchemaDiagnosticsTests.diagnostics(unknownStyle) == [
                "schemas/demo.yaml:31:14: error: unknown pagination style 'offest'; did you mean 'offset'?; expected offset, page or cursor"
            ]
        )
        let requiredCursor = Self.schema(
            pagination: "      style: cursor\n      items: things\n      cursor: offset\n      nextCursor: meta.next"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(requiredCursor) == [
                "schemas/demo.yaml:33:15: error: the cursor parameter 'offset' must be an optional string without a default: the first page is requested without one"
            ]
        )
        let missingNextCursor = Self.schema(
            pagination: "      style: cursor\n      items: things\n      cursor: cursor"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(missingNextCursor) == [
                "schemas/demo.yaml:31:7: error: 'pagination' of 'listThings' has style cursor but no 'nextCursor': the body field with the next page's cursor"
            ]
        )
    }

    @Test func theSequenceNameMustNotClash() {
        let yaml = Self.schema(
            pagination: "      style: offset\n      items: things\n      offset: offset\n      name: createThing"
        )
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:34:13: error: the sequence of 'listThings' would be named 'createThing', which Client already uses; set 'name' under 'pagination'"
            ]
        )
    }

    @Test func parametersMustNotTakeTheSequencesLocalNames() {
        let query = Self.offsetQuery + "\n      position:\n        type: string"
        let pagination = "      style: offset\n      items: things\n      offset: offset"
        let yaml = Self.schema(pagination: pagination, query: query)
        #expect(
            SchemaDiagnosticsTests.diagnostics(yaml) == [
                "schemas/demo.yaml:30:7: error: parameter 'position' would be named 'position', which the sequence of 'listThings' uses for its own; set 'swiftName'"
            ]
        )
    }
}
