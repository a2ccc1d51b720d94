import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension HTTPURLResponse {
    /// The response's headers for a generated `…Response(status:headers:body:)`. Names that are
    /// not HTTP tokens are left out; `URLSession` has already combined repeated fields.
    public var httpFields: HTTPFields {
        var fields = HTTPFields()
        // Sorted so the order does not depend on the dictionary's; each name lowercased once.
        let pairs = allHeaderFields.compactMap { key, value -> (order: String, name: String, value: String)? in
            guard let name = key as? String, let value = value as? String else { return nil }
            return (name.lowercased(), name, value)
        }
        for pair in pairs.sorted(by: { $0.order < $1.order }) {
            if let fieldName = HTTPField.Name(pair.name) {
                fields.append(HTTPField(name: fieldName, value: pair.value))
            }
        }
        return fields
    }
}
