#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one benchmark row: repeats passes over a fixed input set, single-threaded, until the
/// thread has spent at least `minimumSeconds` of CPU time, and reports validations per second.
///
/// The rate is per second of this thread's CPU time, so other processes on a busy machine do
/// not distort it; the wall-clock rate is printed beside it and matches on an idle machine.
struct Measurement {
    static let minimumSeconds = 0.3

    let name: String
    let inputCount: Int
    let validations: Int
    let cpuSeconds: Double
    let wallSeconds: Double
    /// The rate this row must reach, if it has a target.
    let target: Double?

    var perSecond: Double { Double(validations) / cpuSeconds }
    var perWallSecond: Double { Double(validations) / wallSeconds }

    /// CPU time consumed by the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Measures `body` over `inputs`. `body` returns a number derived from the verdict; the
    /// numbers are summed into `sink`, which the caller prints, so the optimiser cannot drop
    /// the work.
    static func run<Input>(
        _ name: String,
        inputs: [Input],
        target: Double? = nil,
        sink: inout Int,
        _ body: (Input) -> Int
    ) -> Measurement {
        for input in inputs { sink &+= body(input) }  // warm-up: caches, lazy tables
        let clock = ContinuousClock()
        let wallStart = clock.now
        let cpuStart = threadCPUSeconds()
        var validations = 0
        var cpuSeconds = 0.0
        repeat {
            for input in inputs { sink &+= body(input) }
            validations += inputs.count
            cpuSeconds = threadCPUSeconds() - cpuStart
        } while cpuSeconds < minimumSeconds
        let wall = (clock.now - wallStart).components
        let wallSeconds = Double(wall.seconds) + Double(wall.attoseconds) / 1e18
        return Measurement(
            name: name,
            inputCount: inputs.count,
            validations: validations,
            cpuSeconds: cpuSeconds,
            wallSeconds: wallSeconds,
            target: target
        )
    }
}

/// The rows measured so far and the sink every validation feeds.
struct Bench {
    /// Only rows whose name contains it run, e.g. "RFC"; nil runs all.
    let filter: String?
    private(set) var rows: [Measurement] = []
    private(set) var sink = 0

    init(filter: String?) {
        self.filter = filter
    }

    /// Measures `body` over `inputs`, which are only built when the row is wanted.
    mutating func run<Input>(
        _ name: String,
        target: Double? = nil,
        inputs: @autoclosure () -> [Input],
        _ body: (Input) -> Int
    ) {
        guard filter.map({ name.contains($0) }) ?? true else { return }
        rows.append(Measurement.run(name, inputs: inputs(), target: target, sink: &sink, body))
    }
}

/// Prints measurements as an aligned table.
enum Table {
    static func print(_ rows: [Measurement]) {
        let nameWidth = max(30, (rows.map(\.name.count).max() ?? 0) + 2)
        Swift.print(
            pad("row", nameWidth) + lpad("inputs", 8) + lpad("validations/s", 16) + lpad("ns each", 10)
                + lpad("wall-clock/s", 16) + "  target"
        )
        Swift.print(String(repeating: "-", count: nameWidth + 8 + 16 + 10 + 16 + 16))
        for row in rows {
            var line = pad(row.name, nameWidth) + lpad("\(row.inputCount)", 8)
            line += lpad(grouped(Int(row.perSecond)), 16) + lpad(oneDecimal(1e9 / row.perSecond), 10)
            line += lpad(grouped(Int(row.perWallSecond)), 16)
            if let target = row.target {
                line += "  > " + short(target) + (row.perSecond > target ? "  ok" : "  MISSED")
            }
            Swift.print(line)
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func lpad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// 12345678 → "12,345,678".
    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func short(_ value: Double) -> String {
        value >= 1e6 ? "\(Int(value / 1e6))M/s" : "\(Int(value))/s"
    }
}
