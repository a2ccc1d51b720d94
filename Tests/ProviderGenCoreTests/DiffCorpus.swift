import Foundation
import ProviderGenCore

/// The pairs under Tests/Fixtures/DiffCorpus: every case folder holds `new.yaml` (compared with
/// `base.yaml`, or with its own `old.yaml`) and `expected.txt`, one `kind wire=… swift=…` line per
/// finding the change must produce (lines starting with `#` describe the case).
enum DiffCorpus {
    static let root = RepositoryPaths.root + "/Tests/Fixtures/DiffCorpus"

    static var caseNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { !$0.hasSuffix(".yaml") }.sorted()
    }

    static func source(_ path: String) -> SchemaSource {
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        // Both sides are one provider, paired by this name; locations show which side.
        return SchemaSource(name: "shop.yaml", displayPath: path, bytes: bytes)
    }

    static func oldSource(_ name: String) -> SchemaSource {
        let own = root + "/" + name + "/old.yaml"
        return source(FileManager.default.fileExists(atPath: own) ? own : root + "/base.yaml")
    }

    static func newSource(_ name: String) -> SchemaSource { source(root + "/" + name + "/new.yaml") }

    static func expected(_ name: String) throws -> [String] {
        try String(contentsOfFile: root + "/" + name + "/expected.txt", encoding: .utf8)
            .split(separator: "\n")
            .map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .sorted()
    }

    static func line(_ finding: DiffFinding) -> String {
        "\(finding.kind) wire=\(finding.wire.name) swift=\(finding.source.name)"
    }
}
