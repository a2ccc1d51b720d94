import Foundation

/// The providers' documented response bodies, the same files the generated-client tests decode
/// (Tests/Fixtures/ResponseBodies).
enum SeedBodies {
    /// JetpayTests.seedResponseJSON
    static let jetpay = ResponseBodyFixture.data("jetpay-create-contact-200.json")

    /// KoyweTests.contactJSON
    static let koywe = ResponseBodyFixture.data("koywe-contact.json")

    /// PIKTests.seedResponseJSON
    static let pik = ResponseBodyFixture.data("pik-create-contact-200.json")

    /// PayArcTests.seedResponseJSON
    static let payArc = ResponseBodyFixture.data("payarc-create-customer-200.json")

    /// RazorpayTests.seedResponseJSON
    static let razorpay = ResponseBodyFixture.data("razorpay-create-contact-200.json")
}

/// Reads a body from Tests/Fixtures/ResponseBodies, found from this file's place in the repository.
enum ResponseBodyFixture {
    static func data(_ name: String) -> Data {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/ResponseBodies/\(name)")
        guard let data = try? Data(contentsOf: url) else { fatalError("cannot read \(url.path)") }
        return data
    }
}
