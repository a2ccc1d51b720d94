/// A country with phone rules: its calling code and numbering plan (``PhoneTables/countries``).
/// Static strings keep it a plain value, so a ``StringFormat`` holding it copies without
/// reference counting.
struct PhoneCountry: Hashable, Sendable {
    /// ISO 3166-1 alpha-2, upper case.
    let country: StaticString
    /// ITU calling code without "+": "54".
    let callingCode: StaticString
    /// Each plan belongs to one country, so it identifies the entry.
    let plan: NumberingPlan

    static func == (lhs: PhoneCountry, rhs: PhoneCountry) -> Bool { lhs.plan == rhs.plan }
    func hash(into hasher: inout Hasher) { hasher.combine(plan) }

    /// Checks `value` as a phone number of this country (CountryFormats.md §3): E.164 or
    /// national input; a calling code that is not this country's is an error. The normalised
    /// value is the E.164 form, `+<calling code><NSN>`.
    func check(_ value: String, normalizing: Bool) -> FormatVerdict {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DialledDigits.capacity) { storage in
            var dialled = DialledDigits(storage: storage)
            if let reason = dialled.read(value) {
                return problem(reason)
            }
            if dialled.isInternational {
                guard dialled.digits.hasPrefix(callingCode) else {
                    return problem(mismatch(dialled.digits))
                }
                dialled.digits.dropFirst(callingCode.utf8CodeUnitCount)
            }
            if let reason = plan.nationalNumber(&dialled.digits, international: dialled.isInternational) {
                return problem(reason)
            }
            return FormatVerdict(normalized: normalizing ? dialled.digits.e164(callingCode: callingCode) : nil)
        }
    }

    private func problem(_ reason: String) -> FormatVerdict {
        FormatVerdict(
            normalized: nil,
            problems: [
                FormatProblem(
                    rule: StringFormat.phoneRule,
                    message: "not a valid phone number for \(country): \(reason)"
                )
            ]
        )
    }

    /// Names the country the calling code belongs to when it is one of ours.
    private func mismatch(_ digits: PhoneDigits) -> String {
        if let other = PhoneTables.countries.first(where: { digits.hasPrefix($0.callingCode) }) {
            return
                "the calling code +\(other.callingCode) is \(other.country)'s; \(country) numbers start with +\(callingCode)"
        }
        return "an international number for \(country) must start with +\(callingCode)"
    }
}
