import Foundation
import ProviderGenCore

/// Diagnostics go to standard error, so `--check` diffs on standard output stay clean.
enum Terminal {
    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            writeError(diagnostic.description + "\n")
        }
    }

    static func error(_ message: String) {
        writeError("providergen: error: \(message)\n")
    }

    /// "3 errors in the schemas; nothing was written", after the diagnostics themselves.
    static func nothingWritten(_ diagnostics: [Diagnostic], in what: String) {
        let count = diagnostics.filter { $0.severity == .error }.count
        error("\(count) error\(count == 1 ? "" : "s") in \(what); nothing was written")
    }

    static func warning(_ message: String) {
        writeError("providergen: warning: \(message)\n")
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
