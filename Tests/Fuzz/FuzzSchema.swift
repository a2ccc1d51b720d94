// libFuzzer entry point: any bytes as a schema file, through YAML parsing, schema loading and
// checking, and (when the schema is valid) generation of the split files and the plugin's single
// file. Compiled into the ProviderGenCore module by run-fuzzer.sh, so internal API is reachable.
//
// Besides crashes, hangs and memory blow-ups, it stops on broken promises:
// - every diagnostic points at line 1 or later, column 1 or later;
// - a schema comes back exactly when there is no error;
// - generated Swift never contains a raw control, format or line-separator character, and never
//   leaves a string literal open or a block comment opened or closed outside one
//   (GeneratedTextInvariants), which is how schema text would escape into code.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = SchemaLoader.load(yaml: bytes, file: "fuzz.yaml")
    for diagnostic in result.diagnostics {
        let location = diagnostic.location
        precondition(location.line >= 1 && location.column >= 1, "diagnostic outside the input: \(diagnostic)")
        for note in diagnostic.notes {
            precondition(note.location.line >= 1 && note.location.column >= 1, "note outside the input: \(diagnostic)")
        }
    }
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    precondition(hasErrors == (result.schema == nil), "schema and errors disagree: \(result.diagnostics)")
    guard result.schema != nil else { return 0 }

    let run = GenerationRun.run([result])
    for file in run.files {
        GeneratedTextInvariants.check(file.contents, path: file.path)
    }
    if !run.hasErrors {
        GeneratedTextInvariants.check(SingleFileOutput.combine(run.files), path: "combined")
    }
    return 0
}
