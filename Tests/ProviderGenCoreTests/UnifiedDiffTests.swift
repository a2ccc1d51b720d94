import Foundation
import Testing

@testable import ProviderGenCore

@Suite struct UnifiedDiffTests {
    @Test func showsChangedLinesWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let diff = UnifiedDiff.make(old: old, new: new, path: "A.swift")
        #expect(
            diff == """
                --- a/A.swift
                +++ b/A.swift
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """
        )
    }

    @Test func newFileIsAllInsertions() {
        let diff = UnifiedDiff.make(old: nil, new: "a\nb\n", path: "B.swift")
        #expect(diff == "--- /dev/null\n+++ b/B.swift\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    }
}
