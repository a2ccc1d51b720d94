/// The body of a documented status: its model, or why the body did not fit.
///
/// A provider can answer a documented status with an empty body, an HTML error page or a shape
/// the documentation does not mention. That is still the documented status (a 429 is still a
/// rate limit), so decoding never throws: the mismatch is kept next to the raw response instead.
public enum ResponseContent<Model: Hashable & Sendable>: Hashable, Sendable {
    case decoded(Model)
    /// What did not match, one error per shape tried, each naming the field.
    case unmatched([ResponseDecodingError])

    /// The model, or nil when the body did not fit.
    public var model: Model? {
        if case .decoded(let model) = self { return model }
        return nil
    }

    /// Why the body did not fit; empty when it did.
    public var mismatches: [ResponseDecodingError] {
        if case .unmatched(let errors) = self { return errors }
        return []
    }
}

/// A payload together with the wrapper it arrived in (`{"code": 200, "data": {…}}`).
public struct EnvelopedBody<Payload: Hashable & Sendable, Envelope: Hashable & Sendable>: Hashable, Sendable {
    public var payload: Payload
    public var envelope: Envelope

    public init(payload: Payload, envelope: Envelope) {
        self.payload = payload
        self.envelope = envelope
    }
}
