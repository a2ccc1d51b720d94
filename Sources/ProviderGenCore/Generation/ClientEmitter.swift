/// `Client`: the provider's servers and credentials; every operation is a method on it.
struct ClientEmitter {
    let schema: ProviderSchema

    func emit(into writer: inout SwiftWriter) {
        var about: [String?] = [schema.description]
        if let documentation = schema.documentation {
            about.append("Documentation: <\(documentation)>")
        }
        writer.doc(
            paragraphs: ["A client for \(schema.displayName): validates, sends and reads each operation's request."]
                + about
        )
        let credentials = CredentialSpelling(schema)
        writer.block("\(writer.access)struct \(schema.clientTypeName): Sendable") { writer in
            emitServer(into: &writer)
            writer.line()
            writer.doc("Where requests are sent.")
            writer.line("\(writer.access)var \(GeneratedNames.ClientMember.server): Server")
            if let credentials {
                writer.line()
                writer.doc(
                    credentials.choices.count > 1
                        ? "Sent with every request in the scheme chosen at initialisation; never printed."
                        : "Sent with every request; never printed."
                )
                writer.line("\(writer.access)var \(credentials.property): \(credentials.propertyType)")
            }
            let choices: [CredentialSpelling.Choice?] = credentials?.choices ?? [nil]
            for choice in choices {
                writer.line()
                if let choice, let credentials, credentials.choices.count > 1 {
                    writer.doc("A client that authenticates with `\(choice.type)`.")
                }
                let defaultServer = schema.servers.first.map { " = .\(SwiftNames.escaped($0.name))" } ?? ""
                let parameters =
                    ["\(GeneratedNames.ClientMember.server): Server\(defaultServer)"]
                    + (choice.map { ["\($0.label): \($0.type)"] } ?? [])
                    + SendingEmitter.initParameters
                writer.block(SwiftCode.call("\(writer.access)init", parameters.map(SwiftCode.text))) { writer in
                    writer.line("self.\(GeneratedNames.ClientMember.server) = \(GeneratedNames.ClientMember.server)")
                    if let choice, let credentials {
                        writer.line("self.\(credentials.property) = \(choice.storedAs)")
                    }
                    for assignment in SendingEmitter.initAssignments {
                        writer.line(assignment)
                    }
                }
            }
            SendingEmitter(schema: schema).emitClientMembers(into: &writer)
        }
        writer.line()
        writer.doc(
            "`\(schema.clientTypeName)` by its short name, for files that import one provider; with several, the "
                + "prefixed names keep them apart."
        )
        writer.line("\(writer.access)typealias Client = \(schema.clientTypeName)")
    }

    private func emitServer(into writer: inout SwiftWriter) {
        writer.doc(
            schema.servers.isEmpty
                ? "The provider's documentation names no host, so pass one with `.custom`."
                : "A documented base URL, or any other with `.custom`."
        )
        writer.block("\(writer.access)enum Server: Hashable, Sendable, CustomReflectable") { writer in
            for server in schema.servers {
                writer.doc(paragraphs: [server.description, "<\(server.url)>"])
                writer.line("case \(SwiftNames.escaped(server.name))")
            }
            writer.doc("Another base URL, such as a proxy or a mock server.")
            writer.line("case custom(URL)")
            writer.line()
            writer.doc("The base URL that operation paths are appended to.")
            writer.block("\(writer.access)var url: URL") { writer in
                // The loader accepts only URLs every Foundation parses; no force unwrap is generated.
                let cases = schema.servers.map { server in
                    (
                        label: "case .\(SwiftNames.escaped(server.name)):",
                        body: [SwiftCode.text("return ServerURL.checked(\(SwiftLiteral.string(server.url)))")]
                    )
                }
                writer.switchBlock(
                    "self",
                    cases: cases + [(label: "case .custom(let url):", body: [.text("return url")])]
                )
            }
            writer.line()
            writer.doc("Printed and dumped with a custom URL's `user:password@` as `<redacted>`.")
            writer.block("\(writer.access)var customMirror: Mirror") { writer in
                writer.block("if case .custom(let url) = self") { writer in
                    writer.line(
                        #"return Mirror(self, children: ["custom": ServerURL.redacted(url)], displayStyle: .enum)"#
                    )
                }
                writer.line("return Mirror(self, children: [], displayStyle: .enum)")
            }
        }
    }
}
