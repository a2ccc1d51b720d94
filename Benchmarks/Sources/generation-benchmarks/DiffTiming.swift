import Foundation
import ProviderGenCore

/// `providergen diff` of two folders holding the 1,000-operation synthetic schema, the new one
/// with a constraint tightened and a default changed in every operation (3,000 findings), timed
/// from reading the files to rendering the text. Target: under 1 s.
enum DiffTiming {
    static func report() {
        let old = SyntheticSchema.yaml(operations: 1_000)
        let new = old.replacingOccurrences(of: "maxLength: 40", with: "maxLength: 30")
            .replacingOccurrences(of: "default: true", with: "default: false")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("diff-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (folder, text) in [("old", old), ("new", new)] {
            let url = root.appendingPathComponent(folder)
            try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url.appendingPathComponent("synthetic.yaml"))
        }
        var times: [Double] = []
        var findings = 0
        for _ in 0..<5 {
            times.append(
                milliseconds {
                    guard let oldSources = try? SchemaSource.read(path: root.appendingPathComponent("old").path),
                        let newSources = try? SchemaSource.read(path: root.appendingPathComponent("new").path)
                    else { preconditionFailure("cannot read the synthetic folders") }
                    let result = SchemaDiff.compare(old: oldSources, new: newSources)
                    precondition(!result.hasErrors, "synthetic schemas must be valid")
                    findings = result.findings.count
                    _ = DiffFormat.text.render(result.findings)
                }
            )
        }
        // What the front end alone costs for both sides, so the comparison's own share shows.
        var loading: [Double] = []
        for _ in 0..<5 {
            loading.append(
                milliseconds {
                    for text in [old, new] {
                        precondition(SchemaFrontEnd.read(yaml: Array(text.utf8), file: "synthetic.yaml").schema != nil)
                    }
                }
            )
        }
        print(
            "diff of two 1,000-operation folders (\(findings) findings, read, compared, rendered): median \(String(format: "%.1f", median(times))) ms over 5 runs, of which loading both sides \(String(format: "%.1f", median(loading))) ms"
        )
    }
}
