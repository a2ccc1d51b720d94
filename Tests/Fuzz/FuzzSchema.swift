// libFuzzer entry point. Compiled into the ProviderGenCore module by run-fuzzer.sh, so internal
// API is reachable. Two modes:
// - any bytes as a schema file, through YAML parsing, schema loading and checking, and (when the
//   schema is valid) generation of the split files and the plugin's single file;
// - inputs starting with TemplateSchema.marker fill the free-text places of a valid schema, so
//   that generation runs on nearly every input and its string literals can be checked.
//
// Besides crashes, hangs and memory blow-ups, it stops on broken promises:
// - every diagnostic points at line 1 or later, column 1 or later;
// - a schema comes back exactly when there is no error;
// - generated Swift never contains a raw control, format or line-separator character, never
//   leaves a string literal open, never escapes with anything but \\ \" \n \r \t \0 \u{…}, and
//   never has a block comment delimiter outside a literal (GeneratedTextInvariants);
// - in template mode, every text that becomes a literal is one of the decoded literals.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard bytes.first == TemplateSchema.marker else {
        _ = loadAndGenerate(bytes)
        return 0
    }
    let template = TemplateSchema(bytes.dropFirst())
    guard let literals = loadAndGenerate(Array(template.yaml.utf8)) else { return 0 }
    for (index, text) in template.carried {
        GeneratedTextInvariants.require(
            literals.contains(Array(text.utf8)),
            "text \(index) \(text.unicodeScalars.map { $0.value }) is not a literal of the generated code"
        )
    }
    return 0
}

/// Loads, checks invariants, and generates when the schema is valid; returns the decoded string
/// literals of all generated files, or nil when nothing was generated.
func loadAndGenerate(_ bytes: [UInt8]) -> Set<[UInt8]>? {
    let result = SchemaFrontEnd.read(yaml: bytes, file: "fuzz.yaml")
    for diagnostic in result.diagnostics {
        let location = diagnostic.location
        GeneratedTextInvariants.require(
            location.line >= 1 && location.column >= 1,
            "diagnostic outside the input: \(diagnostic)"
        )
        for note in diagnostic.notes {
            GeneratedTextInvariants.require(
                note.location.line >= 1 && note.location.column >= 1,
                "note outside the input: \(diagnostic)"
            )
        }
    }
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    GeneratedTextInvariants.require(
        hasErrors == (result.schema == nil),
        "schema and errors disagree: \(result.diagnostics)"
    )
    guard result.schema != nil else { return nil }

    let run = GenerationRun.run([result])
    guard !run.hasErrors else { return nil }
    var literals = Set<[UInt8]>()
    for file in run.files where file.path.hasSuffix(".swift") {
        literals.formUnion(GeneratedTextInvariants.check(file.contents, path: file.path))
    }
    GeneratedTextInvariants.check(SingleFileOutput.combine(run.files), path: "combined")
    return literals
}
