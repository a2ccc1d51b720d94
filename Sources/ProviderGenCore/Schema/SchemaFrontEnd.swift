/// The generator's front end, stage by stage: parse the YAML (`YAMLReader`), load the model
/// (`SchemaLoader`), check it (`SchemaChecker`). Generation and `validate` start from its result:
/// a schema only when no stage found an error, and every stage's diagnostics, sorted.
public enum SchemaFrontEnd {
    public static func read(contentsOf path: String, displayPath: String? = nil) -> SchemaLoader.Result {
        check(SchemaLoader.load(contentsOf: path, displayPath: displayPath))
    }

    public static func read(yaml bytes: [UInt8], file: String) -> SchemaLoader.Result {
        check(SchemaLoader.load(yaml: bytes, file: file))
    }

    /// Checking needs a whole model: a schema that failed to load is reported as loading left it.
    static func check(_ loaded: SchemaLoader.Result) -> SchemaLoader.Result {
        guard let schema = loaded.schema else { return loaded }
        let sink = DiagnosticSink()
        sink.append(contentsOf: loaded.diagnostics)
        SchemaChecker(schema: schema, sink: sink).check()
        let diagnostics = sink.diagnostics.sorted()
        return SchemaLoader.Result(schema: sink.hasErrors ? nil : schema, diagnostics: diagnostics)
    }
}
