/// The response-reading keys of a field, `tolerate` and `alternateNames`: leniencies only the
/// decoder applies, so they matter for responses alone and never for Swift source.
struct ReadingComparer {
    let context: DiffContext
    let sides: WireSides
    let subject: String

    func compare(_ old: Field, _ new: Field) {
        let responseOnly = sides.intersection(.response)
        for tolerance in new.tolerances.subtracting(old.tolerances).sorted(by: { $0.rawValue < $1.rawValue }) {
            context.report(
                "tolerance-added",
                wire: responseOnly.impact(request: .none, response: .additive),
                source: .none,
                at: context.new.locator.key("tolerate", under: new.location),
                "\(subject) now tolerates \(tolerance.rawValue) in responses"
            )
        }
        for tolerance in old.tolerances.subtracting(new.tolerances).sorted(by: { $0.rawValue < $1.rawValue }) {
            context.report(
                "tolerance-removed",
                wire: responseOnly.impact(request: .none, response: .breaking),
                source: .none,
                at: context.old.locator.key("tolerate", under: old.location),
                "\(subject) no longer tolerates \(tolerance.rawValue) in responses"
            )
        }
        for name in new.alternateNames where !old.alternateNames.contains(name) {
            context.report(
                "alternate-name-added",
                wire: responseOnly.impact(request: .none, response: .additive),
                source: .none,
                at: context.new.locator.key("alternateNames", under: new.location),
                "\(subject) is also read from '\(name)' in responses"
            )
        }
        for name in old.alternateNames where !new.alternateNames.contains(name) && name != new.wireName {
            context.report(
                "alternate-name-removed",
                wire: responseOnly.impact(request: .none, response: .breaking),
                source: .none,
                at: context.old.locator.key("alternateNames", under: old.location),
                "\(subject) is no longer read from '\(name)' in responses"
            )
        }
    }
}
