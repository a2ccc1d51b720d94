import Foundation

/// One `providergen openapi`: every schema in a folder loaded and checked, then one document per
/// valid schema, named after it (`razorpay.yaml` → `razorpay.openapi.json`).
public struct OpenAPIExport: Sendable {
    public struct File: Sendable, Hashable {
        public var path: String
        public var contents: String
    }

    public var files: [File]
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public static func run(
        schemaFolder: String,
        displayFolder: String? = nil,
        options: OpenAPIDocument.Options = .init()
    ) -> OpenAPIExport {
        let loaded = SchemaFolder.read(schemaFolder, displayFolder: displayFolder)
        let files = loaded.results.compactMap(\.schema).map { schema in
            File(
                path: documentName(forSchemaFile: schema.file),
                contents: OpenAPIDocument.document(for: schema, options: options).text
            )
        }
        return OpenAPIExport(files: files, diagnostics: loaded.diagnostics + loaded.results.flatMap(\.diagnostics))
    }

    static func documentName(forSchemaFile file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return name + ".openapi.json"
    }
}
