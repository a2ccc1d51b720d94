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
        // Sorted so the order does not depend on the dictionary's.
        let pairs = allHeaderFields.compactMap { key, value -> (String, String)? in
            guard let name = key as? String, let value = value as? String else { return nil }
            return (name, value)
        }
        for (name, value) in pairs.sorted(by: { $0.0.lowercased() < $1.0.lowercased() }) {
            if let fieldName = HTTPField.Name(name) {
                fields.append(HTTPField(name: fieldName, value: value))
            }
        }
        return fields
    }
}
