import Foundation
import ProviderRuntime
import Razorpay

let environment = ProcessInfo.processInfo.environment
let client = Client(
    credentials: BasicCredentials(
        key: environment["RAZORPAY_KEY_ID"] ?? "",
        secret: environment["RAZORPAY_KEY_SECRET"] ?? ""
    )
)
do {
    let response = try await client.createContact(CreateContactRequest(name: "Gaurav Kumar", type: .vendor))
    switch response {
    case .ok(.decoded(let contact), _):
        print("created", contact.id)
    default:
        print("Razorpay answered \(response.status):", response.raw.text ?? "")
    }
} catch {
    // ProviderError: invalid input (nothing sent) or no response (and whether it may have been processed).
    print(error)
}
