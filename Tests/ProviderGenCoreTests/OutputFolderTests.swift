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
}
