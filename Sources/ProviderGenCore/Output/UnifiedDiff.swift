/// A unified diff (`diff -u` style) between two texts, for `generate --check`: the user sees
/// exactly which generated lines are stale.
public enum UnifiedDiff {
    public static func make(old: String?, new: String, path: String, context: Int = 3) -> String {
        let oldLines = old.map(lines) ?? []
        let newLines = lines(new)
        let edits = script(oldLines, newLines)
        var output = "--- \(old == nil ? "/dev/null" : "a/" + path)\n+++ b/\(path)\n"
        var index = 0
        while index < edits.count {
            guard let firstChange = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = firstChange
            // Extend the hunk while changes are closer than two contexts apart.
            var scan = firstChange
            while scan < edits.count {
                if edits[scan].kind != .same {
                    end = scan
                    scan += 1
                } else if let next = edits[scan...].firstIndex(where: { $0.kind != .same }), next - end <= context * 2 {
                    scan = next
                } else {
                    break
                }
            }
            let start = max(index, firstChange - context)
            let stop = min(edits.count - 1, end + context)
            let hunk = edits[start...stop]
            let oldStart = hunk.first { $0.kind != .insert }?.oldIndex ?? (edits[start].oldIndex)
            let newStart = hunk.first { $0.kind != .delete }?.newIndex ?? (edits[start].newIndex)
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output +=
                "@@ -\(oldCount == 0 ? oldStart : oldStart + 1),\(oldCount) +\(newCount == 0 ? newStart : newStart + 1),\(newCount) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: output += " " + oldLines[edit.oldIndex] + "\n"
                case .delete: output += "-" + oldLines[edit.oldIndex] + "\n"
                case .insert: output += "+" + newLines[edit.newIndex] + "\n"
                }
            }
            index = stop + 1
        }
        return output
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Longest-common-subsequence edit script. Common prefix and suffix are trimmed first, so the
    /// quadratic table only covers the changed middle, which is small for a stale file.
    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        var edits = (0..<prefix).map { Edit(kind: .same, oldIndex: $0, newIndex: $0) }
        edits += middleScript(oldMiddle, newMiddle, oldOffset: prefix, newOffset: prefix)
        edits += (0..<suffix).map {
            Edit(kind: .same, oldIndex: old.count - suffix + $0, newIndex: new.count - suffix + $0)
        }
        return edits
    }

    private static func middleScript(_ old: [String], _ new: [String], oldOffset: Int, newOffset: Int) -> [Edit] {
        // Past this size a full replacement is clearer than an expensive minimal diff.
        guard old.count * new.count <= 4_000_000 else {
            return old.indices.map { Edit(kind: .delete, oldIndex: oldOffset + $0, newIndex: newOffset) }
                + new.indices.map { Edit(kind: .insert, oldIndex: oldOffset + old.count, newIndex: newOffset + $0) }
        }
        let columns = new.count + 1
        var table = [Int](repeating: 0, count: (old.count + 1) * columns)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i * columns + j] =
                    old[i] == new[j]
                    ? table[(i + 1) * columns + j + 1] + 1
                    : max(table[(i + 1) * columns + j], table[i * columns + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(kind: .same, oldIndex: oldOffset + i, newIndex: newOffset + j))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || table[(i + 1) * columns + j] >= table[i * columns + j + 1] {
                // Deletions first, as diff -u prints them.
                edits.append(Edit(kind: .delete, oldIndex: oldOffset + i, newIndex: newOffset + j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, oldIndex: oldOffset + i, newIndex: newOffset + j))
                j += 1
            }
        }
        return edits
    }
}
