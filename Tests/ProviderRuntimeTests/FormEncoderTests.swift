import Foundation
import Testing

@_spi(Generated) @testable import ProviderRuntimeCore

/// PayArc's customer body: fields in exactly this order.
private struct PayArcCustomer: Encodable {
    var name = "John Smith"
    var email = "customer@xyz.com"
    var sendEmailAddress = "invoicing@xyz.com"
    var ccEmailAddress = "cc@xyz.com"
    var address1 = "103 Mason Street"
    var address2 = "2nd Floor"
    var city = "New York"
    var state = "NY"
    var zip = "10469"
    var phone = "541754301"
    var country = "US"

    enum CodingKeys: String, CodingKey {
        case name, email
        case sendEmailAddress = "send_email_address"
        case ccEmailAddress = "cc_email_address"
        case address1 = "address_1"
        case address2 = "address_2"
        case city, state, zip, phone, country
    }
}

private struct Address: Encodable {
    var line1: String
    var city: String?
}

private struct Charge: Encodable {
    var amount: Int
    var address: Address
    var tags: [String]
    var metadata: [String: String]
}

private struct Scalars: Encodable {
    var flag: Bool
    var ratio: Double
    var tiny: Double
    var big: Double
    var whole: Double
    var single: Float
    var price: Decimal
    var unsigned: UInt8
    var negative: Int64
    var nothing: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(flag, forKey: AnyCodingKey("flag"))
        try container.encode(ratio, forKey: AnyCodingKey("ratio"))
        try container.encode(tiny, forKey: AnyCodingKey("tiny"))
        try container.encode(big, forKey: AnyCodingKey("big"))
        try container.encode(whole, forKey: AnyCodingKey("whole"))
        try container.encode(single, forKey: AnyCodingKey("single"))
        try container.encode(price, forKey: AnyCodingKey("price"))
        try container.encode(unsigned, forKey: AnyCodingKey("unsigned"))
        try container.encode(negative, forKey: AnyCodingKey("negative"))
        try container.encodeOrNull(nothing, forKey: AnyCodingKey("nothing"))
    }
}

@Suite struct FormEncoderTests {
    @Test func payArcCustomerIsByteExact() throws {
        let expected =
            "name=John%20Smith&email=customer%40xyz.com&send_email_address=invoicing%40xyz.com&cc_email_address=cc%40xyz.com&address_1=103%20Mason%20Street&address_2=2nd%20Floor&city=New%20York&state=NY&zip=10469&phone=541754301&country=US"
        let data = try FormEncoder().encode(PayArcCustomer())
        #expect(data == Data(expected.utf8))
    }

    private let charge = Charge(
        amount: 500,
        address: Address(line1: "1 Main St", city: nil),
        tags: ["a", "b c"],
        metadata: ["order": "42", "customer": "7"]
    )

