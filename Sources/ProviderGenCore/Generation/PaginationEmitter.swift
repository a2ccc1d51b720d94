/// For a paginated operation, the `Client` method that returns every item as a `PageSequence`,
/// each page sent with the operation's own sending method.
struct PaginationEmitter {
    private typealias Names = GeneratedNames.SequenceLocal

    let operation: OperationEmitter
    let pagination: Pagination

    func emit(into writer: inout SwiftWriter) {
        // The checker refuses a schema whose pagination does not resolve.
        guard case .success(let shape) = PageShape.resolve(pagination, of: operation.operation, in: operation.schema)
        else { return }
        let naming = operation.naming
        let itemType = naming.swiftType(shape.itemType)
        let name = operation.operation.name
        let method = SwiftNames.escaped(name)
        let optionsDoc: String =
            "- Parameter \(GeneratedNames.Local.options): Each page's deadline; the client's configuration otherwise."
        writer.block("extension \(operation.schema.clientTypeName)") { writer in
            writer.doc(
                paragraphs: [
                    "Every item `\(name)` lists, page after page: one `\(name)` call per page, sent as it is needed.",
                    stopDescription(shape),
                    (operation.parameterDocs(excluding: shape.position.wireName) + [optionsDoc]).joined(
                        separator: "\n"
                    ),
                    "- Returns: The items, in the provider's order. Iterating throws `ProviderError`: what `\(name)` "
                        + "throws, and `.pageFailed` when a page's response is not `.\(ResponseCaseNames.caseName(shape.response.status))` "
                        + "with a body that decodes (the items of earlier pages were delivered).",
                ]
            )
            let parameters = operation.signatureParameters(excluding: shape.position.wireName)
            let signature = SwiftCode.call(
                "\(writer.access)func \(SwiftNames.escaped(pagination.sequenceName.value))",
                (parameters + ["\(GeneratedNames.Local.options): CallOptions = CallOptions()"]).map(SwiftCode.text),
                close: ") -> PageSequence<\(itemType)>"
            )
            writer.block(signature) { writer in
                let first: String
                let positionValue: String
                switch pagination.style {
                case .offset: (first, positionValue) = (".offset(0)", "\(Names.position).offsetValue")
                case .page: (first, positionValue) = (".page(1)", "\(Names.position).pageValue")
                case .cursor: (first, positionValue) = (".cursor(nil)", "\(Names.position).cursorValue")
                }
                let fetch = SwiftCode.call(
                    "@Sendable func \(Names.fetch)",
                    [.text("_ \(Names.position): PagePosition")],
                    close: ") async throws(ProviderError) -> PageResult<\(itemType)>"
                )
                writer.block(fetch) { writer in
                    let arguments = operation.forwardedArguments(replacing: [shape.position.wireName: positionValue])
                    writer.code(
                        .call(
                            "let \(Names.response) = try await self.\(method)",
                            (arguments + ["\(GeneratedNames.Local.options): \(GeneratedNames.Local.options)"]).map(
                                SwiftCode.text
                            )
                        )
                    )
                    let caseName = ResponseCaseNames.caseName(shape.response.status)
                    writer.block("guard case .\(caseName)(.decoded(let \(Names.page)), _) = \(Names.response) else") {
                        writer in
                        writer.line(
                            "return .refused(\(Names.response).raw, mismatches: \(Names.response).mismatches)"
                        )
                    }
                    let base = shape.response.envelope == nil ? Names.page : "\(Names.page).payload"
                    let items = Self.access(shape.items, from: base)
                    var signals: [SwiftCode] = []
                    if let limit = shape.limit {
                        signals.append(.text("pageSize: \(SwiftNames.escaped(limit.swiftName))"))
                    }
                    for (label, path) in [
                        ("hasMore", shape.hasMore), ("total", shape.total), ("totalPages", shape.totalPages),
                        ("nextCursor", shape.nextCursor),
                    ] {
                        guard let path else { continue }
                        signals.append(.text("\(label): \(Self.access(path, from: base).expression)"))
                    }
                    let itemsExpression = items.isOptional ? "\(items.expression) ?? []" : items.expression
                    writer.code(.call("return .page", [.text(itemsExpression), .call("PageSignals", signals)]))
                }
                writer.code(
                    .call(
                        "return PageSequence",
                        [
                            .text("operation: \(SwiftLiteral.string(name))"), .text("first: \(first)"),
                            .text("fetch: \(Names.fetch)"),
                        ]
                    )
                )
            }
        }
    }

    private func stopDescription(_ shape: PageShape) -> String {
        var rules = ["a page without items"]
        if shape.hasMore != nil {
            rules.append("a page whose `\(pagination.hasMore?.value.joined(separator: ".") ?? "")` is false")
        }
        if shape.nextCursor != nil {
            rules.append("a page without `\(pagination.nextCursor?.value.joined(separator: ".") ?? "")`")
        }
        if shape.total != nil {
            rules.append("the `\(pagination.total?.value.joined(separator: ".") ?? "")` item reached")
        }
        if shape.totalPages != nil {
            rules.append("page `\(pagination.totalPages?.value.joined(separator: ".") ?? "")`")
        }
        if let limit = shape.limit { rules.append("a page with fewer items than `\(limit.swiftName)`") }
        return
            "The \(pagination.style.rawValue) parameter `\(shape.position.swiftName)` is set for each page, starting "
            + "at the first. The sequence ends after " + rules.joined(separator: ", ") + "."
    }

    /// `page.meta.pagination?.totalPages`: optional chaining wherever a field on the way may be absent.
    static func access(_ fields: [Field], from base: String) -> (expression: String, isOptional: Bool) {
        var expression = base
        var isOptional = false
        for field in fields {
            let presence = Presence(field)
            expression += (isOptional ? "?." : ".") + SwiftNames.escaped(field.swiftName)
            if case .optionalNullable = presence {
                expression += "?.wrapped"
            }
            isOptional = isOptional || presence.isOptional
        }
        return (expression, isOptional)
    }
}
