import Foundation

/// The build plugin's form of a module: all of one schema's generated files in ONE Swift file, so
/// the plugin can declare its output before the generator has run (the split layout's file names
/// depend on the schema's operations and types).
///
/// The combined file is the split files of `ProviderGenerator.generate`, in the same order, under
/// their shared header:
///
///     <the header: generator comment, imports, blank line>
///     // MARK: - <path inside the module, e.g. Operations/CreateContact.swift>
///     <blank line>
///     <body of that file>
///     <blank line>
///     // MARK: - <next path>
///     ...
///
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
    public static func generate(
        schemaAt path: String,
        displayPath: String? = nil,
        access: AccessModifier = .public
    ) -> Result {
        let loaded = SchemaFrontEnd.read(contentsOf: path, displayPath: displayPath)
        let run = GenerationRun.run([loaded], access: access)
        guard !run.hasErrors else { return Result(contents: nil, diagnostics: run.diagnostics) }
        return Result(contents: combine(run.files), diagnostics: run.diagnostics)
    }

    /// One file from the split files of one module, as described on the type. The files share
    /// one header, as every file generated from one schema does.
    public static func combine(_ files: [GeneratedFile]) -> String {
        // The DocC article is no Swift; a plugin-built module has no documentation catalog.
        let files = files.filter { $0.path.hasSuffix(".swift") }
        guard let first = files.first else { return "" }
        let sections = files.map { file in
            "// MARK: - \(pathInsideModule(file.path))\n\n" + file.body
        }
        return first.header + sections.joined(separator: "\n")
    }

    /// `Razorpay/Operations/CreateOrder.swift` → `Operations/CreateOrder.swift`.
    static func pathInsideModule(_ path: String) -> String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
