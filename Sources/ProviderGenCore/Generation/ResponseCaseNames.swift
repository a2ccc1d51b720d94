/// The case a status becomes on a generated response: `ok`, `notFound`, `clientError`, `other`.
enum ResponseCaseNames {
    static func caseName(_ status: StatusPattern) -> String {
        switch status {
        case .exact(let code): return statusNames[code] ?? "status\(code)"
        case .range(let digit): return rangeNames[digit] ?? "status\(digit)xx"
        case .other: return "other"
        }
    }

    static let statusNames: [Int: String] = [
        200: "ok", 201: "created", 202: "accepted", 204: "noContent", 400: "badRequest", 401: "unauthorized",
        402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 409: "conflict",
        410: "gone", 415: "unsupportedMediaType", 422: "unprocessableContent", 429: "tooManyRequests",
        500: "internalServerError", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
    ]

    static let rangeNames: [Int: String] = [
        1: "informational", 2: "success", 3: "redirection", 4: "clientError", 5: "serverError",
    ]
}
