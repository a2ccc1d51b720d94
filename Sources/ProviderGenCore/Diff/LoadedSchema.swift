/// One version of one provider, through the same front end as `generate`, with its YAML kept
/// to locate findings at the exact key.
struct LoadedSchema {
    let schema: ProviderSchema
    let locator: SchemaLocator

    /// The schema, or the diagnostics that stop it from loading.
    static func load(_ source: SchemaSource) -> (schema: LoadedSchema?, diagnostics: [Diagnostic]) {
        let parsed = YAMLReader.parse(source.bytes, file: source.displayPath)
        let result = SchemaFrontEnd.check(SchemaLoader.load(parsed, file: source.displayPath))
        guard let schema = result.schema else { return (nil, result.diagnostics) }
        return (
            LoadedSchema(schema: schema, locator: SchemaLocator(root: parsed.root, file: source.displayPath)),
            result.diagnostics
        )
    }
}
