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
        writer.block("\(writer.access)struct Client: Sendable") { writer in
            emitServer(into: &writer)
            writer.line()
            writer.doc("Where requests are sent.")
            writer.line("\(writer.access)var server: Server")
            if let credentials = credentialsProperty {
                writer.line()
                writer.doc("Sent with every request; never printed.")
                writer.line("\(writer.access)var \(credentials.name): \(credentials.type)")
            }
            writer.line()
            let defaultServer = schema.servers.first.map { " = .\(SwiftNames.escaped($0.name))" } ?? ""
            let parameters =
                ["server: Server\(defaultServer)"] + (credentialsProperty.map { ["\($0.name): \($0.type)"] } ?? [])
                + SendingEmitter.initParameters
            writer.block(SwiftCode.call("\(writer.access)init", parameters.map(SwiftCode.text))) { writer in
                writer.line("self.server = server")
                if let credentials = credentialsProperty {
                    writer.line("self.\(credentials.name) = \(credentials.name)")
                }
                for assignment in SendingEmitter.initAssignments {
                    writer.line(assignment)
                }
            }
            SendingEmitter(schema: schema).emitClientMembers(into: &writer)
        }
    }

    private var credentialsProperty: (name: String, type: String)? {
        switch schema.authentication {
        case .none: return nil
        case .bearer: return ("token", "BearerToken")
        case .basic: return ("credentials", "BasicCredentials")
        }
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
