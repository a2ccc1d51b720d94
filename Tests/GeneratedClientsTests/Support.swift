import Foundation
import HTTPTypes
import ProviderRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// Shared helpers for the generated-client tests: JSON comparison, issue rendering, request
// inspection. Nothing here knows a provider; every expected value lives in the provider files.

/// Raised by a helper when a test's premise does not hold (a body is not JSON, and so on).
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Responses

/// Response headers from name/value pairs, in order; names must be valid header names.
func fields(_ pairs: [(String, String)]) -> HTTPFields {
    var result = HTTPFields()
    for (name, value) in pairs {
        guard let fieldName = HTTPField.Name(name) else {
            Issue.record("not a header name: \(name)")
            continue
        }
        result.append(HTTPField(name: fieldName, value: value))
    }
    return result
}

// MARK: - JSON

/// JSON text as `Data`, for seeds written as string literals.
func utf8(_ text: String) -> Data {
    Data(text.utf8)
}

/// The body parsed by the runtime's untyped JSON model, which tells `0` from `false` and keeps
/// numbers as decimals.
func jsonValue(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

/// The body parsed by Foundation's JSONSerialization, independently of the runtime.
func foundationJSON(_ data: Data) throws -> NSObject {
    guard let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? NSObject else {
        throw TestFailure("JSONSerialization returned a non-object")
    }
    return object
}

/// Whether two bodies are equal *as JSON*: key order and whitespace do not matter, values do.
///
/// Both the runtime's `JSONValue` and Foundation's `JSONSerialization` must agree, so a bug in
/// one parser cannot hide a difference.
func expectSameJSON(
    _ actual: Data?,
    _ expected: Data,
    _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    guard let actual else {
        Issue.record("no body: \(comment?.rawValue ?? "")", sourceLocation: sourceLocation)
        return
    }
    let actualValue = try jsonValue(actual)
    let expectedValue = try jsonValue(expected)
    #expect(actualValue == expectedValue, comment, sourceLocation: sourceLocation)
    let actualObject = try foundationJSON(actual)
    let expectedObject = try foundationJSON(expected)
    #expect(actualObject.isEqual(expectedObject), comment, sourceLocation: sourceLocation)
}

/// The body as text (request bodies are UTF-8).
func text(_ data: Data?) -> String? {
    data.map { String(decoding: $0, as: UTF8.self) }
}

// MARK: - Validation issues

/// An issue as `"path rule"`, the two parts the tests pin down exactly.
func rendered(_ issue: ValidationIssue) -> String {
    issue.path + " " + issue.rule
}

/// The issues a model reports, rendered.
func issues(of model: some Validatable) -> [String] {
    model.validate().issues.map(rendered)
}

/// The issues of `RequestError.invalid` thrown by `build`; nil when it does not throw `.invalid`.
func thrownIssues(_ build: () throws(RequestError) -> ProviderRequest) -> [ValidationIssue]? {
    do throws(RequestError) {
        _ = try build()
        return nil
    } catch {
        if case .invalid(let issues) = error {
            return issues
        }
        return nil
    }
}

/// Checks one case both ways: `model.validate().issues` and the operation's builder.
///
/// An empty `expected` means the model is valid and the builder returns a request; otherwise the
/// model reports exactly `expected` (as `"path rule"`, in any order) and the builder throws
/// `RequestError.invalid` with the same issues.
func expectValidation<Model: Validatable & Encodable>(
    _ model: Model,
    _ expected: [String],
    build: (Model) throws(RequestError) -> ProviderRequest,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let reported = model.validate().issues
    #expect(reported.map(rendered).sorted() == expected.sorted(), "validate()", sourceLocation: sourceLocation)
    let interpreted = PayloadAgreement.issues(of: model)
    #expect(
        interpreted?.map(rendered).sorted() == expected.sorted(),
        "providergen validate",
        sourceLocation: sourceLocation
    )
    #expect(
        PayloadAgreement.sandboxIssues(of: model)?.map(rendered).sorted() == expected.sorted(),
        "providergen-sandbox",
        sourceLocation: sourceLocation
    )
    for issue in reported {
        expectHumanReadable(issue, sourceLocation: sourceLocation)
    }
    if expected.isEmpty {
        do {
            _ = try build(model)
        } catch {
            Issue.record("the builder refused a valid model: \(error)", sourceLocation: sourceLocation)
        }
    } else {
        let thrown = thrownIssues { () throws(RequestError) -> ProviderRequest in try build(model) }
        #expect(thrown?.map(rendered).sorted() == expected.sorted(), "builder", sourceLocation: sourceLocation)
    }
}

