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
        var processorTime = Array(repeating: Duration.zero, count: contenders.count)
        for _ in 0..<rounds {
            for (index, contender) in contenders.enumerated() {
                let before = Self.processorTime()
                samples[index] += try await measure(contender.call)
                processorTime[index] += Self.processorTime() - before
            }
        }
        let medians = samples.map(Self.median)
        let calls = callsPerRound * rounds
        var line = "\(title), median wall time:"
        var cpuLine = "\(title), processor time per call (all threads, server included):"
        for (index, contender) in contenders.enumerated() {
            line += " \(contender.name) \(Self.microseconds(medians[index]))"
            cpuLine += " \(contender.name) \(Self.microseconds(processorTime[index] / calls))"
            if index > 0 {
                line += String(format: " (%+.1f%%)", (medians[index] / medians[0] - 1) * 100)
                cpuLine += String(
                    format: " (%+.1f µs)",
                    (processorTime[index] - processorTime[0]) / calls / .microseconds(1)
                )
            }
            line += ";"
            cpuLine += ";"
        }
        print(line, "\(calls) calls each, load average \(loadAverage())")
        print(cpuLine)
        fflush(nil)
    }

    /// User and system time of every thread of this process so far. Unlike wall time it does not
    /// grow while the process waits for a processor another build holds.
    private static func processorTime() -> Duration {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return .seconds(Int64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec))
            + .microseconds(Int64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec))
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
