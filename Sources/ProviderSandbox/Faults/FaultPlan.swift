/// What to inject into one provider's answers: `--fault STATUS:P`, `--latency D`, `--drop P`,
/// each optionally for one provider (`razorpay=503:0.1`).
public struct FaultPlan: Sendable, Equatable {
    public struct Fault: Sendable, Equatable {
        public var status: Int
        public var probability: Double
    }

    public var faults: [Fault] = []
    /// Added before every answer.
    public var latency: Duration = .zero
    /// Probability of closing the connection after reading the request, without answering.
    public var dropProbability: Double = 0

    public init() {}

    public var isEmpty: Bool { faults.isEmpty && latency == .zero && dropProbability == 0 }
}

/// The fault options as given, split per provider.
public struct FaultOptions: Sendable {
    /// Applies to every provider without its own entries.
    public var everyProvider = FaultPlan()
    /// By provider prefix (`razorpay`); the provider's own options add to `everyProvider`.
    public var perProvider: [String: FaultPlan] = [:]
    public var seed: UInt64?

    public init() {}

    public func plan(for prefix: String) -> FaultPlan {
        guard let own = perProvider[prefix] else { return everyProvider }
        var plan = everyProvider
        plan.faults += own.faults
        if own.latency != .zero { plan.latency = own.latency }
        if own.dropProbability != 0 { plan.dropProbability = own.dropProbability }
        return plan
    }

    /// `--fault [provider=]STATUS:PROBABILITY`.
    public mutating func addFault(_ text: String) throws(FaultOptionError) {
        let (provider, value) = Self.split(text)
        let parts = value.split(separator: ":")
        guard parts.count == 2, let status = Int(parts[0]), (400...599).contains(status),
            let probability = Self.probability(parts[1])
        else {
            throw FaultOptionError("--fault '\(text)': expected [provider=]STATUS:PROBABILITY such as 503:0.1")
        }
        update(provider) { $0.faults.append(FaultPlan.Fault(status: status, probability: probability)) }
        let total = plan(for: provider ?? "").faults.map(\.probability).reduce(0, +)
        guard total <= 1 else { throw FaultOptionError("--fault: the probabilities add up to \(total), over 1") }
    }

    /// `--latency [provider=]DURATION`: `20ms`, `1s`, `500us`.
    public mutating func addLatency(_ text: String) throws(FaultOptionError) {
        let (provider, value) = Self.split(text)
        guard let duration = Self.duration(value) else {
            throw FaultOptionError("--latency '\(text)': expected [provider=]DURATION such as 20ms, 1s or 500us")
        }
        update(provider) { $0.latency = duration }
    }

    /// `--drop [provider=]PROBABILITY`.
    public mutating func addDrop(_ text: String) throws(FaultOptionError) {
        let (provider, value) = Self.split(text)
        guard let probability = Self.probability(Substring(value)) else {
            throw FaultOptionError("--drop '\(text)': expected [provider=]PROBABILITY such as 0.02")
        }
        update(provider) { $0.dropProbability = probability }
    }

    private mutating func update(_ provider: String?, _ change: (inout FaultPlan) -> Void) {
        if let provider {
            change(&perProvider[provider, default: FaultPlan()])
        } else {
            change(&everyProvider)
        }
    }

    private static func split(_ text: String) -> (provider: String?, value: String) {
        guard let equals = text.firstIndex(of: "=") else { return (nil, text) }
        return (text[..<equals].lowercased(), String(text[text.index(after: equals)...]))
    }

    private static func probability(_ text: Substring) -> Double? {
        guard let value = Double(text), value >= 0, value <= 1 else { return nil }
        return value
    }

    static func duration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 1e-3), ("us", 1e-6), ("µs", 1e-6), ("s", 1)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value >= 0, value <= 600 / scale else { return nil }
            return .nanoseconds(Int64((value * scale * 1e9).rounded()))
        }
        return nil
    }
}

public struct FaultOptionError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
