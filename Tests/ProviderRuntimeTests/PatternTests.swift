import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

@Suite struct PatternTests {
    @Test func matchesTheWholeValue() {
        let pattern = Pattern("[0-9]{3}")
        #expect(pattern.matches("123"))
        #expect(!pattern.matches("1234"))
        #expect(!pattern.matches("a123"))
        #expect(!pattern.matches("123\n"))
        #expect(!pattern.matches(""))
    }

    @Test func alternationIsAnchoredAsAWhole() {
        let pattern = Pattern("a|ab")
        #expect(pattern.matches("ab"))
        #expect(pattern.matches("a"))
        #expect(!pattern.matches("abc"))
    }

    @Test func explicitAnchorsStillWork() {
        let pattern = Pattern("^[A-Z]{2}$")
        #expect(pattern.matches("US"))
        #expect(!pattern.matches("USA"))
    }

    @Test func unicodeValues() {
        let pattern = Pattern("\\p{L}+")
        #expect(pattern.matches("Zoë"))
        #expect(pattern.matches("日本"))
        #expect(!pattern.matches("Zoë1"))
    }

    @Test func freeSpacingCommentAtTheEnd() {
        let pattern = Pattern("(?x) [0-9]+ # digits only")
        #expect(Pattern.compileError(pattern.source) == nil)
        #expect(pattern.matches("42"))
        #expect(!pattern.matches("42a"))
    }

    @Test func unterminatedQuote() {
        let pattern = Pattern("a\\Q.*")
        #expect(pattern.matches("a.*"))
        #expect(!pattern.matches("abc"))
    }

    @Test func compileErrorIsNilForValidSources() {
        #expect(Pattern.compileError("^[a-z]+$") == nil)
        #expect(Pattern.compileError("") == nil)
    }

    @Test func emptyPatternMatchesOnlyTheEmptyValue() {
        #expect(Pattern("").matches(""))
        #expect(!Pattern("").matches("a"))
    }

    @Test func compileErrorsExplainTheProblem() {
        #expect(Pattern.compileError("[a-z") == "expected ']'")
        #expect(Pattern.compileError("(abc") == "expected ')'")
    }

    @Test(arguments: ["[a-z", "(abc", "abc)", "*x", "a{2,1}", "\\"])
    func compileErrorForInvalidSources(source: String) {
        let message = Pattern.compileError(source)
        #expect(message != nil)
        #expect(message?.isEmpty == false)
    }

    @Test func ruleFailsWithPatternInMessage() {
        var report = ValidationReport()
        report.pattern("12a", Pattern("[0-9]+"), at: "zip")
        #expect(
            report.issues == [ValidationIssue(path: "zip", rule: "pattern", message: "must match the pattern [0-9]+")]
        )
    }

    @Test func rulePasses() {
        var report = ValidationReport()
        report.nested("address") { $0.pattern("10469", Pattern("[0-9]{5}"), at: "zip") }
        #expect(report.issues.isEmpty)
    }

    @Test func invalidPatternReportsInsteadOfTrapping() {
        let broken = Pattern("[a-")
        #expect(!broken.matches("a"))
        var report = ValidationReport()
        report.pattern("anything", broken, at: "code")
        #expect(report.issues.count == 1)
        #expect(report.issues.first?.path == "code")
        #expect(report.issues.first?.rule == "pattern")
        #expect(report.issues.first?.severity == .error)
        #expect(report.issues.first?.message.contains("not a valid regular expression") == true)
    }

    @Test func equalityIsBySource() {
        #expect(Pattern("a+") == Pattern("a+"))
        #expect(Pattern("a+") != Pattern("a*"))
    }

    @Test func usableFromManyTasks() async {
        let pattern = Pattern("[a-z]+[0-9]")
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask { pattern.matches("abc\(index % 10)") && !pattern.matches("ABC\(index)") }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }
}
