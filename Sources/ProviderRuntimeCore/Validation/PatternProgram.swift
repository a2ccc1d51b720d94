/// A compiled ``PatternNode``: a Thompson NFA matched in one pass over the value's scalars.
///
/// Whole-value matching needs only "does any path reach the end", so the simulation keeps a set
/// of live states instead of backtracking: time is linear in the value, there is no recursion
/// that long input could overflow, and working memory lives on the stack.
final class PatternProgram: Sendable {
    private enum State {
        case consume(predicate: Int, next: Int)
        case split(Int, Int)
        case accept
    }

    // Flattened for the matching loop: three Int32 per state (kind, then predicate and next for
    // `consume`, or the two targets for `split`), and two ASCII mask words per predicate.
    private let code: [Int32]
    private let masks: [UInt64]
    private let predicates: [ScalarPredicate]
    private let start: Int
    private static let consume: Int32 = 0
    private static let split: Int32 = 1
    private static let accept: Int32 = 2

    /// Matching costs up to this many steps per scalar of the value. Large counted repeats
    /// (`[A-Z0-9]{1,1000}` needs about 2,000 states) fit; repeats of repeats that multiply beyond
    /// it are refused.
    static let stateLimit = 4096

    /// Compiles `source`, or says why the built-in matcher cannot run it.
    static func compile(_ source: String) -> Result<PatternProgram, PatternSupportProblem> {
        PatternParser.parse(source).flatMap { node in
            guard let program = PatternProgram(node) else {
                return .failure(
                    PatternSupportProblem(
                        reason: "the pattern needs more than \(stateLimit) matcher states; use smaller counted repeats",
                        position: 1
                    )
                )
            }
            return .success(program)
        }
    }

    /// nil when `node` needs more than ``stateLimit`` states.
    private init?(_ node: PatternNode) {
        var builder = Builder()
        let accept = builder.add(.accept)
        guard let start = builder.compile(node, next: accept), builder.states.count <= Self.stateLimit else {
            return nil
        }
        code = builder.states.flatMap { state -> [Int32] in
            switch state {
            case .consume(let predicate, let next): [Self.consume, Int32(predicate), Int32(next)]
            case .split(let first, let second): [Self.split, Int32(first), Int32(second)]
            case .accept: [Self.accept, 0, 0]
            }
        }
        masks = builder.predicates.flatMap { [$0.asciiMask.low, $0.asciiMask.high] }
        predicates = builder.predicates
        self.start = start
    }

    private struct Builder {
        var states: [State] = []
        var predicates: [ScalarPredicate] = []

        mutating func add(_ state: State) -> Int {
            states.append(state)
            return states.count - 1
        }

        /// Builds `node` so that it continues at `next`; returns its entry state. Built back to
        /// front, so every state's successors already exist.
        mutating func compile(_ node: PatternNode, next: Int) -> Int? {
            guard states.count <= PatternProgram.stateLimit else { return nil }
            switch node {
            case .empty:
                return next
            case .scalar(let predicate):
                predicates.append(predicate)
                return add(.consume(predicate: predicates.count - 1, next: next))
            case .sequence(let items):
                var entry = next
                for item in items.reversed() {
                    guard let itemEntry = compile(item, next: entry) else { return nil }
                    entry = itemEntry
                }
                return entry
            case .alternatives(let branches):
                var entries: [Int] = []
                for branch in branches {
                    guard let entry = compile(branch, next: next) else { return nil }
                    entries.append(entry)
                }
                guard var entry = entries.last else { return next }
                for branchEntry in entries.dropLast().reversed() {
                    entry = add(.split(branchEntry, entry))
                }
                return entry
            case .repeated(let body, let minimum, let maximum):
                var entry: Int
                if let maximum {
                    // Optional copies: each may be skipped straight to `next`.
                    entry = next
                    for _ in 0..<(maximum - minimum) {
                        guard let bodyEntry = compile(body, next: entry) else { return nil }
                        entry = add(.split(bodyEntry, next))
                    }
                } else {
                    // A loop: the split is created first so the body can return to it.
                    let loop = add(.accept)
                    guard let bodyEntry = compile(body, next: loop) else { return nil }
                    states[loop] = .split(bodyEntry, next)
                    entry = loop
                }
                for _ in 0..<minimum {
                    guard let bodyEntry = compile(body, next: entry) else { return nil }
                    entry = bodyEntry
                }
                return entry
            }
        }
    }

