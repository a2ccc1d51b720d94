import Foundation

/// How `providergen diff` prints its findings.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines, for terminals, editors and CI annotations.
    case text
    /// One object per finding, for scripts.
    case json
    /// A changelog grouped by provider and level, for release notes.
    case markdown

    public func render(_ findings: [DiffFinding]) -> String {
        switch self {
        case .text: return Self.text(findings)
        case .json: return Self.json(findings)
        case .markdown: return Self.markdown(findings)
        }
    }

    /// `schemas/razorpay.yaml:48:9: error: … [wire: breaking, swift: breaking; field-removed]`
    private static func text(_ findings: [DiffFinding]) -> String {
        var lines = findings.map { finding in
            "\(finding.location): \(finding.level.severity): \(finding.message) "
                + "[wire: \(finding.wire.phrase), swift: \(finding.source.phrase); \(finding.kind)]"
        }
        lines.append(DiffSummary(findings).text)
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSONFinding: Encodable {
        var provider: String
        var kind: String
        var level: String
        var wire: String
        var swift: String
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    private static func json(_ findings: [DiffFinding]) -> String {
        let entries = findings.map { finding in
            JSONFinding(
                provider: finding.provider,
                kind: finding.kind,
                level: finding.level.name,
                wire: finding.wire.name,
                swift: finding.source.name,
                file: finding.location.file,
                line: finding.location.line,
                column: finding.location.column,
                message: finding.message
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        let data = (try? encoder.encode(["findings": entries])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func markdown(_ findings: [DiffFinding]) -> String {
        var text = "# API changes\n"
        guard !findings.isEmpty else { return text + "\nNo API changes.\n" }
        let byProvider = Dictionary(grouping: findings, by: \.provider)
        for provider in byProvider.keys.sorted() {
            text += "\n## \(provider)\n"
            let entries = byProvider[provider] ?? []
            for level in Impact.allCases.reversed() {
                let atLevel = entries.filter { $0.level == level }
                guard !atLevel.isEmpty else { continue }
                text += "\n### \(heading(level))\n\n"
                for finding in atLevel {
                    text +=
                        "- \(finding.message) (wire: \(finding.wire.phrase); Swift: \(finding.source.phrase); `\(finding.location)`)\n"
                }
            }
        }
        return text
    }

    private static func heading(_ level: Impact) -> String {
        switch level {
        case .breaking: return "Breaking"
        case .potentiallyBreaking: return "Potentially breaking"
        case .additive: return "Added"
        case .documentation, .none: return "Documentation"
        }
    }
}
