import ProviderRuntime

// Validations per second of every ProviderRuntime format, single thread, release build:
//
//     swift run -c release --package-path Benchmarks format-benchmarks [row filter]
//
// Targets from the task: every check-digit format above 5 million/s, a full Koywe contact
// (email + phone + document + tax id) above 1 million/s.

extension FormatVerdict {
    /// What a validation feeds the sink: validity and normalised length, so the whole verdict
    /// must be computed.
    var digest: Int {
        (isValid ? 1 : 0) &+ (normalized?.utf8.count ?? 0)
    }
}

let checkDigitTarget = 5_000_000.0
let requestTarget = 1_000_000.0

var bench = Bench(filter: CommandLine.arguments.dropFirst().first)

for (country, type, hasCheckDigit) in Inputs.documentKinds {
    let format = StringFormat.document(country: country, type: type)
    bench.run(
        "document \(country) \(type)",
        target: hasCheckDigit ? checkDigitTarget : nil,
        inputs: Inputs.document(country, type)
    ) { format.check($0).digest }
}
for country in Inputs.phoneCountries {
    let format = StringFormat.phone(country: country)
    bench.run("phone \(country)", inputs: Inputs.phones(country)) { format.check($0).digest }
}
bench.run("email", inputs: Inputs.emails) { StringFormat.email.check($0).digest }
bench.run("iban", target: checkDigitTarget, inputs: Inputs.ibans) { StringFormat.iban.check($0).digest }
bench.run("bic", inputs: Inputs.bics) { StringFormat.bic.check($0).digest }
bench.run("countryCode", inputs: Inputs.countryCodes) { StringFormat.countryCode.check($0).digest }
bench.run("currencyCode", inputs: Inputs.currencyCodes) { StringFormat.currencyCode.check($0).digest }
bench.run("invalid mix (8 formats)", inputs: Inputs.invalidMix()) { $0.format.check($0.value).digest }
bench.run("full Koywe request (4 checks)", target: requestTarget, inputs: Contact.samples()) { $0.validate() }

Table.print(bench.rows)
print(
    "(single thread, release build; rate per second of the thread's CPU time, at least \(Measurement.minimumSeconds) s per row;"
)
print(" \(Inputs.size) deterministic inputs per row; checksum \(bench.sink))")
