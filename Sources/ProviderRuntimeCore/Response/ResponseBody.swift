import Foundation

/// Decoding of documented response bodies, with errors that name the failing field.
@_spi(Generated) public enum ResponseBody: Sendable {
    /// Decodes a documented body; any failure names the field and what was wrong with it.
    ///
    /// The body is read strictly and within ``JSONLimits/current`` (see `JSONReader`), then decoded
    /// from that one reading.
    public static func decode<T: Decodable>(_ type: T.Type, status: Int, from body: Data) throws(ResponseDecodingError)
        -> T
    {
        try Reading(status: status, body: body).decode(T.self)
    }

    /// A body read once, then decoded as one shape after another: a status that documents
    /// several shapes tries each against the same reading instead of parsing the bytes again.
    public struct Reading {
        private let status: Int
        private let body: Data
        private let root: Result<JSONNode, ResponseDecodingError>

        public init(status: Int, body: Data) {
            self.status = status
            self.body = body
            root = Result { () throws(ResponseDecodingError) in try ResponseBody.read(body, status: status) }
        }

        /// The body as `T`; a failure names the field, or repeats the reading's refusal.
        public func decode<T: Decodable>(_ type: T.Type) throws(ResponseDecodingError) -> T {
            let node = try root.get()
            do {
                return try JSONNodeDecoder(node).decode(T.self)
            } catch {
                throw ResponseDecodingError(error, status: status, body: body)
            }
        }
    }

    /// For envelopes such as {"code":200,"message":"success","data":{...}}: the payload under `key`, and the envelope's other fields decoded as `E` from the same object.
    public static func decodeEnveloped<T: Decodable, E: Decodable>(
        _ payload: T.Type,
        at key: String,
        envelope: E.Type,
        status: Int,
        from body: Data
    ) throws(ResponseDecodingError) -> (payload: T, envelope: E) {
        let root = try read(body, status: status)
        var userInfo: [CodingUserInfoKey: Any] = [:]
        if let payloadKey = envelopePayloadKey {
            userInfo[payloadKey] = key
        }
        do {
            let decoded = try JSONNodeDecoder(root, userInfo: userInfo).decode(Enveloped<T, E>.self)
            return (decoded.payload, decoded.envelope)
        } catch {
            throw ResponseDecodingError(error, status: status, body: body)
        }
    }

    /// The one strict reading of `body`, or the reader's refusal naming the place.
    fileprivate static func read(_ body: Data, status: Int) throws(ResponseDecodingError) -> JSONNode {
        do {
            return try JSONReader.read(body)
        } catch {
            throw ResponseDecodingError(status: status, fieldPath: error.path, message: error.located)
        }
    }

    /// Inverse of decodeEnveloped, for re-encoding and tests: the envelope's JSON object with the payload under `key`.
    ///
    /// Throws `EncodingError.invalidValue` when the envelope does not encode as a JSON object.
    public static func encodeEnveloped<T: Encodable, E: Encodable>(_ payload: T, at key: String, envelope: E) throws
        -> Data
    {
        // Merged as JSON values rather than through one encoder: asking JSONEncoder for a second
        // top-level container of another kind traps, and E may encode as anything.
        let decoder = JSONBody.makeDecoder()
        let envelopeValue = try decoder.decode(JSONValue.self, from: JSONBody.encode(envelope))
        guard case .object(var members) = envelopeValue else {
            throw EncodingError.invalidValue(
                envelope,
                EncodingError.Context(
                    codingPath: [],
                    debugDescription: "the envelope must encode as a JSON object"
                )
            )
        }
        members[key] = try decoder.decode(JSONValue.self, from: JSONBody.encode(payload))
        return try JSONBody.encode(JSONValue.object(members))
    }
}

/// Decodes the envelope from the whole object and the payload from its key, so a payload
/// error's coding path starts with the key ("data.amount").
private struct Enveloped<T: Decodable, E: Decodable>: Decodable {
    let payload: T
    let envelope: E

    init(from decoder: any Decoder) throws {
        guard let key = envelopePayloadKey.flatMap({ decoder.userInfo[$0] }) as? String else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: [], debugDescription: "no payload key was given")
            )
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        payload = try container.decode(T.self, forKey: AnyCodingKey(key))
        envelope = try E(from: decoder)
    }
}

/// Where `decodeEnveloped` tells `Enveloped` which field holds the payload. Optional because the
/// initializer is failable on some Foundation versions, though never for a literal like this one.
private let envelopePayloadKey: CodingUserInfoKey? = CodingUserInfoKey(rawValue: "ProviderRuntime.envelopePayloadKey")
