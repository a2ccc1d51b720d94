/// Pairs the members of two versions of a list (fields, parameters, enum values, statuses) by a
/// key, then pairs what is left over by a second key, which is how renames are recognised: a
/// field whose wire name changed keeps its Swift name, and the other way round.
struct MemberMatching<Member> {
    var matched: [(old: Member, new: Member)] = []
    /// Left over pairs matched by the second key.
    var renamed: [(old: Member, new: Member)] = []
    var removed: [Member] = []
    var added: [Member] = []

    init(old: [Member], new: [Member], key: (Member) -> String, renameKey: ((Member) -> String)? = nil) {
        var newByKey: [String: Member] = [:]
        for member in new where newByKey[key(member)] == nil {
            newByKey[key(member)] = member
        }
        var oldKeys = Set<String>()
        var leftOld: [Member] = []
        for member in old {
            oldKeys.insert(key(member))
            if let partner = newByKey[key(member)] {
                matched.append((member, partner))
            } else {
                leftOld.append(member)
            }
        }
        var leftNew = new.filter { !oldKeys.contains(key($0)) }
        if let renameKey {
            var leftNewByKey: [String: Int] = [:]
            for (position, member) in leftNew.enumerated() where leftNewByKey[renameKey(member)] == nil {
                leftNewByKey[renameKey(member)] = position
            }
            var taken = Set<Int>()
            leftOld = leftOld.filter { member in
                guard let position = leftNewByKey[renameKey(member)], !taken.contains(position) else { return true }
                taken.insert(position)
                renamed.append((member, leftNew[position]))
                return false
            }
            leftNew = leftNew.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
        }
        removed = leftOld
        added = leftNew
    }

    /// Whether the members both versions have appear in a different order, which reorders the
    /// arguments of a generated initialiser or method.
    static func reordered(old: [String], new: [String]) -> Bool {
        let common = Set(old).intersection(new)
        return old.filter(common.contains) != new.filter(common.contains)
    }
}
