import Foundation
import Testing

@testable import ProviderGenCore

/// Inputs written to break a parser: each must end in a clear diagnostic (or a correct
/// tree) quickly, never in a crash, a hang or a memory blow-up.
/// Hostile input must fail fast, not run away: the time limit catches a hang, generously for a
/// loaded debug build. Speed itself is measured in Benchmarks/.
@Suite("YAML hostile input", .timeLimit(.minutes(10)))
struct YAMLHostileInputTests {
    static let file = "schemas/hostile.yaml"

    static func parse(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> YAMLParseResult {
        YAMLReader.parse(bytes, file: file, limits: limits)
    }

    static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLParseResult {
        parse(Array(text.utf8), limits: limits)
    }

    static func at(_ line: Int, _ column: Int) -> ProviderGenCore.SourceLocation {
        ProviderGenCore.SourceLocation(file: file, line: line, column: column)
    }

    /// Checked outside `#expect`'s expression so that a failure never prints the tree:
    /// after an alias bomb or deep nesting that got through, printing it would hang the run.
    static func expectNoTree(_ result: YAMLParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let hasTree = result.root != nil
        #expect(!hasTree, "expected no tree; diagnostics: \(result.diagnostics)", sourceLocation: sourceLocation)
    }

    static func pairs(_ node: YAMLNode?) -> [YAMLNode.Pair] {
        guard case .mapping(let pairs)? = node?.content else { return [] }
        return pairs
    }

    static func depth(of node: YAMLNode) -> Int {
        var deepest = 0
        var pending: [(YAMLNode, Int)] = [(node, 0)]
        while let (current, level) = pending.popLast() {
            switch current.content {
            case .scalar:
                deepest = max(deepest, level)
            case .sequence(let items):
                deepest = max(deepest, level + 1)
                pending += items.map { ($0, level + 1) }
            case .mapping(let pairs):
                deepest = max(deepest, level + 1)
                pending += pairs.map { ($0.value, level + 1) }
            }
        }
        return deepest
    }

    // MARK: Aliases

    @Test func billionLaughsFailsAtTheFirstAliasOverTheLimit() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]"
            )
        }
        let result = Self.parse(lines.joined(separator: "\n"))
        Self.expectNoTree(result)
        // a=10 nodes, b=91, c=820, d=7381: the first *d in `e` crosses 10,000.
        #expect(
            result.diagnostics == [
                .error(
                    at: Self.at(5, 8),
                    "alias '*d' repeats 7381 nodes, taking the nodes added by aliases past the limit of 10000"
                )
            ]
        )
    }

    @Test func aliasBudgetIsExact() {
        let anchor = "base: &x [1, 2, 3, 4, 5, 6, 7, 8, 9]\n"  // 10 nodes
        let allowed = Self.parse(anchor + "uses: [*x, *x, *x]\n", limits: YAMLLimits(maxAliasNodes: 30))
        #expect(allowed.diagnostics.isEmpty)
        #expect(allowed.root != nil)

        let over = Self.parse(anchor + "uses: [*x, *x, *x, *x]\n", limits: YAMLLimits(maxAliasNodes: 30))
        Self.expectNoTree(over)
        #expect(over.diagnostics.map(\.location) == [Self.at(2, 20)])
    }

    @Test func aliasCannotSpliceInNestingBeyondTheLimit() {
        let deep = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        let wrapper = String(repeating: "[", count: 50) + "*d" + String(repeating: "]", count: 50)
        let result = Self.parse("deep: &d \(deep)\nwrap: \(wrapper)\n")
        Self.expectNoTree(result)
        #expect(
            result.diagnostics == [
                .error(at: Self.at(2, 57), "alias '*d' nests collections deeper than 100 levels")
            ]
        )
    }

    // MARK: Nesting

    @Test func tenThousandOpenBracketsStopAtTheDepthLimit() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = Self.parse(text)
        Self.expectNoTree(result)
        #expect(result.diagnostics == [.error(at: Self.at(1, 101), "collections are nested deeper than 100 levels")])

        let flowMappings = String(repeating: "{a: ", count: 10_000)
        let mappingResult = Self.parse(flowMappings)
        #expect(mappingResult.diagnostics.map(\.location) == [Self.at(1, 401)])

        let compactBlockSequences = String(repeating: "- ", count: 10_000) + "x"
        let blockResult = Self.parse(compactBlockSequences)
        Self.expectNoTree(blockResult)
        #expect(blockResult.diagnostics.map(\.location) == [Self.at(1, 201)])
    }

    @Test func nestingExactlyAtTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 100) + "x" + String(repeating: "]", count: 100)
        let result = Self.parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(Self.depth(of: try #require(result.root)) == 100)
    }

    @Test func tenThousandNestedBlockMappingsStopAtTheDepthLimit() {
        // Block nesting needs one more space per level, so 10,000 levels take ~50 MB;
        // the input limit is raised so that depth, not size, is what gets tested.
        var bytes: [UInt8] = []
        let levels = 10_000
        bytes.reserveCapacity(levels * (levels + 7) / 2 + levels * 4)
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: levels)
        let key = Array("key:\n".utf8)
        for level in 0..<levels {
            bytes += spaces[0..<level]
            bytes += key
        }
        let limits = YAMLLimits(maxInputBytes: 64 << 20)
        let result = Self.parse(bytes, limits: limits)
        Self.expectNoTree(result)
        #expect(result.diagnostics == [.error(at: Self.at(101, 101), "collections are nested deeper than 100 levels")])
    }

    // MARK: Size

    @Test func hundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yaml-hostile-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.yaml").path

        let chunk = Data(String(repeating: "key: value\n", count: (1 << 20) / 11 + 1).utf8.prefix(1 << 20))
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.close()
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 100 << 20)

        let readBefore = Self.bytesReadByProcess()
        let result = YAMLReader.parse(contentsOf: path, displayPath: "schemas/huge.yaml")
        let readAfter = Self.bytesReadByProcess()

        Self.expectNoTree(result)
        #expect(
            result.diagnostics == [
                .error(
                    at: ProviderGenCore.SourceLocation(file: "schemas/huge.yaml", line: 1, column: 1),
                    "file is 100.0 MB, larger than the 8.0 MB limit for YAML input"
                )
            ]
        )
        if let readBefore, let readAfter {
            // Other tests may read small files meanwhile; reading this one would add 100 MB.
            #expect(readAfter - readBefore < 10 << 20, "read \(readAfter - readBefore) bytes")
        }
        try FileManager.default.removeItem(atPath: path)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Bytes this process has read through system calls, where Linux exposes it.
    static func bytesReadByProcess() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("rchar:") {
            return Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    @Test func oversizedBytesAreRefusedBeforeParsing() {
        let limits = YAMLLimits(maxInputBytes: 1024)
        let exact = Self.parse([UInt8](repeating: UInt8(ascii: "a"), count: 1024), limits: limits)
        #expect(exact.diagnostics.isEmpty)
        #expect(exact.root?.scalar?.count == 1024)

        let over = Self.parse([UInt8](repeating: UInt8(ascii: "a"), count: 2048), limits: limits)
        Self.expectNoTree(over)
        #expect(
            over.diagnostics == [
                .error(at: Self.at(1, 1), "file is 2.0 KB, larger than the 1.0 KB limit for YAML input")
            ]
        )

        // One byte over the default limit must not print as equal to it.
        let justOver = Self.parse([UInt8](repeating: UInt8(ascii: "a"), count: (8 << 20) + 1))
        #expect(justOver.diagnostics.map(\.message) == ["file is 8.1 MB, larger than the 8.0 MB limit for YAML input"])
    }

    // MARK: Encoding

    @Test func invalidUTF8IsReportedAtTheBadByte() {
        let leading = Self.parse(Array("name: ok\r\nnäme: x".utf8) + [0xFF] + Array("y\n".utf8))
        Self.expectNoTree(leading)
        #expect(leading.diagnostics == [.error(at: Self.at(2, 8), "invalid leading UTF-8 octet (byte 0xFF)")])

        let trailing = Self.parse(Array("a: 1\nb: x".utf8) + [0xC3, 0x28])
        #expect(trailing.diagnostics == [.error(at: Self.at(2, 6), "invalid trailing UTF-8 octet (byte 0x28)")])

        let surrogate = Self.parse(Array("a: x".utf8) + [0xED, 0xA0, 0x80])
        #expect(surrogate.diagnostics == [.error(at: Self.at(1, 5), "invalid Unicode character (U+D800)")])

        let truncated = Self.parse(Array("a: x".utf8) + [0xE2, 0x82])
        #expect(truncated.diagnostics == [.error(at: Self.at(1, 5), "incomplete UTF-8 octet sequence")])
    }

    @Test func nulAndControlBytesAreReportedWhereTheyAre() {
        let nul = Self.parse(Array("a: 1\nbb: x".utf8) + [0] + Array("y\n".utf8))
        Self.expectNoTree(nul)
        #expect(nul.diagnostics == [.error(at: Self.at(2, 6), "control characters are not allowed (U+0000)")])

        let leadingNul = Self.parse([0, 0, 0])
        #expect(leadingNul.diagnostics == [.error(at: Self.at(1, 1), "control characters are not allowed (U+0000)")])

        let bell = Self.parse("a: \"x\u{1}\"\n")
        #expect(bell.diagnostics == [.error(at: Self.at(1, 6), "control characters are not allowed (U+0001)")])
    }

    @Test func byteOrderMarkIsAcceptedAndNotCounted() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let result = Self.parse(bom + Array("a: 1\nb: [x]\n".utf8))
        #expect(result.diagnostics.isEmpty)
        let pairs = Self.pairs(result.root)
        #expect(pairs.map { $0.key.scalar } == ["a", "b"])
        #expect(pairs.first?.key.location == Self.at(1, 1))
        #expect(pairs.first?.value.resolved == .int(1))
        guard case .sequence(let items)? = pairs.last?.value.content else {
            Issue.record("b is not a sequence")
            return
        }
        #expect(items.map(\.location) == [Self.at(2, 5)])

        let badAfterBOM = Self.parse(bom + Array("a: ".utf8) + [0xFF])
        #expect(badAfterBOM.diagnostics.map(\.location) == [Self.at(1, 4)])

        let onlyBOM = Self.parse(bom)
        Self.expectNoTree(onlyBOM)
        #expect(onlyBOM.diagnostics.isEmpty)
    }

    @Test func utf16InputWithByteOrderMarkIsReadAndLocated() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a: 1\nb: x".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let clean = Self.parse(bytes)
        #expect(clean.diagnostics.isEmpty)
        #expect(Self.pairs(clean.root).map { $0.key.scalar } == ["a", "b"])

        // A lone high surrogate where `x` would continue.
        let broken = Self.parse(bytes + [0x00, 0xD8])
        #expect(broken.diagnostics == [.error(at: Self.at(2, 5), "incomplete UTF-16 surrogate pair")])
    }

    // MARK: Whitespace and line ends

    @Test func tabIndentationGivesLibyamlsErrorAtTheTab() {
        let result = Self.parse("a:\n\tb: 1\n")
        Self.expectNoTree(result)
        #expect(
            result.diagnostics == [
                .error(
                    at: Self.at(2, 1),
                    "found character that cannot start any token while scanning for the next token"
                )
            ]
        )

        let later = Self.parse("a:\n  b: 1\n\tc: 2\n")
        Self.expectNoTree(later)
        #expect(later.diagnostics.map(\.location) == [Self.at(3, 1)])
        #expect(later.diagnostics.first?.message.contains("tab") == true)
    }

    @Test func crlfLineEndsCountAsOneLine() throws {
        let result = Self.parse("a: 1\r\nb:\r\n  c: 2\r\n  d: |\r\n    x\r\n    y\r\ne: z\r\n")
        #expect(result.diagnostics.isEmpty)
        let pairs = Self.pairs(result.root)
        #expect(pairs.map { $0.key.location } == [Self.at(1, 1), Self.at(2, 1), Self.at(7, 1)])
        #expect(pairs.first?.value.scalar == "1")
        let nested = Self.pairs(pairs[1].value)
        #expect(nested.map { $0.key.location } == [Self.at(3, 3), Self.at(4, 3)])
        #expect(nested.last?.value.content == .scalar("x\ny\n", .literal))
        #expect(nested.last?.value.location == Self.at(4, 6))

        let error = Self.parse("a: 1\r\nb: 2\r\nc: @\r\n")
        #expect(error.diagnostics.map(\.location) == [Self.at(3, 4)])
        let encoding = Self.parse(Array("a: 1\r\nb: 2\r\nc: ".utf8) + [0xFE])
        #expect(encoding.diagnostics.map(\.location) == [Self.at(3, 4)])
    }

    @Test func emptyAndCommentOnlyFilesHaveNoRoot() {
        for input in ["", "# only a comment\n", "# one\n   # two\n\n", "\n\n   \n", "\r\n"] {
            let result = Self.parse(input)
            #expect(result.root == nil, "\(input.debugDescription)")
            #expect(result.diagnostics.isEmpty, "\(input.debugDescription)")
        }
    }

    // MARK: Documents and keys

    @Test func secondDocumentIsAnError() {
        let expected = "a schema file holds one YAML document; found a second one"
        let implicitFirst = Self.parse("a: 1\n---\nb: 2\n")
        Self.expectNoTree(implicitFirst)
        #expect(implicitFirst.diagnostics == [.error(at: Self.at(2, 1), expected)])

        let explicitBoth = Self.parse("---\na: 1\n---\nb: 2\n")
        #expect(explicitBoth.diagnostics == [.error(at: Self.at(3, 1), expected)])

        let afterEnd = Self.parse("a: 1\n...\n---\nb: 2\n")
        #expect(afterEnd.diagnostics == [.error(at: Self.at(3, 1), expected)])

        let emptySecond = Self.parse("a: 1\n---\n")
        #expect(emptySecond.diagnostics == [.error(at: Self.at(2, 1), expected)])

        let endMarkerOnly = Self.parse("a: 1\n...\n")
        #expect(endMarkerOnly.diagnostics.isEmpty)
        #expect(endMarkerOnly.root != nil)
    }

    @Test func nonStringKeysAreKeptAsWritten() throws {
        let result = Self.parse(
            """
            ? [a, b]
            : sequence
            1: integer
            {x: y}: mapping
            ~: nothing
            """
        )
        #expect(result.diagnostics.isEmpty)
        let keys = Self.pairs(result.root).map(\.key)
        try #require(keys.count == 4)
        #expect(
            keys[0].content
                == .sequence([
                    YAMLNode(.scalar("a", .plain), location: Self.at(1, 4)),
                    YAMLNode(.scalar("b", .plain), location: Self.at(1, 7)),
                ])
        )
        #expect(keys[1].content == .scalar("1", .plain))
        #expect(keys[1].resolved == .int(1))
        #expect(
            keys[2].content
                == .mapping([
                    YAMLNode.Pair(
                        key: YAMLNode(.scalar("x", .plain), location: Self.at(4, 2)),
                        value: YAMLNode(.scalar("y", .plain), location: Self.at(4, 5))
                    )
                ])
        )
        #expect(keys[3].isNull)
        #expect(Self.pairs(result.root).map { $0.value.scalar } == ["sequence", "integer", "mapping", "nothing"])
    }

    // MARK: Volume

    @Test func hugeMappingStaysFastAndFindsLateDuplicates() {
        var text = ""
        for index in 0..<20_000 { text += "key\(index): \(index)\n" }
        text += "key7: again\n"
        let result = Self.parse(text)
        #expect(result.diagnostics.map(\.location) == [Self.at(20_001, 1)])
        #expect(result.diagnostics.first?.notes.map(\.location) == [Self.at(8, 1)])
        let pairCount = Self.pairs(result.root).count
        #expect(pairCount == 20_001)
    }

    @Test func longScalarsAndLongKeysAreHandled() {
        let long = String(repeating: "x", count: 1 << 20)
        let values = Self.parse("a: \(long)\nb: '\(long)'\n")
        #expect(values.diagnostics.isEmpty)
        let lengths = Self.pairs(values.root).map { $0.value.scalar?.utf8.count }
        #expect(lengths == [1 << 20, 1 << 20])

        // libyaml caps implicit keys at 1024 characters; longer ones need `? key`.
        let implicit = Self.parse("\(long): 1\n")
        Self.expectNoTree(implicit)
        #expect(
            implicit.diagnostics == [
                .error(at: Self.at(1, (1 << 20) + 1), "mapping values are not allowed in this context")
            ]
        )

        let explicit = Self.parse("? \(long)\n: 1\n? \(long)\n: 2\n")
        #expect(explicit.root != nil)
        #expect(explicit.diagnostics.map(\.location) == [Self.at(3, 3)])
        // The duplicate message quotes a shortened key, not a megabyte of it.
        #expect((explicit.diagnostics.first?.message.count ?? .max) < 120)
    }

    /// Random mixes of YAML punctuation and odd bytes: every input must come back, and
    /// every diagnostic must point inside the input.
    @Test func randomGarbageNeverCrashesOrHangs() {
        let pieces: [[UInt8]] =
            [
                "[", "]", "{", "}", ":", ": ", "- ", "? ", ",", "&a ", "*a", "!!int ", "!x ", "'", "\"", "|", ">",
                "#", "---", "...", "\n", "\r\n", "\t", "  ", "key", "1", "~", "\\", "%YAML 1.2\n", "@", "`",
            ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 40) { bytes += pieces[next() % pieces.count] }
            let result = Self.parse(bytes)
            let lineCount = bytes.filter { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }.count + 1
            // Trees with a fatal error are dropped; only duplicate keys may accompany a root.
            if result.root != nil {
                #expect(
                    result.diagnostics.allSatisfy { $0.message.hasPrefix("duplicate key") },
                    "\(result.diagnostics)"
                )
            }
            for diagnostic in result.diagnostics {
                #expect(
                    diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount,
                    "\(diagnostic) for \(bytes)"
                )
                #expect(
                    diagnostic.location.column >= 1 && diagnostic.location.column <= bytes.count + 1,
                    "\(diagnostic) for \(bytes)"
                )
            }
        }
    }
}