/// A message a person can read: a sentence with words, not a Swift dump, and a description that
/// reads `path: message [rule]`.
func expectHumanReadable(_ issue: ValidationIssue, sourceLocation: SourceLocation = #_sourceLocation) {
    let message = issue.message
    #expect(message.count >= 8, "too short: \(message)", sourceLocation: sourceLocation)
    #expect(message.contains(" "), "not a sentence: \(message)", sourceLocation: sourceLocation)
    for debris in ["Optional(", "\\u{", "Swift.", "ProviderRuntime.", "CodingKeys"] {
        #expect(!message.contains(debris), "\(debris) in: \(message)", sourceLocation: sourceLocation)
    }
    let prefix = (issue.severity == .warning ? "warning: " : "") + (issue.path.isEmpty ? "" : issue.path + ": ")
    #expect(issue.description == prefix + message + " [" + issue.rule + "]", sourceLocation: sourceLocation)
}

/// A string of `count` copies of `unit`.
func repeated(_ unit: String, _ count: Int) -> String {
    String(repeating: unit, count: count)
}

// MARK: - Requests

/// The request's headers as a dictionary; fails the test when a name appears twice.
func headerDictionary(_ request: ProviderRequest, sourceLocation: SourceLocation = #_sourceLocation) -> [String: String]
{
    var headers: [String: String] = [:]
    for field in request.headerFields {
        let key = field.name.lowercased()
        #expect(headers[key] == nil, "header \(field.name) set twice", sourceLocation: sourceLocation)
        headers[key] = field.value
    }
    return headers
}

/// Checks that `urlRequestIncludingCredentials()` and `httpRequestIncludingCredentials()` carry the request's method, URL, headers and body.
func expectConversionsAgree(
    _ request: ProviderRequest,
    method: String,
    url: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(request.method.rawValue == method, sourceLocation: sourceLocation)
    #expect(request.url.absoluteString == url, sourceLocation: sourceLocation)

    let urlRequest = request.urlRequestIncludingCredentials()
    #expect(urlRequest.httpMethod == method, sourceLocation: sourceLocation)
    #expect(urlRequest.url?.absoluteString == url, sourceLocation: sourceLocation)
    #expect(urlRequest.httpBody == request.body, sourceLocation: sourceLocation)
    var urlHeaders: [String: String] = [:]
    for (name, value) in urlRequest.allHTTPHeaderFields ?? [:] {
        urlHeaders[name.lowercased()] = value
    }
    #expect(urlHeaders == headerDictionary(request, sourceLocation: sourceLocation), sourceLocation: sourceLocation)

    let httpRequest = request.httpRequestIncludingCredentials()
    #expect(httpRequest.method.rawValue == method, sourceLocation: sourceLocation)
    guard let components = URLComponents(string: url) else {
        Issue.record("not a URL: \(url)", sourceLocation: sourceLocation)
        return
    }
    #expect(httpRequest.scheme == components.scheme, sourceLocation: sourceLocation)
    #expect(httpRequest.authority == components.percentEncodedHost, sourceLocation: sourceLocation)
    #expect(httpRequest.path == components.percentEncodedPath, sourceLocation: sourceLocation)
    var httpHeaders: [String: String] = [:]
    for field in httpRequest.headerFields {
        httpHeaders[field.name.canonicalName] = field.value
    }
    #expect(httpHeaders == headerDictionary(request, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
    #expect(httpRequest.headerFields.count == request.headerFields.count, sourceLocation: sourceLocation)
}

/// Checks that nothing printable about a request or an error reveals a credential.
func expectRedacted(
    _ request: ProviderRequest,
    secrets: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let described = String(describing: request)
    let reflected = String(reflecting: request)
    var dumped = ""
    dump(request, to: &dumped)
    #expect(described.contains("Authorization: <redacted>"), "\(described)", sourceLocation: sourceLocation)
    for secret in secrets {
        for (label, printed) in [("description", described), ("reflecting", reflected), ("dump", dumped)] {
            #expect(!printed.contains(secret), "\(label) shows a credential", sourceLocation: sourceLocation)
        }
    }
}

/// A hand-written RFC 4648 Base64 encoder, so the Basic header is checked against something
/// other than the Foundation call the runtime uses.
func base64(_ text: String) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    let bytes = Array(text.utf8)
    var output = ""
    var index = 0
    while index < bytes.count {
        let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
        let b0 = Int(chunk[0])
        let b1 = chunk.count > 1 ? Int(chunk[1]) : 0
        let b2 = chunk.count > 2 ? Int(chunk[2]) : 0
        output.append(alphabet[b0 >> 2])
        output.append(alphabet[((b0 & 0x03) << 4) | (b1 >> 4)])
        output.append(chunk.count > 1 ? alphabet[((b1 & 0x0F) << 2) | (b2 >> 6)] : "=")
        output.append(chunk.count > 2 ? alphabet[b2 & 0x3F] : "=")
        index += 3
    }
    return output
}

/// A UTC instant built with Foundation's Gregorian calendar, independently of the runtime's
/// date codings.
func utcDate(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date? {
    var calendar = Calendar(identifier: .gregorian)
    guard let utc = TimeZone(identifier: "UTC") else { return nil }
    calendar.timeZone = utc
    return calendar.date(
        from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    )
}
