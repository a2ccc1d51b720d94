import Foundation
import ProviderGenCore
import Testing

/// Every pair of the diff corpus produces exactly the findings its `expected.txt` lists, each
/// located in the file it belongs to. (The generated Swift of each pair is compiled against a
/// program written for the old one in GeneratedClientsTests/DiffSourceCompatibilityTests.)
@Suite struct DiffCorpusTests {
    @Test func corpusHasCases() {
        #expect(DiffCorpus.caseNames.count > 50)
    }

    @Test(arguments: DiffCorpus.caseNames)
    func classification(_ name: String) throws {
        let result = SchemaDiff.compare(old: [DiffCorpus.oldSource(name)], new: [DiffCorpus.newSource(name)])
        #expect(result.diagnostics.filter { $0.severity == .error } == [], "\(name)")
        #expect(result.findings.map(DiffCorpus.line).sorted() == (try DiffCorpus.expected(name)), "\(name)")
        for finding in result.findings {
            #expect(finding.location.file.hasSuffix(".yaml") && finding.location.line > 1, "\(name): \(finding)")
        }
    }
}
