import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

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
        #expect(table.lookup("AR", "PERSON", "DNI").isAllowed)
        #expect(table.lookup("CO", "PERSON", "NIT").isAllowed)
        #expect(!table.lookup("AR", "COMPANY", "DNI").isAllowed)
        #expect(!table.lookup("CO", "COMPANY", "CC").isAllowed)
        #expect(!table.lookup("DNI", "PERSON", "AR").isAllowed)
        #expect(!table.lookup("PE", "PERSON", "DNI").isAllowed)
        #expect(!table.lookup("ar", "PERSON", "DNI").isAllowed, "wire values are compared exactly")
        #expect(!table.lookup("CO", "PERSON").isAllowed, "a partial row is not a row")
        #expect(!table.lookup("CO", "PERSON", "CC", "X").isAllowed)
        #expect(!table.lookup([]).isAllowed)
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
                #expect(two.lookup(x, w).isAllowed == two.lookup([x, w]).isAllowed)
                #expect(two.lookup(w, x).isAllowed == reference.contains { $0.prefix(2) == [w, x] })
                for y in values {
                    #expect(three.lookup(w, x, y).isAllowed == three.lookup([w, x, y]).isAllowed)
                    #expect(three.lookup(w, x, y).isAllowed == reference.contains { $0.prefix(3) == [w, x, y] })
                    for z in values {
                        #expect(four.lookup(w, x, y, z).isAllowed == four.lookup([w, x, y, z]).isAllowed)
                        #expect(four.lookup(w, x, y, z).isAllowed == reference.contains([w, x, y, z]))
                    }
                }
            }
        }
    }

    @Test("the issue sits at the last field and lists what the others allow")
    func issueMessage() {
        var report = ValidationReport()
        report.combination(Self.documents.lookup("AR", "PERSON", "CUIT"), rule: "documentFits")
        report.combination(Self.documents.lookup("CO", "COMPANY", "CC"), rule: "documentFits")
        report.combination(Self.documents.lookup(["PE", "PERSON", "DNI"]), rule: "documentFits", severity: .warning)
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
        report.combination(single.lookup(["COP"]))
        report.combination(Self.documents.lookup("CO", "COMPANY", "CC"), message: "the document does not fit")
        #expect(
            report.issues.map(\.message) == ["COP is not allowed (allowed: EUR, USD)", "the document does not fit"]
        )
        #expect(report.issues.map(\.rule) == ["allowedCombination", "allowedCombination"])
    }
}
