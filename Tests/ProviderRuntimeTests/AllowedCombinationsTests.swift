import Testing

@testable import ProviderRuntime

@Suite("Allowed combinations")
struct AllowedCombinationsTests {
    static let documents = AllowedCombinations(
        fields: ["country", "business", "document"],
        rows: [
            ["AR", "PERSON", "DNI"], ["AR", "PERSON", "CUIT"], ["AR", "COMPANY", "CUIT"],
            ["CO", "PERSON", "CC"], ["CO", "COMPANY", "NIT"], ["CO", "PERSON", "NIT"],
            ["CO", "PERSON", "CC"],  // a repeated row changes nothing
            ["CO", "PERSON"],  // the wrong width: ignored
        ]
    )

    @Test("a row is allowed only as a whole, in field order")
    func lookups() {
        let table = Self.documents
        #expect(table.allows("AR", "PERSON", "DNI"))
        #expect(table.allows("CO", "PERSON", "NIT"))
        #expect(!table.allows("AR", "COMPANY", "DNI"))
        #expect(!table.allows("CO", "COMPANY", "CC"))
        #expect(!table.allows("DNI", "PERSON", "AR"))
        #expect(!table.allows("PE", "PERSON", "DNI"))
        #expect(!table.allows("ar", "PERSON", "DNI"), "wire values are compared exactly")
        #expect(!table.allows("CO", "PERSON"), "a partial row is not a row")
        #expect(!table.allows("CO", "PERSON", "CC", "X"))
        #expect(!table.allows([]))
    }

    @Test("every way of passing values agrees with a plain set of rows")
    func passingStylesAgree() {
        let values = ["A", "B", "C", ""]
        // A scattered fifth of the 256 rows, with shared prefixes at every level.
        let rows: [[String]] = (0..<256).filter { $0 * 37 % 5 == 0 }.map { code in
            (0..<4).map { position in values[code >> (2 * position) & 3] }
        }
        let reference = Set(rows)
        let four = AllowedCombinations(fields: ["w", "x", "y", "z"], rows: rows)
        let three = AllowedCombinations(fields: ["w", "x", "y"], rows: rows.map { Array($0.prefix(3)) })
        let two = AllowedCombinations(fields: ["w", "x"], rows: rows.map { Array($0.prefix(2)) })
        for w in values {
            for x in values {
                #expect(two.allows(x, w) == two.allows([x, w]))
                #expect(two.allows(w, x) == reference.contains { $0.prefix(2) == [w, x] })
                for y in values {
                    #expect(three.allows(w, x, y) == three.allows([w, x, y]))
                    #expect(three.allows(w, x, y) == reference.contains { $0.prefix(3) == [w, x, y] })
                    for z in values {
                        #expect(four.allows(w, x, y, z) == four.allows([w, x, y, z]))
                        #expect(four.allows(w, x, y, z) == reference.contains([w, x, y, z]))
                    }
                }
            }
        }
    }

    @Test("the issue sits at the last field and lists what the others allow")
    func issueMessage() {
        var report = ValidationReport()
        report.combination("AR", "PERSON", "CUIT", in: Self.documents, rule: "documentFits")
        report.combination("CO", "COMPANY", "CC", in: Self.documents, rule: "documentFits")
        report.combination(["PE", "PERSON", "DNI"], in: Self.documents, rule: "documentFits", severity: .warning)
        #expect(report.issues.map(\.path) == ["document", "document"])
        #expect(report.issues.map(\.rule) == ["documentFits", "documentFits"])
        #expect(
            report.issues.map(\.message) == [
                "CC is not allowed with country CO and business COMPANY (allowed: NIT)",
                "DNI is not allowed with country PE and business PERSON (none is allowed)",
            ]
        )
        #expect(report.issues.map(\.severity) == [.error, .warning])
    }

    @Test("a custom message replaces the generated one; a one-field table names no other field")
    func messages() {
        var report = ValidationReport()
        let single = AllowedCombinations(fields: ["currency"], rows: [["USD"], ["EUR"]])
        report.combination(["COP"], in: single)
        report.combination("CO", "COMPANY", "CC", in: Self.documents, message: "the document does not fit")
        #expect(
            report.issues.map(\.message) == ["COP is not allowed (allowed: EUR, USD)", "the document does not fit"]
        )
        #expect(report.issues.map(\.rule) == ["allowedCombination", "allowedCombination"])
    }
}
