import Foundation

/// Large PayArc customer responses (the seed's) whose `json`-typed field, `payment_overdue`, holds the bulk:
/// the shape issue 17 measured (146 s for 50 MB before the strict reader).
enum LargeBodies {
    /// About `bytes` long: `payment_overdue` is an array of invoice records, each with strings,
    /// numbers (some with fractions), a boolean, a null and a small array.
    static func records(bytes: Int) -> Data {
        var items: [String] = []
        var size = 0
        var index = 0
        while size < bytes {
            let item =
                #"{"invoice":"inv_\#(index)","amount":\#(index % 100_000).\#(index % 100),"paid":\#(index % 3 == 0),"#
                + #""note":null,"lines":[\#(index % 7),\#(index % 11),\#(index % 13)],"customer":"cus_KPxMADVnxMV4nNjp"}"#
            items.append(item)
            size += item.utf8.count + 1
            index += 1
        }
        return customer(overdue: "[" + items.joined(separator: ",") + "]")
    }

    /// About `bytes` long: `payment_overdue` is an array of numbers, the hostile body's shape at a
    /// legitimate size.
    static func numbers(bytes: Int) -> Data {
        let count = bytes / 9
        let numbers = (0..<count).map { "\($0 % 100_000).\($0 % 10)" }
        return customer(overdue: "[" + numbers.joined(separator: ",") + "]")
    }

    /// The seed customer with `overdue` as its `payment_overdue`.
    private static func customer(overdue: String) -> Data {
        let seed = String(decoding: SeedBodies.payArc, as: UTF8.self)
        let replaced = seed.replacingOccurrences(
            of: #""payment_overdue": null"#,
            with: #""payment_overdue": "# + overdue
        )
        precondition(replaced != seed, "the seed has no null payment_overdue")
        return Data(replaced.utf8)
    }
}
