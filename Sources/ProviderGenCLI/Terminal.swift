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

    static func warning(_ message: String) {
        writeError("providergen: warning: \(message)\n")
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
