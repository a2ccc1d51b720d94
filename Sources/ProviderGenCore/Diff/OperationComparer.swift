/// The operations: each is a request builder and a sending method named after it, and a
/// response enum. An operation whose name changed but whose method and path did not is a rename.
struct OperationComparer {
    let context: DiffContext

    func compare() {
        let operations = MemberMatching(
            old: context.old.schema.operations,
            new: context.new.schema.operations,
            key: \.name,
            renameKey: { "\($0.method.rawValue) \(Self.pathShape($0.path))" }
        )
        for (old, new) in operations.matched {
            compare(old, new)
        }
        for (old, new) in operations.renamed {
            context.report(
                "operation-renamed",
                wire: .none,
                source: .breaking,
                at: new.location,
                "operation \(old.name) renamed to \(new.name)"
            )
            compare(old, new)
        }
        for operation in operations.removed {
            context.report(
                "operation-removed",
                wire: .breaking,
                source: .breaking,
                at: operation.location,
                "operation \(operation.name) (\(operation.method.rawValue) \(operation.path.text)) removed"
            )
        }
        for operation in operations.added {
            context.report(
                "operation-added",
                wire: .additive,
                source: .additive,
                at: operation.location,
                "operation \(operation.name) (\(operation.method.rawValue) \(operation.path.text)) added"
            )
        }
    }

    /// The path as sent: parameter names are placeholders only.
    private static func pathShape(_ path: PathTemplate) -> String {
        path.parts.map { part in
            switch part {
            case .literal(let text): return text
            case .parameter: return "{}"
            }
        }.joined()
    }

    private func compare(_ old: APIOperation, _ new: APIOperation) {
        let locator = context.new.locator
        if old.method != new.method {
            context.report(
                "method-changed",
                wire: .breaking,
                source: .none,
                at: locator.key("method", under: new.location),
                "method of \(new.name) changed from \(old.method.rawValue) to \(new.method.rawValue)"
            )
        }
        if Self.pathShape(old.path) != Self.pathShape(new.path) {
            context.report(
                "path-changed",
                wire: .breaking,
                source: .none,
                at: locator.key("path", under: new.location),
                "path of \(new.name) changed from \(old.path.text) to \(new.path.text)"
            )
        }
        ParameterComparer(context: context, operation: new.name).compare(old, new)
        PaginationComparer(context: context, operation: new.name).compare(old, new)
        compareBody(old, new)
        let oldKey = old.idempotencyKeyHeader(in: context.old.schema)
        let newKey = new.idempotencyKeyHeader(in: context.new.schema)
        // A provider-wide header change is reported once, at `sending:`.
        let ownChange = old.idempotencyKey != new.idempotencyKey || old.method != new.method
        if oldKey != newKey, ownChange {
            context.report(
                "idempotency-key-changed",
                wire: .potentiallyBreaking,
                source: .none,
                at: new.idempotencyKeyLocation ?? new.location,
                "\(new.name) sends its idempotency key in \(SchemaSpelling.optional(newKey)) instead of \(SchemaSpelling.optional(oldKey))"
            )
        }
        ResponseComparer(context: context, operation: new.name).compare(old.responses, new.responses)
        context.reportText(
            "operation-summary-changed",
            old: old.summary,
            new: new.summary,
            at: locator.key("summary", under: new.location),
            "summary of \(new.name)"
        )
        context.reportText(
            "operation-description-changed",
            old: old.description,
            new: new.description,
            at: locator.key("description", under: new.location),
            "description of \(new.name)"
        )
    }

    private func compareBody(_ old: APIOperation, _ new: APIOperation) {
        switch (old.body, new.body) {
        case (nil, nil):
            return
        case (nil, let body?):
            context.report(
                "body-added",
                wire: .breaking,
                source: .breaking,
                at: body.location,
                "\(new.name) now takes a \(body.typeName) body"
            )
        case (let body?, nil):
            context.report(
                "body-removed",
                wire: .breaking,
                source: .breaking,
                at: body.location,
                "\(new.name) no longer takes a body"
            )
        case (let oldBody?, let newBody?):
            if context.renames.newName(oldBody.typeName) != newBody.typeName {
                context.report(
                    "body-type-changed",
                    wire: .breaking,
                    source: .breaking,
                    at: newBody.location,
                    "body of \(new.name) changed from \(oldBody.typeName) to \(newBody.typeName)"
                )
            }
            if oldBody.encoding != newBody.encoding {
                context.report(
                    "body-encoding-changed",
                    wire: .breaking,
                    source: .none,
                    at: context.new.locator.key("body", "encoding", under: new.location),
                    "body of \(new.name) is sent as \(SchemaSpelling.encoding(newBody.encoding)) instead of \(SchemaSpelling.encoding(oldBody.encoding))"
                )
            }
        }
    }
}
