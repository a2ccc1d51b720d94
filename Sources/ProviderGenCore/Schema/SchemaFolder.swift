import Foundation

/// Every `*.yaml` and `*.yml` schema of a folder, in name order, each loaded and checked on its
/// own so one bad file does not hide the others' diagnostics.
public enum SchemaFolder {
    public struct Contents: Sendable {
        public var results: [SchemaLoader.Result]
        /// Problems with the folder itself.
        public var diagnostics: [Diagnostic]
    }

    /// `displayFolder` is how the folder is named in diagnostics (`schemas`).
    public static func read(_ folder: String, displayFolder: String? = nil) -> Contents {
        let shown = displayFolder ?? folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            let location = SourceLocation(file: shown, line: 1, column: 1)
            return Contents(
                results: [],
                diagnostics: [.error(at: location, "cannot read the schema folder: \(error.localizedDescription)")]
            )
        }
        let results = names.map { name in
            SchemaFrontEnd.read(contentsOf: folder + "/" + name, displayPath: shown + "/" + name)
        }
        return Contents(results: results, diagnostics: [])
    }
}
