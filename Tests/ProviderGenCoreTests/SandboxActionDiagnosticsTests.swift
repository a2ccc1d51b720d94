import Testing

@testable import ProviderGenCore

/// `fetch`, `list`, `update` and `delete` in `sandbox.operations`: each mistake is an error at its
/// place, with a message that says what to change.
@Suite struct SandboxActionDiagnosticsTests {
    static func diagnostics(_ sandbox: String) -> [String] {
        let text = """
            provider: {module: Demo}
            auth: {scheme: bearer}
            operations:
              createThing:
                method: POST
                path: /things
                body: {type: Thing}
                responses:
                  200: {type: Thing}
              getThing:
                method: GET
                path: /things/{id}
                pathParameters:
                  id: {type: string}
                responses:
                  200: {type: Thing}
              listThings:
                method: GET
                path: /things
                query:
                  since: {type: integer}
                responses:
                  200: {type: Thing}
            types:
              Thing:
                fields:
                  id: {type: string, required: true}
                  name: {type: string}
            sandbox:
              operations:
            \(sandbox)
            """
        return SchemaFrontEnd.read(yaml: Array(text.utf8), file: "demo.yaml").diagnostics.map(\.description)
    }

    @Test func aValidFetchIsAccepted() {
        let found = Self.diagnostics(
            """
                createThing: {id: {field: id, prefix: th_}}
                getThing: {fetch: createThing}
            """
        )
        #expect(found == [])
    }

    @Test func theCreatingOperationMustExistAndMakeIDs() {
        let unknown = Self.diagnostics("    getThing: {fetch: createThng}")
        #expect(
            unknown.contains {
                $0.contains("'fetch' names 'createThng', which is not an operation; did you mean 'createThing'?")
            }
        )
        let noID = Self.diagnostics("    getThing: {fetch: createThing}")
        #expect(noID.contains { $0.contains("'createThing' stores no resources: give it 'id'") })
    }

    @Test func oneActionPerOperationAndTheIDInThePath() {
        let both = Self.diagnostics(
            """
                createThing: {id: {field: id}}
                getThing: {fetch: createThing, delete: createThing}
            """
        )
        #expect(both.contains { $0.contains("has both 'fetch' and 'delete'") })
        let noParameter = Self.diagnostics(
            """
                createThing: {id: {field: id}}
                listThings: {fetch: createThing}
            """
        )
        #expect(noParameter.contains { $0.contains("'listThings' must take exactly one path parameter") })
    }

    @Test func listKeysNeedAListWithPagination() {
        let notList = Self.diagnostics(
            """
                createThing: {id: {field: id}}
                getThing: {fetch: createThing, newestFirst: true}
            """
        )
        #expect(notList.contains { $0.contains("'newestFirst' of 'getThing' applies only with 'list'") })
        let noPagination = Self.diagnostics(
            """
                createThing: {id: {field: id}}
                listThings: {list: createThing, counts: {total: everything}}
            """
        )
        #expect(noPagination.contains { $0.contains("'listThings' has no 'pagination'") })
        #expect(noPagination.contains { $0.contains("unknown figure 'everything'") })
    }
}
