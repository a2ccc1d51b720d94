import Foundation

/// Medians of alternating rounds: `rounds` times, `callsPerRound` calls of each contender in turn,
/// so that drift in the machine's load hits all of them alike.
struct Comparison {
    var callsPerRound = 400
    var rounds = 10

    /// One contender: a name and one call, awaited to the end.
    struct Contender {
        var name: String
        var call: () async throws -> Void
    }

    /// Prints each contender's median and, for all but the first, its overhead over the first.
    func run(_ title: String, _ contenders: [Contender]) async throws {
        for contender in contenders {
            _ = try await measure(contender.call)
        }
        var samples = Array(repeating: [Duration](), count: contenders.count)
        for _ in 0..<rounds {
            for (index, contender) in contenders.enumerated() {
                samples[index] += try await measure(contender.call)
            }
        }
        let medians = samples.map(Self.median)
        var line = "\(title):"
        for (index, contender) in contenders.enumerated() {
            line += " \(contender.name) \(Self.microseconds(medians[index]))"
            if index > 0 {
                line += String(format: " (%+.1f%%)", (medians[index] / medians[0] - 1) * 100)
            }
            line += ";"
        }
        print(line, "medians of \(callsPerRound * rounds) calls each, load average \(loadAverage())")
        fflush(nil)
    }

    private func measure(_ call: () async throws -> Void) async throws -> [Duration] {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(callsPerRound)
        for _ in 0..<callsPerRound {
            let start = clock.now
            try await call()
            samples.append(clock.now - start)
        }
        return samples
    }

    private static func median(_ samples: [Duration]) -> Duration {
        samples.sorted()[samples.count / 2]
    }

    private static func microseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f µs", Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
    }
}

/// The 1, 5 and 15 minute load averages, since the machine is shared: figures taken under a higher
/// load are noisier.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
