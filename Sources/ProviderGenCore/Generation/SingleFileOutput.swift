import Foundation

/// The build plugin's form of a module: all of one schema's generated files in ONE Swift file, so
/// the plugin can declare its output before the generator has run (the split layout's file names
/// depend on the schema's operations and types).
///
/// The combined file is exactly the split files of `ProviderGenerator.generate`, in the same
/// order, with their headers merged into one:
///
///     <preamble of the first file: its lines before the first `import`>
///     <every distinct `import` line, in order of first appearance>
///     <blank line>
///     // MARK: - <path inside the module, e.g. Operations/CreateContact.swift>
///     <blank line>
///     <body of that file>
///     <blank line>
///     // MARK: - <next path>
///     ...
///
/// where a file's body is its text after its `import` block and the blank lines that follow it.
/// Every body is copied byte for byte, so the plugin compiles the same declarations the CLI writes.
public enum SingleFileOutput {
    public struct Result: Sendable {
        /// Nil when the schema has errors.
        public var contents: String?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads, checks and generates one schema. `displayPath` names the file in diagnostics and
    /// should be a path editors can open (the build plugin passes the absolute path).
    public static func generate(schemaAt path: String, displayPath: String? = nil) -> Result {
        let loaded = SchemaLoader.load(contentsOf: path, displayPath: displayPath)
        let run = GenerationRun.run([loaded])
        guard !run.hasErrors else { return Result(contents: nil, diagnostics: run.diagnostics) }
        return Result(contents: combine(run.files), diagnostics: run.diagnostics)
    }

    /// One file from the split files of one module, as described on the type.
    public static func combine(_ files: [GeneratedFile]) -> String {
        let parts = files.map(split)
        guard let first = parts.first else { return "" }
        var imports: [String] = []
        for part in parts {
            for line in part.imports where !imports.contains(line) {
                imports.append(line)
            }
        }
        var text = first.preamble
        for line in imports {
            text += line + "\n"
        }
        text += "\n"
        let sections = zip(files, parts).map { file, part in
            "// MARK: - \(pathInsideModule(file.path))\n\n" + part.body
        }
        text += sections.joined(separator: "\n")
        return text
    }

    /// A generated file cut at its `import` block: the lines before the first `import`, the
    /// `import` lines, and the rest after the blank lines that follow them.
    public static func split(_ file: GeneratedFile) -> (preamble: String, imports: [String], body: String) {
        let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstImport = lines.firstIndex(where: isImport) else {
            return ("", [], file.contents)
        }
        var index = firstImport
        var imports: [String] = []
        while index < lines.count, isImport(lines[index]) {
            imports.append(String(lines[index]))
            index += 1
        }
        while index < lines.count - 1, lines[index].isEmpty {
            index += 1
        }
        let preamble = lines[..<firstImport].map { $0 + "\n" }.joined()
        let body = lines[index...].joined(separator: "\n")
        return (preamble, imports, body)
    }

    /// `Razorpay/Operations/CreateOrder.swift` → `Operations/CreateOrder.swift`.
    static func pathInsideModule(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    private static func isImport(_ line: Substring) -> Bool {
        line.hasPrefix("import ")
    }
}