    @Test func bracketsStyle() throws {
        #expect(
            try FormEncoder(arrayStyle: .brackets).encodeToString(charge)
                == "amount=500&address[line1]=1%20Main%20St&tags[]=a&tags[]=b%20c&metadata[customer]=7&metadata[order]=42"
        )
    }

    @Test func indexedStyle() throws {
        #expect(
            try FormEncoder(arrayStyle: .indexed).encodeToString(charge)
                == "amount=500&address[line1]=1%20Main%20St&tags[0]=a&tags[1]=b%20c&metadata[customer]=7&metadata[order]=42"
        )
    }

    @Test func repeatedStyle() throws {
        #expect(
            try FormEncoder(arrayStyle: .repeated).encodeToString(charge)
                == "amount=500&address[line1]=1%20Main%20St&tags=a&tags=b%20c&metadata[customer]=7&metadata[order]=42"
        )
    }

    @Test func arraysOfObjectsIndexed() throws {
        struct Line: Encodable {
            var sku: String
            var qty: Int
        }
        struct Order: Encodable { var lines: [Line] }
        let order = Order(lines: [Line(sku: "A", qty: 1), Line(sku: "B", qty: 2)])
        #expect(
            try FormEncoder(arrayStyle: .indexed).encodeToString(order)
                == "lines[0][sku]=A&lines[0][qty]=1&lines[1][sku]=B&lines[1][qty]=2"
        )
    }

    @Test func emptyArraysAndObjectsWriteNothing() throws {
        struct Empty: Encodable {
            var tags: [String] = []
            var meta: [String: String] = [:]
            var name = "x"
        }
        #expect(try FormEncoder().encodeToString(Empty()) == "name=x")
    }

    @Test func scalarsInPlainNotation() throws {
        let scalars = Scalars(
            flag: true,
            ratio: 0.25,
            tiny: 0.00001,
            big: 1e21,
            whole: 10,
            single: 0.1,
            price: Decimal(string: "19.99")!,
            unsigned: 255,
            negative: -12,
            nothing: nil
        )
        #expect(
            try FormEncoder().encodeToString(scalars)
                == "flag=true&ratio=0.25&tiny=0.00001&big=1000000000000000000000&whole=10&single=0.1&price=19.99&unsigned=255&negative=-12&nothing="
        )
    }

    @Test func unicodeIsPercentEncodedUTF8() throws {
        struct Name: Encodable { var name: String }
        #expect(
            try FormEncoder().encodeToString(Name(name: "Zoë 日本 😀"))
                == "name=Zo%C3%AB%20%E6%97%A5%E6%9C%AC%20%F0%9F%98%80"
        )
    }

    @Test func reservedCharactersAreEncoded() throws {
        struct Note: Encodable { var text: String }
        let text = "a+b=c&d/e?f#g%h@i:j;k,l[m]n!o'p(q)r*s$t~u-v.w_x\"y\n"
        #expect(
            try FormEncoder().encodeToString(Note(text: text))
                == "text=a%2Bb%3Dc%26d%2Fe%3Ff%23g%25h%40i%3Aj%3Bk%2Cl%5Bm%5Dn%21o%27p%28q%29r%2As%24t~u-v.w_x%22y%0A"
        )
    }

    @Test func keysAreEncodedButStructuralBracketsAreNot() throws {
        struct Wrapper: Encodable {
            var meta: [String: String]
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeMap(meta, forKey: AnyCodingKey("my meta"))
            }
        }
        #expect(
            try FormEncoder().encodeToString(Wrapper(meta: ["a]b": "1", "c d": "2"]))
                == "my%20meta[a%5Db]=1&my%20meta[c%20d]=2"
        )
    }

    @Test func plainDictionariesAreSortedToo() throws {
        struct Holder: Encodable { var values: [String: Int] }
        let values = Dictionary(uniqueKeysWithValues: (0..<30).map { ("k\($0)", $0) })
        let text = try FormEncoder().encodeToString(Holder(values: values))
        let expected = values.keys.sorted().map { "values[\($0)]=\(values[$0]!)" }.joined(separator: "&")
        #expect(text == expected)
    }

    @Test func foundationValues() throws {
        struct Values: Encodable {
            var at: Date
            var link: URL
            var blob: Data
        }
        let values = Values(
            at: Date(timeIntervalSince1970: 1_566_656_122),
            link: URL(string: "https://x.com/a?b=c")!,
            blob: Data([0xFF, 0x00])
        )
        #expect(
            try FormEncoder().encodeToString(values)
                == "at=2019-08-24T14%3A15%3A22Z&link=https%3A%2F%2Fx.com%2Fa%3Fb%3Dc&blob=%2FwA%3D"
        )
    }

    @Test func jsonValueFields() throws {
        struct Holder: Encodable { var extra: JSONValue }
        let holder = Holder(extra: ["b": [1, true], "a": nil])
        #expect(
            try FormEncoder(arrayStyle: .indexed).encodeToString(holder) == "extra[a]=&extra[b][0]=1&extra[b][1]=true"
        )
    }

    @Test func topLevelNonObjectsAreRejected() {
        #expect(throws: EncodingError.self) { try FormEncoder().encode("bare") }
        #expect(throws: EncodingError.self) { try FormEncoder().encode(["a", "b"]) }
    }

    @Test func nonFiniteNumbersAreRejected() {
        struct Holder: Encodable { var value: Double }
        #expect(throws: EncodingError.self) { try FormEncoder().encode(Holder(value: .nan)) }
        #expect(throws: EncodingError.self) { try FormEncoder().encode(Holder(value: .infinity)) }
    }

    @Test func deterministicBetweenRuns() throws {
        let first = try FormEncoder().encode(charge)
        for _ in 0..<20 {
            #expect(try FormEncoder().encode(charge) == first)
        }
    }

    @Test(arguments: [
        ("1e-05", "0.00001"), ("1.5e+20", "150000000000000000000"), ("-2.5e-3", "-0.0025"), ("1.25", "1.25"),
        ("7e0", "7"), ("1.23e2", "123"),
    ])
    func exponentExpansion(text: String, plain: String) {
        #expect(PlainNumber.expand(text) == plain)
    }
}
