/// Hand-written code beside the schema: the types the plugin generates from payments.yaml are
/// part of this module, so extensions of them compile here like any other.
extension CreateChargeRequest {
    /// A charge in US dollars, given in cents.
    public static func dollars(cents: Int, email: String? = nil) -> CreateChargeRequest {
        CreateChargeRequest(amount: cents, currency: .usd, email: email)
    }
}
