/// The `x-providergen-*` keys: what the schema language says that OpenAPI cannot, named in one
/// place so the README's table and the exporter agree.
enum ProviderGenExtension: String {
    case module
    case headers
    case sending
    case tolerate
    case swiftName = "swift-name"
    case alternateNames = "alternate-names"
    case type
    case dateFormat = "date-format"
    case timeZone = "time-zone"
    case pattern
    case allowedCharacters = "allowed-characters"
    case allowedLastCharacter = "allowed-last-character"
    case format
    case rules
    case openEnum = "open-enum"
    case enumDescriptions = "enum-descriptions"
    case formEncoding = "form-encoding"
    case arrayStyle = "array-style"
    case envelope
    case bodyShapes = "body-shapes"
    case idempotencyKey = "idempotency-key"
    case retryHint = "retry-hint"
    case headerType = "header-type"
    case server
    case union
    case warnings
    case pagination
    case operations

    var key: String { "x-providergen-" + rawValue }
}

extension JSONObject {
    subscript(extension name: ProviderGenExtension) -> JSONDocument? {
        get { self[name.key] }
        set { self[name.key] = newValue }
    }
}
