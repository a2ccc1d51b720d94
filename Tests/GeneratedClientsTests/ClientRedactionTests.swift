import Foundation
import PIK
import ProviderRuntime
import Razorpay
import Testing

/// Issue 17 item 3 for generated types: a client, its server and what it builds print no
/// credential, whether the token, the Basic key and secret, or `user:password@` in a custom
/// server URL.
@Suite struct ClientRedactionTests {
    static let secrets = ["jwt_secret", "rzp_key_id", "rzp_secret", "proxy_user", "proxy_pw"]

    private static func renderings(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        var debugPrinted = ""
        debugPrint(value, to: &debugPrinted)
        return [String(describing: value), String(reflecting: value), dumped, debugPrinted]
    }

    private static func expectNoSecret(in value: Any, _ label: String) {
        for text in renderings(of: value) {
            for secret in secrets {
                #expect(!text.contains(secret), "\(label) shows \(secret): \(text)")
            }
        }
    }

    @Test func clientsAndServersPrintNoCredential() throws {
        let proxy = try #require(URL(string: "https://proxy_user:proxy_pw@proxy.example/pik"))
        let pik = PIK.Client(server: .custom(proxy), token: BearerToken("jwt_secret"))
        let razorpay = Razorpay.Client(
            server: .custom(proxy),
            credentials: BasicCredentials(key: "rzp_key_id", secret: "rzp_secret")
        )
        let values: [(String, Any)] = [
            ("PIK.Client", pik), ("PIK.Client.Server", pik.server), ("Razorpay.Client", razorpay),
            ("Razorpay.Client.Server", razorpay.server),
            ("PIK request", try pik.requests.createContact(PIKTests.validBody())),
        ]
        for (label, value) in values {
            Self.expectNoSecret(in: value, label)
        }
        #expect(String(describing: pik.server) == #"custom("https://<redacted>@proxy.example/pik")"#)
        #expect(String(describing: PIK.Client.Server.production) == "production")
        #expect(pik.server.url == proxy)
    }
}
