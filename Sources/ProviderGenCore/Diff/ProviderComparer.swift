/// The top of a schema (module, servers, authentication, fixed headers, documented response
/// headers, leniencies, sending), then its types and operations. Each section is one function;
/// a new top-level key is one more.
struct ProviderComparer {
    let context: DiffContext

    func compare() {
        compareIdentity()
        compareServers()
        AuthenticationComparer(context: context).compare()
        compareHeaders()
        compareResponseHeaders()
        compareTolerances()
        compareSending()
        TypeComparer(context: context).compare()
        OperationComparer(context: context).compare()
    }

    private var old: ProviderSchema { context.old.schema }
    private var new: ProviderSchema { context.new.schema }
    private var locator: SchemaLocator { context.new.locator }

    private func compareIdentity() {
        if old.module != new.module {
            context.report(
                "module-renamed",
                wire: .none,
                source: .breaking,
                at: locator.path(["provider", "module"]),
                "module \(old.module) renamed to \(new.module); `import` and the target change"
            )
        }
        context.reportText(
            "provider-name-changed",
            old: old.displayName,
            new: new.displayName,
            at: locator.path(["provider", "name"]),
            "provider name"
        )
        context.reportText(
            "provider-docs-changed",
            old: old.documentation,
            new: new.documentation,
            at: locator.path(["provider", "docs"]),
            "documentation link"
        )
        context.reportText(
            "provider-description-changed",
            old: old.description,
            new: new.description,
            at: locator.path(["provider", "description"]),
            "provider description"
        )
    }

    /// Servers are cases of `Client.Server`; the first is the client's default.
    private func compareServers() {
        let servers = MemberMatching(old: old.servers, new: new.servers, key: \.name)
        for (oldServer, newServer) in servers.matched {
            if oldServer.url != newServer.url {
                context.report(
                    "server-url-changed",
                    wire: .breaking,
                    source: .none,
                    at: locator.path(["servers", newServer.name]),
                    "server \(newServer.name) moved from \(oldServer.url) to \(newServer.url)"
                )
            }
            context.reportText(
                "server-description-changed",
                old: oldServer.description,
                new: newServer.description,
                at: locator.path(["servers", newServer.name]),
                "description of server \(newServer.name)"
            )
        }
        for server in servers.removed {
            context.report(
                "server-removed",
                wire: .breaking,
                source: .breaking,
                at: context.old.locator.path(["servers", server.name]),
                "server \(server.name) (\(server.url)) removed"
            )
        }
        for server in servers.added {
            context.report(
                "server-added",
                wire: .additive,
                source: .potentiallyBreaking,
                at: locator.path(["servers", server.name]),
                "server \(server.name) (\(server.url)) added; exhaustive switches over Client.Server need the new case"
            )
        }
        let oldDefault = old.servers.first?.name
        let newDefault = new.servers.first?.name
        if oldDefault != newDefault, let oldDefault, let newDefault,
            servers.removed.allSatisfy({ $0.name != oldDefault })
        {
            context.report(
                "default-server-changed",
                wire: .potentiallyBreaking,
                source: .none,
                at: locator.path(["servers", newDefault]),
                "the client's default server is now \(newDefault) instead of \(oldDefault)"
            )
        }
    }

    private func compareHeaders() {
        let headers = MemberMatching(old: old.defaultHeaders, new: new.defaultHeaders, key: { $0.name.lowercased() })
        for (oldHeader, newHeader) in headers.matched where oldHeader.value != newHeader.value {
            context.report(
                "header-changed",
                wire: .potentiallyBreaking,
                source: .none,
                at: locator.path(["headers", newHeader.name]),
                "header \(newHeader.name) is sent as '\(newHeader.value)' instead of '\(oldHeader.value)'"
            )
        }
        for header in headers.removed {
            context.report(
                "header-removed",
                wire: .potentiallyBreaking,
                source: .none,
                at: context.old.locator.path(["headers", header.name]),
                "header \(header.name) is no longer sent"
            )
        }
        for header in headers.added {
            context.report(
                "header-added",
                wire: .potentiallyBreaking,
                source: .none,
                at: locator.path(["headers", header.name]),
                "header \(header.name): \(header.value) is now sent with every request"
            )
        }
    }

    /// Documented response headers are typed properties of every response enum.
    private func compareResponseHeaders() {
        let headers = MemberMatching(old: old.responseHeaders, new: new.responseHeaders, key: { $0.name.lowercased() })
        for (oldHeader, newHeader) in headers.matched {
            let location = locator.path(["responseHeaders", newHeader.name])
            if oldHeader.swiftName != newHeader.swiftName {
                context.report(
                    "response-header-swift-name-changed",
                    wire: .none,
                    source: .breaking,
                    at: location,
                    "Swift name of response header \(newHeader.name) changed from '\(oldHeader.swiftName)' to '\(newHeader.swiftName)'"
                )
            }
            if oldHeader.kind != newHeader.kind {
                context.report(
                    "response-header-type-changed",
                    wire: .potentiallyBreaking,
                    source: .breaking,
                    at: location,
                    "response header \(newHeader.name) is read as \(newHeader.kind.rawValue) instead of \(oldHeader.kind.rawValue)"
                )
            }
            context.reportText(
                "response-header-description-changed",
                old: oldHeader.description,
                new: newHeader.description,
                at: location,
                "description of response header \(newHeader.name)"
            )
        }
        for header in headers.removed {
            context.report(
                "response-header-removed",
                wire: .documentation,
                source: .breaking,
                at: header.location,
                "response header \(header.name) (`\(header.swiftName)`) removed"
            )
        }
        for header in headers.added {
            context.report(
                "response-header-added",
                wire: .additive,
                source: .additive,
                at: header.location,
                "response header \(header.name) (`\(header.swiftName)`) added"
            )
        }
    }

    private func compareTolerances() {
        for tolerance in new.tolerances.subtracting(old.tolerances).sorted(by: { $0.rawValue < $1.rawValue }) {
            context.report(
                "tolerance-added",
                wire: .additive,
                source: .none,
                at: locator.path(["tolerate"]),
                "every response now tolerates \(tolerance.rawValue)"
            )
        }
        for tolerance in old.tolerances.subtracting(new.tolerances).sorted(by: { $0.rawValue < $1.rawValue }) {
            context.report(
                "tolerance-removed",
                wire: .breaking,
                source: .none,
                at: context.old.locator.path(["tolerate"]),
                "responses no longer tolerate \(tolerance.rawValue)"
            )
        }
    }

    /// `sending:` changes what is sent and when a call is retried, never the Swift API.
    private func compareSending() {
        let entries: [(key: String, old: String?, new: String?, what: String)] = [
            (
                "idempotencyKeyHeader", old.sending.idempotencyKeyHeader, new.sending.idempotencyKeyHeader,
                "idempotency-key header"
            ),
            ("retryHintHeader", old.sending.retryHintHeader, new.sending.retryHintHeader, "retry-hint header"),
        ]
        for entry in entries where entry.old != entry.new {
            context.report(
                "sending-changed",
                wire: .potentiallyBreaking,
                source: .none,
                at: entry.new == nil
                    ? context.old.locator.path(["sending", entry.key]) : locator.path(["sending", entry.key]),
                "\(entry.what) changed from \(SchemaSpelling.optional(entry.old)) to \(SchemaSpelling.optional(entry.new))"
            )
        }
    }
}
