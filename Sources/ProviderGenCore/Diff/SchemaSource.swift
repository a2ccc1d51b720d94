import Foundation

/// One schema file's bytes, from disk or from a git revision, before loading.
public struct SchemaSource: Sendable {
    /// The file name (`razorpay.yaml`): the two sides of a diff are paired by it.
    public var name: String
    /// How diagnostics and findings name the file (`schemas/razorpay.yaml`, `HEAD:schemas/razorpay.yaml`).
    public var displayPath: String
    public var bytes: [UInt8]

    public init(name: String, displayPath: String, bytes: [UInt8]) {
        self.name = name
        self.displayPath = displayPath
        self.bytes = bytes
    }

    /// A problem finding the schemas at all (a missing path, an unknown revision): a usage error.
    public struct ReadingError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    static func isSchemaName(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    /// A schema file, or every schema in a folder (not its subfolders).
    public static func read(path: String) throws(ReadingError) -> [SchemaSource] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadingError(description: "\(path) does not exist")
        }
        guard isFolder.boolValue else { return [try file(path, name: (path as NSString).lastPathComponent)] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).filter(isSchemaName).sorted()
        } catch {
            throw ReadingError(description: "cannot read the folder \(path): \(error.localizedDescription)")
        }
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        var sources: [SchemaSource] = []
        for name in names {
            sources.append(try file(folder + "/" + name, name: name))
        }
        return sources
    }

    private static func file(_ path: String, name: String) throws(ReadingError) -> SchemaSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadingError(description: "cannot read \(path)")
        }
        return SchemaSource(name: name, displayPath: path, bytes: [UInt8](data))
    }

    /// The schemas in `folder` as committed at `revision`, read with `git show` so nothing is
    /// checked out. `folder` is relative to the current directory, as on the command line.
    public static func read(revision: String, folder: String) throws(ReadingError) -> [SchemaSource] {
        let folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let listing = try Git.run(["ls-tree", "--name-only", revision, "./" + folder + "/"])
        var sources: [SchemaSource] = []
        for line in String(decoding: listing, as: UTF8.self).split(separator: "\n") {
            let name = (String(line) as NSString).lastPathComponent
            guard isSchemaName(name) else { continue }
            let path = folder + "/" + name
            let bytes = try Git.run(["show", "\(revision):./\(path)"])
            sources.append(SchemaSource(name: name, displayPath: "\(revision):\(path)", bytes: bytes))
        }
        return sources.sorted { $0.name < $1.name }
    }
}
