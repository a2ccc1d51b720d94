import NIOConcurrencyHelpers

/// Draws each request's fate from one provider's plan with its own seeded generator, so a run with
/// the same `--seed` and the same requests to a provider injects the same faults, whatever other
/// providers receive.
final class FaultInjector: Sendable {
    enum Decision: Equatable {
        case pass
        case drop
        case fail(status: Int)
    }

    let plan: FaultPlan
    private let generator: NIOLockedValueBox<SplitMix64>

    init(plan: FaultPlan, seed: UInt64, provider: String) {
        self.plan = plan
        self.generator = NIOLockedValueBox(SplitMix64(seed: seed ^ Self.fnv1a(provider)))
    }

    func decide() -> Decision {
        guard !plan.faults.isEmpty || plan.dropProbability > 0 else { return .pass }
        let (dropDraw, faultDraw) = generator.withLockedValue { generator in
            (generator.nextUnit(), generator.nextUnit())
        }
        if dropDraw < plan.dropProbability { return .drop }
        var threshold = 0.0
        for fault in plan.faults {
            threshold += fault.probability
            if faultDraw < threshold { return .fail(status: fault.status) }
        }
        return .pass
    }

    /// A stable hash of the provider's name (Swift's `Hasher` is seeded per process).
    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}

/// Steele, Lea and Flood's SplitMix64: small, fast and reproducible from one seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
