import Foundation
import Testing

@testable import ProviderGenCore

@Suite struct OutputFolderTests {
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "providergen-output-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesOnlyFilesWhoseBytesChanged() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = OutputFolder(root: root)
        let files = [
            GeneratedFile(path: "Acme/A.swift", header: "", body: "a\n"),
            GeneratedFile(path: "Acme/Models/B.swift", header: "", body: "b\n"),
        ]
        try folder.write(folder.changes(for: files))
        #expect(folder.changes(for: files).isEmpty)
        let edited = [files[0], GeneratedFile(path: "Acme/Models/B.swift", header: "", body: "b2\n")]
        let changes = folder.changes(for: edited)
        #expect(changes.map(\.path) == ["Acme/Models/B.swift"])
        #expect(changes.first?.old == "b\n")
    }

    @Test func neverDeletesFilesItDidNotWriteAndReportsLeftovers() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = OutputFolder(root: root)
        let header = OutputFolder.headerMarker + " from acme.yaml.\n"
        try folder.write(
            folder.changes(for: [
                GeneratedFile(path: "Acme/A.swift", header: header, body: ""),
                GeneratedFile(path: "Acme/Old.swift", header: header, body: ""),
            ])
        )
        try "// written by hand\n".write(toFile: root + "/Acme/Extra.swift", atomically: true, encoding: .utf8)
        let current = [GeneratedFile(path: "Acme/A.swift", header: header, body: "")]
        try folder.write(folder.changes(for: current))
        #expect(FileManager.default.fileExists(atPath: root + "/Acme/Old.swift"))
        #expect(FileManager.default.fileExists(atPath: root + "/Acme/Extra.swift"))
        #expect(folder.leftovers(besides: current) == ["Acme/Old.swift"])
    }

    // Issue 17 items 5 and 6: the output never clobbers, never escapes, and fails whole.

    static let header = OutputFolder.headerMarker + " from acme.yaml.\n"

    private static func writeError(_ folder: OutputFolder, _ files: [GeneratedFile]) -> OutputError? {
        do {
            try folder.write(folder.changes(for: files))
            return nil
        } catch {
            return error
        }
    }

    private static func read(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func handWrittenFileAtAGeneratedPathIsAnErrorNamingIt() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Acme", withIntermediateDirectories: true)
        try "// mine\n".write(toFile: root + "/Acme/Client.swift", atomically: true, encoding: .utf8)
        let files = [
            GeneratedFile(path: "Acme/Another.swift", header: "", body: Self.header),
            GeneratedFile(path: "Acme/Client.swift", header: "", body: Self.header),
        ]
        let error = Self.writeError(OutputFolder(root: root), files)
        #expect(error?.problems.map(\.path) == ["Acme/Client.swift"])
        #expect(error?.problems.first?.reason.hasPrefix("was not written by providergen") == true)
        #expect(error?.previousGenerationIntact == true)
        #expect(Self.read(root + "/Acme/Client.swift") == "// mine\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/Acme/Another.swift"))
    }

    @Test func symbolicLinksInsideTheOutputFolderAreRefused() throws {
        let root = try Self.temporaryFolder()
        let outside = try Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/Acme", withDestinationPath: outside)
        try FileManager.default.createDirectory(atPath: root + "/Beta", withIntermediateDirectories: true)
        try Self.header.write(toFile: outside + "/Target.swift", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: root + "/Beta/Client.swift",
            withDestinationPath: outside + "/Target.swift"
        )
        let error = Self.writeError(
            OutputFolder(root: root),
            [
                GeneratedFile(path: "Acme/Models/A.swift", header: "", body: Self.header + "a\n"),
                GeneratedFile(path: "Beta/Client.swift", header: "", body: Self.header + "b\n"),
            ]
        )
        #expect(error?.problems.map(\.path) == ["Acme", "Beta/Client.swift"])
        #expect(error?.problems.allSatisfy { $0.reason.contains("symbolic link") } == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == ["Target.swift"])
        #expect(Self.read(outside + "/Target.swift") == Self.header)
    }

    /// A failure leaves the previous generation whole: no file of it is replaced when another
    /// cannot be written, the error names the file and the system's reason, and no staging
    /// folder is left behind.
    @Test func aFailureLeavesThePreviousGenerationIntact() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = OutputFolder(root: root)
        try folder.write(
            folder.changes(for: [GeneratedFile(path: "Acme/A.swift", header: "", body: Self.header + "old\n")])
        )
        try "not a folder".write(toFile: root + "/Beta", atomically: true, encoding: .utf8)
        let tooLong = String(repeating: "x", count: 300) + ".swift"
        let error = Self.writeError(
            folder,
            [
                GeneratedFile(path: "Acme/A.swift", header: "", body: Self.header + "new\n"),
                GeneratedFile(path: "Acme/" + tooLong, header: "", body: Self.header),
                GeneratedFile(path: "Beta/B.swift", header: "", body: Self.header),
            ]
        )
        #expect(
            error?.problems.map(\.description) == [
                "Acme/\(tooLong): File name too long",
                "Beta: is a file, but generated files go in a folder there",
            ]
        )
        #expect(Self.read(root + "/Acme/A.swift") == Self.header + "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Acme", "Beta"])
    }

    @Test func stagingLeftByAKilledRunIsRemovedAndNoneRemains() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stale = root + "/" + OutputWriter.stagingPrefix + "4242"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        try "half".write(toFile: stale + "/0", atomically: true, encoding: .utf8)
        let folder = OutputFolder(root: root)
        try folder.write(folder.changes(for: [GeneratedFile(path: "Acme/A.swift", header: "", body: Self.header)]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Acme"])
        #expect(Self.read(root + "/Acme/A.swift") == Self.header)
    }

    @Test func createsAMissingOutputFolderAndItsParents() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = OutputFolder(root: root + "/a/b/Generated")
        try folder.write(folder.changes(for: [GeneratedFile(path: "Acme/A.swift", header: "", body: Self.header)]))
        #expect(Self.read(root + "/a/b/Generated/Acme/A.swift") == Self.header)
    }
}