    func matches(_ value: String) -> Bool {
        if let result = value.utf8.withContiguousStorageIfAvailable({ run(over: $0) }) {
            return result
        }
        var copy = value
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { run(over: $0) } ?? false
    }

    private func run(over bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = code.count / 3
        // Two state lists, a generation mark per state, and a work stack for epsilon moves.
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * 4) { memory in
            code.withUnsafeBufferPointer { code in
                masks.withUnsafeBufferPointer { masks in
                    guard let base = memory.baseAddress else { return false }
                    let marks = base + 2 * count
                    let stack = base + 3 * count
                    marks.initialize(repeating: -1, count: count)
                    var current = base
                    var next = base + count
                    var generation: Int32 = 0
                    var currentCount = closure(
                        of: start,
                        into: current,
                        count: 0,
                        code: code,
                        marks: marks,
                        generation: generation,
                        stack: stack
                    )
                    var offset = 0
                    while offset < bytes.count {
                        let scalar = Self.decode(bytes, at: &offset)
                        generation += 1
                        var nextCount = 0
                        for index in 0..<currentCount {
                            let state = Int(current[index]) * 3
                            guard code[state] == Self.consume else { continue }
                            let predicate = Int(code[state + 1])
                            let allowed =
                                scalar < 64
                                ? masks[predicate * 2] & (1 << UInt64(scalar)) != 0
                                : scalar < 128
                                    ? masks[predicate * 2 + 1] & (1 << UInt64(scalar &- 64)) != 0
                                    : predicates[predicate].matches(scalar)
                            if allowed {
                                nextCount = closure(
                                    of: Int(code[state + 2]),
                                    into: next,
                                    count: nextCount,
                                    code: code,
                                    marks: marks,
                                    generation: generation,
                                    stack: stack
                                )
                            }
                        }
                        if nextCount == 0 {
                            return false
                        }
                        swap(&current, &next)
                        currentCount = nextCount
                    }
                    for index in 0..<currentCount where code[Int(current[index]) * 3] == Self.accept {
                        return true
                    }
                    return false
                }
            }
        }
    }

    /// The scalar starting at `offset` in valid UTF-8 (which a `String` always is); advances `offset`.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int) -> UInt32 {
        let lead = UInt32(bytes[offset])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1, offset + length <= bytes.count else {
            offset += 1
            return lead
        }
        var scalar = lead & (0x7F >> UInt32(length))
        for position in 1..<length {
            scalar = scalar << 6 | UInt32(bytes[offset + position] & 0x3F)
        }
        offset += length
        return scalar
    }

    /// Adds `state` and everything reachable from it without consuming input to `list`.
    @inline(__always)
    private func closure(
        of state: Int,
        into list: UnsafeMutablePointer<Int32>,
        count: Int,
        code: UnsafeBufferPointer<Int32>,
        marks: UnsafeMutablePointer<Int32>,
        generation: Int32,
        stack: UnsafeMutablePointer<Int32>
    ) -> Int {
        var count = count
        var depth = 0
        // Each state is marked before it is pushed, so the stack never holds more than the state count.
        if marks[state] != generation {
            marks[state] = generation
            stack[0] = Int32(state)
            depth = 1
        }
        while depth > 0 {
            depth -= 1
            let current = Int(stack[depth])
            if code[current * 3] == Self.split {
                // Second target pushed first so the first is explored first (order only affects
                // list order, not the answer).
                let second = Int(code[current * 3 + 2])
                if marks[second] != generation {
                    marks[second] = generation
                    stack[depth] = Int32(second)
                    depth += 1
                }
                let first = Int(code[current * 3 + 1])
                if marks[first] != generation {
                    marks[first] = generation
                    stack[depth] = Int32(first)
                    depth += 1
                }
            } else {
                list[count] = Int32(current)
                count += 1
            }
        }
        return count
    }
}
