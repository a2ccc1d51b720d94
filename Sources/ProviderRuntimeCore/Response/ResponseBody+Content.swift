import Foundation

@_spi(Generated) extension ResponseBody {
    /// The body of a documented status as its model, or the reason it is not one. Never throws:
    /// the status is documented, so the caller gets its case whatever the body holds.
    public static func content<T: Decodable & Hashable & Sendable>(_ type: T.Type, status: Int, from body: Data)
        -> ResponseContent<T>
    {
        do {
            return .decoded(try decode(T.self, status: status, from: body))
        } catch {
            return .unmatched([error])
        }
    }

    /// ``content(_:status:from:)`` for a payload inside an envelope.
    public static func envelopedContent<T: Decodable & Hashable & Sendable, E: Decodable & Hashable & Sendable>(
        _ payload: T.Type,
        at key: String,
        envelope: E.Type,
        status: Int,
        from body: Data
    ) -> ResponseContent<EnvelopedBody<T, E>> {
        do {
            let decoded = try decodeEnveloped(T.self, at: key, envelope: E.self, status: status, from: body)
            return .decoded(EnvelopedBody(payload: decoded.payload, envelope: decoded.envelope))
        } catch {
            return .unmatched([error])
        }
    }
}
