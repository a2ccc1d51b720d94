import Foundation

/// Runs `git` in the current directory and returns what it printed. Used read-only.
enum Git {
    static func run(_ arguments: [String]) throws(SchemaSource.ReadingError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw SchemaSource.ReadingError(description: "cannot run git: \(error.localizedDescription)")
        }
        // Read before waiting, so a large schema cannot fill the pipe and stall git.
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: complaint, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw SchemaSource.ReadingError(
                description: "git \(arguments.joined(separator: " ")) failed" + (reason.isEmpty ? "" : ": \(reason)")
            )
        }
        return [UInt8](printed)
    }
}
