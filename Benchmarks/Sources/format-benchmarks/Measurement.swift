/// Runs one benchmark row: repeats passes over a fixed input set, single-threaded, until at
/// least `minimumDuration` has passed, and reports validations per second.
struct Measurement {
    static let minimumDuration = Duration.milliseconds(300)

    let name: String
    let inputCount: Int
    let validations: Int
    let elapsed: Duration
    /// The rate this row must reach, if it has a target.
    let target: Double?

    var perSecond: Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(validations) / seconds
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
        for input in inputs { sink &+= body(input) } // warm-up: caches, lazy tables
        let clock = ContinuousClock()
        let start = clock.now
        var validations = 0
        var elapsed = Duration.zero
        repeat {
            for input in inputs { sink &+= body(input) }
            validations += inputs.count
            elapsed = clock.now - start
        } while elapsed < minimumDuration
        return Measurement(name: name, inputCount: inputs.count, validations: validations, elapsed: elapsed, target: target)
    }
}

/// Prints measurements as an aligned table.
enum Table {
    static func print(_ rows: [Measurement]) {
        let nameWidth = max(30, (rows.map(\.name.count).max() ?? 0) + 2)
        Swift.print(pad("row", nameWidth) + lpad("inputs", 8) + lpad("validations/s", 16) + lpad("ns each", 10) + "  target")
        Swift.print(String(repeating: "-", count: nameWidth + 8 + 16 + 10 + 16))
        for row in rows {
            var line = pad(row.name, nameWidth) + lpad("\(row.inputCount)", 8)
            line += lpad(grouped(Int(row.perSecond)), 16) + lpad(oneDecimal(1e9 / row.perSecond), 10)
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
