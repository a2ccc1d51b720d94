/// The weighted sum behind the mod-11 check digits of AR CUIT/CUIL, CL RUT and PE RUC and DNI
/// (CountryFormats.md §2): the digits weighted 2, 3, 4, 5, 6, 7, 2, 3, … from the right. Each
/// document maps the remainder to its check character its own way.
enum Modulo11 {
    /// The weighted sum of the digits in `body`, modulo 11.
    static func remainder(_ text: CleanedText, body: Range<Int>) -> Int {
        var sum = 0
        var weight = 2
        for index in body.reversed() {
            sum += ASCII.digitValue(text[index]) * weight
            weight = weight == 7 ? 2 : weight + 1
        }
        return sum % 11
    }
}
