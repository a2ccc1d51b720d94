import Foundation
import ProviderGenCore

/// The schemas the sandbox serves, loaded and checked by the generator's own front end, each under
/// `/<module, lowercased>`.
public struct ProviderCatalog: Sendable {
    public let providers: [ServedProvider]

    public init(providers: [ServedProvider]) {
        self.providers = providers
    }

    /// Every `*.yaml` in `folder`; a schema with errors fails the whole catalog with its
    /// diagnostics, as `providergen generate` does.
    public static func load(folder: String) throws(CatalogError) -> ProviderCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CatalogError(messages: ["\(folder): cannot read the schema folder: \(error.localizedDescription)"])
        }
        var providers: [ServedProvider] = []
        var messages: [String] = []
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let path = (folder as NSString).appendingPathComponent(name)
            let result = SchemaFrontEnd.read(contentsOf: path)
            messages += result.diagnostics.filter { $0.severity == .error }.map(\.description)
            if let schema = result.schema {
                providers.append(ServedProvider(schema: schema))
            }
        }
        if !messages.isEmpty { throw CatalogError(messages: messages) }
        if providers.isEmpty { throw CatalogError(messages: ["\(folder): no schemas (*.yaml) to serve"]) }
        return ProviderCatalog(providers: providers)
    }

    func provider(prefix: Substring) -> ServedProvider? {
        providers.first { $0.prefix == prefix }
    }
}

/// Why the schemas could not be served, one line per problem.
public struct CatalogError: Error, CustomStringConvertible, Sendable {
    public let messages: [String]
    public var description: String { messages.joined(separator: "\n") }
}

/// One schema as served: what its requests are checked with, built once.
public struct ServedProvider: Sendable {
    public let schema: ProviderSchema
    /// The first path segment, the module lowercased (`razorpay`).
    public let prefix: String

    public init(schema: ProviderSchema) {
        self.schema = schema
        self.prefix = schema.module.lowercased()
    }
}
