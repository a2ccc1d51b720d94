// The run-time half of run-hostile-check.sh: the Hostile module was generated from hostile.yaml
// and compiled; this program checks that every hostile value in it is the one the schema wrote,
// scalar for scalar. Expected values come from expected-values.py (argument 1), never from here.
// Strings are compared by Unicode scalars: Swift's `==` treats "é" and "e\u{301}" as equal, and
// a generator that normalised text would slip through it.

import Foundation
import Hostile
import HostileBare
import ProviderRuntime

struct Expected: Decodable {
    struct Default: Decodable {
        var wire: String
        var value: String
        var kind: String
    }

    struct Rule: Decodable {
        var id: String
        var message: String
    }

    struct Stamp: Decodable {
        var wire: String
        var epoch: String
    }

    var defaults: [Default]
    var form: String
    var enums: [String: [String]]
    var patterns: [String: String]
    var rules: [Rule]
    var stamp: Stamp
    var fixedHeaders: [[String]]
    var path: String
    var pathParameter: String
    var query: [[String]]
    var headers: [[String]]
}

enum CheckFailure: Error {
    case missing(String)
}

// Top-level variables belong to the main actor, so every function that counts is @MainActor.
var failures = 0
var passed = 0

@MainActor func same(_ actual: String?, _ expected: String) -> Bool {
    guard let actual else { return false }
    return Array(actual.unicodeScalars) == Array(expected.unicodeScalars)
}

@MainActor func check(_ condition: Bool, _ what: @autoclosure () -> String) {
    if condition {
        passed += 1
    } else {
        failures += 1
        print("MISMATCH: \(what())")
    }
}

