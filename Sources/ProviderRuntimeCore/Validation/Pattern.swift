import Foundation

/// A regular expression from a schema, compiled once; matches the WHOLE value (anchored), so schema authors need not write ^…$.
///
/// The syntax is ICU's (that of `NSRegularExpression`). Declare patterns as `static let` so each
/// compiles once per process.
///
/// Patterns within the built-in linear-time matcher's subset (every pattern the generator
/// accepts) never reach ICU. Others run on ICU, which may give up on a value after a time
/// limit; that is reported as "cannot be checked", never as "does not match".
public final class Pattern: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written in the schema.
    public let source: String
    /// The engine's message when `source` does not compile.
    let compileErrorMessage: String?
    private let regex: SendableRegex?
    /// The same pattern run without ICU, when it is simple enough (most schema patterns are).
    private let program: PatternProgram?

    /// Never traps: if `source` does not compile, every check reports an issue saying so.
    public init(_ source: String) {
        self.source = source
        switch Self.compile(source) {
        case .success(let regex):
            self.regex = SendableRegex(regex)
            self.compileErrorMessage = nil
            self.program = try? PatternProgram.compile(source).get()
        case .failure(let message):
            self.regex = nil
            self.compileErrorMessage = message
            self.program = nil
        }
    }

    /// Whether the whole of `value` matches; false when the pattern does not compile, and when
    /// ICU gave up on the value (generated validators' `report.pattern` tells those apart).
    public func matches(_ value: String) -> Bool {
        verdict(value) == .matches
    }

    enum Verdict {
        case matches
        case doesNotMatch
        /// ICU stopped before deciding (its time or backtracking limit).
        case undecided
    }

    func verdict(_ value: String) -> Verdict {
        if let program {
            return program.matches(value) ? .matches : .doesNotMatch
        }
        return icuVerdict(value)
    }

    /// Whether matching runs on the built-in matcher rather than ICU.
    var isCompiledNatively: Bool {
        program != nil
    }

    func matchesWithICU(_ value: String) -> Bool {
        icuVerdict(value) == .matches
    }

    /// ICU's own limit ends a match after about 3,500 progress reports (1.5 s on Linux) and then
    /// reports "no match" with no error flag; stopping well before it is the only way to know
    /// the engine gave up rather than decided. Counted in reports, not seconds, so the verdict
    /// does not depend on the machine's load.
    static let icuProgressBudget = 1000

    /// ICU's verdict; `.undecided` when it needed more than ``icuProgressBudget`` progress
    /// reports or reported an internal error.
    func icuVerdict(_ value: String) -> Verdict {
        guard let regex else { return .doesNotMatch }
        let range = NSRange(location: 0, length: value.utf16.count)
        var matched = false
        var gaveUp = false
        var progressReports = 0
        regex.expression.enumerateMatches(in: value, options: [.reportProgress], range: range) { result, flags, stop in
            if result != nil {
                matched = true
                stop.pointee = true
            } else if flags.contains(.internalError) {
                gaveUp = true
            } else if flags.contains(.progress) {
                progressReports += 1
                if progressReports >= Self.icuProgressBudget {
                    gaveUp = true
                    stop.pointee = true
                }
            }
        }
        return matched ? .matches : gaveUp ? .undecided : .doesNotMatch
    }

    /// nil when the built-in linear-time matcher runs `source`, else why not and where, e.g.
    /// `the escape "\p" is not supported (…) (at character 2 of the pattern)`. The generator
    /// refuses such patterns: on ICU they could cost seconds per value or go undecided.
    /// Call it only for sources that compile (see ``compileError(_:)``).
    public static func builtInMatcherProblem(_ source: String) -> String? {
        switch PatternProgram.compile(source) {
        case .success: nil
        case .failure(let problem): problem.description
        }
    }

    /// nil when `source` compiles, else the engine's error message. The generator calls this at generation time.
    public static func compileError(_ source: String) -> String? {
        switch compile(source) {
        case .success: nil
        case .failure(let message): message
        }
    }

    public var description: String { source }

    public static func == (lhs: Pattern, rhs: Pattern) -> Bool {
        lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }

    private enum Compiled {
        case success(NSRegularExpression)
        case failure(String)
    }

    private static func compile(_ source: String) -> Compiled {
        // The source must compile on its own first: wrapping could otherwise hide a stray ")".
        // (ICU rejects an empty pattern, but anchored it simply means "the empty value".)
        if !source.isEmpty {
            do {
                _ = try NSRegularExpression(pattern: source)
            } catch {
                return .failure(diagnose(source))
            }
        }
        // \A…\z anchors the whole value (unlike ^…$, which also match before a final newline).
        // The plain wrap fails only when the source ends inside a free-spacing comment or an
        // unterminated \Q quote, which would swallow the closing ")"; a newline ends the
        // comment, \E the quote, and neither changes what the source matches.
        for terminator in ["", "\n", "\\E"] {
            if let regex = try? NSRegularExpression(pattern: "\\A(?:" + source + terminator + ")\\z") {
                return .success(regex)
            }
        }
        return .failure("cannot be anchored to the whole value")
    }

    /// Foundation reports only "the value is invalid" (with no position) on some platforms, so
    /// the reason comes from the Swift regex parser, whose syntax is close to ICU's.
    private static func diagnose(_ source: String) -> String {
        do {
            _ = try Regex(source)
            return "not accepted by the ICU regular expression engine"
        } catch {
            return String(describing: error)
        }
    }
}

/// `NSRegularExpression` is immutable after creation and documented as safe to use for matching
/// from several threads at once, but is not declared `Sendable` on every platform.
private struct SendableRegex: @unchecked Sendable {
    let expression: NSRegularExpression

    init(_ expression: NSRegularExpression) {
        self.expression = expression
    }
}
