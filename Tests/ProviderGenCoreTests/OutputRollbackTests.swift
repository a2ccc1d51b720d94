import Foundation
import Testing

@testable import ProviderGenCore

/// Issue 17 item 6: a failure while the new files are renamed into place (after every check
/// passed) puts back the files already replaced. A folder that refuses new entries causes it:
/// `chattr +i` when running as root (root ignores permissions), `chmod 555` otherwise.
@Suite(.enabled(if: FolderLock.isAvailable)) struct OutputRollbackTests {
    @Test func aFailedRenamePutsBackTheFilesAlreadyReplaced() throws {
        let root = try OutputFolderTests.temporaryFolder()
        defer {
            FolderLock.unlock(root + "/Beta")
            try? FileManager.default.removeItem(atPath: root)
        }
        let folder = OutputFolder(root: root)
        let header = OutputFolder.headerMarker + " from acme.yaml.\n"
        let old = [
            GeneratedFile(path: "Acme/A.swift", header: "", body: header + "old a\n"),
            GeneratedFile(path: "Beta/B.swift", header: "", body: header + "old b\n"),
        ]
        try folder.write(folder.changes(for: old))
        try FolderLock.lock(root + "/Beta")
        let new = [
            GeneratedFile(path: "Acme/A.swift", header: "", body: header + "new a\n"),
            GeneratedFile(path: "Acme/New.swift", header: "", body: header + "new\n"),
            GeneratedFile(path: "Beta/B.swift", header: "", body: header + "new b\n"),
        ]
        do {
            try folder.write(folder.changes(for: new))
            Issue.record("writing into a locked folder succeeded")
        } catch {
            #expect(error.problems.map(\.path) == ["Beta/B.swift"])
            #expect(error.problems.first?.reason.hasPrefix("cannot be replaced: ") == true)
            #expect(error.previousGenerationIntact)
        }
        #expect(try String(contentsOfFile: root + "/Acme/A.swift", encoding: .utf8) == header + "old a\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/Acme/New.swift"))
        #expect(try String(contentsOfFile: root + "/Beta/B.swift", encoding: .utf8) == header + "old b\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Acme", "Beta"])
    }
}

/// Makes a folder refuse new entries, the one way this user can.
enum FolderLock {
    static let isAvailable: Bool = {
        guard let folder = try? OutputFolderTests.temporaryFolder() else { return false }
        defer {
            unlock(folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        guard (try? lock(folder)) != nil else { return false }
        return !FileManager.default.createFile(atPath: folder + "/probe", contents: Data())
    }()

    static func lock(_ folder: String) throws {
        if getuid() == 0 {
            try run("/usr/bin/chattr", ["+i", folder])
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        }
    }

    static func unlock(_ folder: String) {
        if getuid() == 0 {
            try? run("/usr/bin/chattr", ["-i", folder])
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }
}