/// Quoted, with everything outside printable ASCII as \u{…}, so a mismatch that only differs in
/// invisible or combining scalars is visible in the output.
func shown(_ text: String?) -> String {
    guard let text else { return "nil" }
    var result = "\""
    for scalar in text.unicodeScalars {
        if scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\\" && scalar != "\"" {
            result.unicodeScalars.append(scalar)
        } else {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
    return result + "\""
}

@MainActor func checkText(_ actual: String?, _ expected: String, _ what: String) {
    check(same(actual, expected), "\(what): got \(shown(actual)), expected \(shown(expected))")
}

@MainActor func checkTexts(_ actual: [String], _ expected: [String], _ what: String) {
    let equal = actual.count == expected.count && zip(actual, expected).allSatisfy { same($0, $1) }
    let list = { (texts: [String]) in "[" + texts.map(shown).joined(separator: ", ") + "]" }
    check(equal, "\(what): got \(list(actual)), expected \(list(expected))")
}

@MainActor func issue(_ report: ValidationReport, rule: String) -> ValidationIssue? {
    report.issues.first { same($0.rule, rule) }
}

@MainActor func rule(_ expected: Expected, _ id: String) throws -> Expected.Rule {
    guard let rule = expected.rules.first(where: { same($0.id, id) }) else { throw CheckFailure.missing("rule \(id)") }
    return rule
}

@MainActor func pattern(_ expected: Expected, _ wire: String) throws -> String {
    guard let pattern = expected.patterns[wire] else { throw CheckFailure.missing("pattern of \(wire)") }
    return pattern
}

/// The JSON object's keys by scalars, since a Swift dictionary would merge canonically equal keys.
@MainActor func topLevelJSON(_ data: Data) throws -> [(key: String, value: Any)] {
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw CheckFailure.missing("a JSON object")
    }
    return object.map { ($0.key, $0.value) }
}

@MainActor func checkModelCoding(_ expected: Expected) throws {
    let model = HostileModel()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try encoder.encode(model)
    let entries = try topLevelJSON(json)
    check(
        entries.count == expected.defaults.count,
        "JSON has \(entries.count) keys, expected \(expected.defaults.count)"
    )
    for item in expected.defaults {
        let matches = entries.filter { same($0.key, item.wire) }
        check(matches.count == 1, "JSON key \(shown(item.wire)) appears \(matches.count) times")
        guard let entry = matches.first, item.kind == "string" else { continue }
        checkText(entry.value as? String, item.value, "JSON value of \(shown(item.wire))")
    }
    checkText(try FormEncoder().encodeToString(model), expected.form, "form body of the defaults")

    let decoded = try JSONDecoder().decode(HostileModel.self, from: json)
    check(decoded == model, "JSON decodes back to the same model")
    checkText(
        String(decoding: try encoder.encode(decoded), as: UTF8.self),
        String(decoding: json, as: UTF8.self),
        "JSON after a round trip"
    )
    // Absent keys take the decoder's own copies of the defaults, which must equal the initialiser's,
    // and stay absent when the decoded model is encoded again.
    let fromEmpty = try JSONDecoder().decode(HostileModel.self, from: Data("{}".utf8))
    check(fromEmpty == model, "defaults filled in by the decoder")
    checkText(String(decoding: try encoder.encode(fromEmpty), as: UTF8.self), "{}", "absent keys after a round trip")

    if let decimal = expected.defaults.first(where: { $0.kind == "decimal" }) {
        check(
            model.bigDecimal == Decimal(string: decimal.value),
            "bigDecimal is \(model.bigDecimal), expected \(decimal.value)"
        )
        check(decoded.bigDecimal == model.bigDecimal, "bigDecimal survives JSON")
    }

    var dated = model
    dated.stamp = Date(timeIntervalSince1970: 0)
    let datedEntries = try topLevelJSON(try encoder.encode(dated))
    checkText(
        datedEntries.first { same($0.key, expected.stamp.wire) }?.value as? String,
        expected.stamp.epoch,
        "dateFormat with punctuation"
    )
    check(
        try JSONDecoder().decode(HostileModel.self, from: encoder.encode(dated)) == dated,
        "dated model survives JSON"
    )
}

@MainActor func checkEnums(_ expected: Expected) {
    checkTexts(Kind.allCases.map(\.rawValue), expected.enums["Kind"] ?? [], "Kind raw values")
    checkTexts(OpenKind.knownValues.map(\.rawValue), expected.enums["OpenKind"] ?? [], "OpenKind raw values")
    checkTexts(
        HostileModel.InlineKind.allCases.map(\.rawValue),
        expected.enums["HostileModel.InlineKind"] ?? [],
        "InlineKind raw values"
    )
    for kind in Kind.allCases {
        check(
            (try? JSONDecoder().decode(Kind.self, from: JSONEncoder().encode(kind))) == kind,
            "Kind \(shown(kind.rawValue)) survives JSON"
        )
    }
}

@MainActor func checkValidation(_ expected: Expected) throws {
    let defaults = HostileModel().validate()
    // Only rule a-b fires: its trigger has a default and `note` is absent.
    let ruleAB = try rule(expected, "a-b")
    check(defaults.issues.count == 1, "defaults give \(defaults.issues.count) issues: \(defaults.issues)")
    checkText(issue(defaults, rule: ruleAB.id)?.message, ruleAB.message, "message of rule a-b")

    var model = HostileModel()
    model.note = "present"
    check(
        model.validate().issues.isEmpty,
        "defaults pass their own patterns and character rules: \(model.validate().issues)"
    )

    var broken = model
    broken.pattern = "no match"
    broken.tags = ["\""]
    broken.tagsItem = "x"
    broken.class = "not in the table"
    broken.commentEnd = "neither"
    let report = broken.validate()
    let patternIssues = report.issues.filter { $0.rule == "pattern" }
    let messages = patternIssues.map { $0.path + " " + $0.message }
    let wanted = [
        ("pattern", try pattern(expected, "pattern")), ("tags[0]", try pattern(expected, "tags[]")),
        ("tagsItem", try pattern(expected, "tagsItem")),
    ].map { $0.0 + " must match the pattern " + $0.1 }
    checkTexts(messages.sorted(), wanted.sorted(), "pattern messages")
    for id in ["\"\"\"", "***"] {
        let expectedRule = try rule(expected, id)
        checkText(issue(report, rule: expectedRule.id)?.message, expectedRule.message, "message of rule \(shown(id))")
    }
}

@MainActor func checkRequest(_ expected: Expected) throws {
    let server = URL(string: "https://hostile.example/base")!
    let client = Hostile.Client(server: .custom(server), credentials: BasicCredentials(key: "key", secret: "secret"))
    var model = HostileModel()
    model.note = "present"
    model.stamp = Date(timeIntervalSince1970: 0)
    guard let kind = Kind(rawValue: expected.query[1][1]) else {
        throw CheckFailure.missing("Kind value \(expected.query[1][1])")
    }
    let request = try client.default(
        id: expected.pathParameter,
        query: expected.query[0][1],
        class: kind,
        hostileHeader: expected.headers[0][1],
        model
    )

    let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
    checkText(components?.path, "/base" + expected.path, "request path")
    let query = (components?.percentEncodedQueryItems ?? []).map {
        [$0.name.removingPercentEncoding ?? "", $0.value?.removingPercentEncoding ?? ""]
    }
    checkTexts(query.flatMap { $0 }, expected.query.flatMap { $0 }, "query items")
    for pair in expected.fixedHeaders + expected.headers {
        checkText(request.headerFields.first { same($0.name, pair[0]) }?.value, pair[1], "header \(pair[0])")
    }
    check(request.body == (try FormEncoder().encode(model)), "form body of the request")

    let body = try JSONEncoder().encode(model)
    switch DefaultResponse(status: 200, headers: [:], body: body) {
    case .ok(.decoded(let decoded), _): check(decoded == model, "200 response decodes the model")
    default: check(false, "200 response is .ok")
    }
    switch DefaultResponse(status: 418, headers: [:], body: body) {
    case .clientError(.decoded(let decoded), let raw):
        check(raw.status == 418 && decoded == model, "4XX response decodes the model")
    default: check(false, "418 response is .clientError")
    }
    _ = Hostile.Client.Server.`self`.url
    check(Hostile.Client.Server.`default`.url.absoluteString == "https://api.hostile.example", "default server URL")
}

@MainActor func checkBare() throws {
    // No parameters, headers, credentials or body: the builder must be a `let` (a `var` is a warning).
    let request = try HostileBare.Client(server: .custom(URL(string: "https://bare.example")!)).`self`()
    check(request.url.absoluteString == "https://bare.example/", "bare request URL is \(request.url)")
}

do {
    guard CommandLine.arguments.count == 2 else {
        print("usage: HostileCheck expected.json")
        exit(2)
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
    let expected = try JSONDecoder().decode(Expected.self, from: data)
    try checkModelCoding(expected)
    checkEnums(expected)
    try checkValidation(expected)
    try checkRequest(expected)
    try checkBare()
} catch {
    failures += 1
    print("ERROR: \(error)")
}
print(
    failures == 0
        ? "hostile check: all \(passed) checks hold"
        : "hostile check: \(failures) of \(passed + failures) checks FAILED"
)
exit(failures == 0 ? 0 : 1)
