import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// Fixtures shaped like generated code: nested objects, arrays and maps.
private struct Address: Validatable {
    var line1: String
    var tags: [String]

    func validate(into report: inout ValidationReport) {
        report.length(line1, min: 1, max: 10, at: "line1")
        for (index, tag) in tags.enumerated() {
            report.nested(.field("tags")) { report in
                report.length(tag, max: 3, at: .index(index))
            }
        }
    }
}

private struct Customer: Validatable {
    var name: String
    var address: Address
    var notes: [String: String]

    func validate(into report: inout ValidationReport) {
        report.length(name, min: 3, at: "name")
        report.nested("address") { address.validate(into: &$0) }
        report.nested("notes") { report in
            for key in notes.keys.sorted() {
                report.length(notes[key] ?? "", max: 5, at: .key(key))
            }
        }
    }
}

@Suite struct ValidationReportTests {
    @Test func validValueHasNoIssues() {
        let customer = Customer(
            name: "John",
            address: Address(line1: "Main St", tags: ["a", "bb"]),
            notes: ["k": "ok"]
        )
        let report = customer.validate()
        #expect(report.issues.isEmpty)
        #expect(!report.hasErrors)
    }

    @Test func nestedPathsUseWireNames() {
        let customer = Customer(
            name: "Jo",
            address: Address(line1: "A very long street", tags: ["a", "bb", "cccc"]),
            notes: ["notes_key_1": "too long"]
        )
        let report = customer.validate()
        #expect(report.issues.map(\.path) == ["name", "address.line1", "address.tags[2]", "notes[notes_key_1]"])
        #expect(report.issues.map(\.rule) == ["minLength", "maxLength", "maxLength", "maxLength"])
        #expect(report.issues.allSatisfy { $0.severity == .error })
    }

    @Test func pathIsRestoredAfterNesting() {
        var report = ValidationReport()
        report.nested("a") { report in
            report.nested("b") { report in
                report.add(rule: "custom", message: "inner", at: .index(2))
            }
            report.add(rule: "custom", message: "middle", at: "c")
        }
        report.add(rule: "custom", message: "root", at: nil)
        #expect(report.issues.map(\.path) == ["a.b[2]", "a.c", ""])
    }

    @Test func deepNestingBeyondInlineStorage() {
        var report = ValidationReport()
        func descend(_ level: Int, _ report: inout ValidationReport) {
            if level == 12 {
                report.add(rule: "deep", message: "here", at: nil)
                return
            }
            report.nested(level.isMultiple(of: 2) ? .field("f\(level)") : .index(level)) { descend(level + 1, &$0) }
        }
        descend(0, &report)
        report.add(rule: "after", message: "back at root", at: "root")
        #expect(report.issues.first?.path == "f0[1].f2[3].f4[5].f6[7].f8[9].f10[11]")
        #expect(report.issues.last?.path == "root")
    }

    @Test func keyAndIndexAtRoot() {
        var report = ValidationReport()
        report.add(rule: "r", message: "m", at: .index(0))
        report.add(rule: "r", message: "m", at: .key("k"))
        #expect(report.issues.map(\.path) == ["[0]", "[k]"])
    }

    @Test func errorsAndWarningsAreSeparated() {
        var report = ValidationReport()
        report.add(rule: "soft", message: "looks odd", severity: .warning, at: "a")
        #expect(!report.hasErrors)
        #expect(report.warnings.count == 1)
        #expect(report.errors.isEmpty)
        report.add(rule: "hard", message: "is wrong", at: "b")
        #expect(report.hasErrors)
        #expect(report.errors.map(\.rule) == ["hard"])
        #expect(report.warnings.map(\.rule) == ["soft"])
    }

    @Test func issueDescriptions() {
        let error = ValidationIssue(path: "name", rule: "minLength", message: "must be at least 3 characters (got 2)")
        #expect(error.description == "name: must be at least 3 characters (got 2) [minLength]")
        let warning = ValidationIssue(
            path: "name",
            rule: "casing",
            message: "should be capitalised",
            severity: .warning
        )
        #expect(warning.description == "warning: name: should be capitalised [casing]")
        let root = ValidationIssue(path: "", rule: "requires", message: "is incomplete")
        #expect(root.description == "is incomplete [requires]")
    }

    @Test func issueIsCodable() throws {
        let issue = ValidationIssue(path: "a[0]", rule: "pattern", message: "m", severity: .warning)
        let data = try JSONBody.encode(issue)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"message":"m","path":"a[0]","rule":"pattern","severity":"warning"}"#
        )
        #expect(try JSONBody.makeDecoder().decode(ValidationIssue.self, from: data) == issue)
    }

    @Test func requiresReportsAtTheRequiredField() {
        var report = ValidationReport()
        report.nested("account") { report in
            report.requires("routingNumber", isPresent: false, when: "accountNumber", isPresent: true)
        }
        let issue = report.issues.first
        #expect(report.issues.count == 1)
        #expect(issue?.path == "account.routingNumber")
        #expect(issue?.rule == "requires")
        #expect(issue?.severity == .error)
        #expect(issue?.message == "is required when accountNumber is given")
    }

    @Test func requiresPassesWhenSatisfiedOrNotTriggered() {
        var report = ValidationReport()
        report.requires("b", isPresent: true, when: "a", isPresent: true)
        report.requires("b", isPresent: false, when: "a", isPresent: false)
        report.requires("b", isPresent: true, when: "a", isPresent: false)
        #expect(report.issues.isEmpty)
    }

    @Test func requiresWithCustomRuleAndMessage() {
        var report = ValidationReport()
        report.requires(
            "state",
            isPresent: false,
            when: "country",
            isPresent: true,
            rule: "stateForCountry",
            message: "is required for US addresses"
        )
        #expect(
            report.issues == [
                ValidationIssue(path: "state", rule: "stateForCountry", message: "is required for US addresses")
            ]
        )
    }
}
