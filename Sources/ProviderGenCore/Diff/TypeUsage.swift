/// Which side of the wire a type travels on. A tightened rule breaks what clients send but not
/// what they read; an enum value added breaks what old clients read but not what they send.
struct WireSides: OptionSet, Hashable {
    let rawValue: Int
    static let request = WireSides(rawValue: 1)
    static let response = WireSides(rawValue: 2)

    /// The worse of the impacts on the sides this travels on; none for a type nothing uses.
    func impact(request requestImpact: Impact, response responseImpact: Impact) -> Impact {
        max(contains(.request) ? requestImpact : .none, contains(.response) ? responseImpact : .none)
    }

    var phrase: String {
        switch (contains(.request), contains(.response)) {
        case (true, true): return "requests and responses"
        case (true, false): return "requests"
        case (false, true): return "responses"
        case (false, false): return "nothing"
        }
    }
}

/// The sides every named type is reachable from: request bodies and parameters, or response
/// bodies and envelopes, through fields, items and map values.
struct TypeUsage {
    private var sides: [String: WireSides] = [:]

    init(_ schema: ProviderSchema) {
        for operation in schema.operations {
            let parameters = operation.pathParameters + operation.queryParameters + operation.headerParameters
            for parameter in parameters {
                mark(parameter.type, .request, in: schema)
            }
            if let body = operation.body {
                mark(.named(body.typeName), .request, in: schema)
            }
            for response in operation.responses {
                for name in response.typeNames + [response.envelope?.typeName].compactMap({ $0 }) {
                    mark(.named(name), .response, in: schema)
                }
            }
        }
    }

    func sides(of typeName: String) -> WireSides { sides[typeName] ?? [] }

    private mutating func mark(_ type: FieldType, _ side: WireSides, in schema: ProviderSchema) {
        switch type {
        case .array(let item, _), .map(let item, _, _), .jsonString(let item, _):
            mark(item, side, in: schema)
        case .named(let name):
            guard !sides[name, default: []].contains(side) else { return }
            sides[name, default: []].insert(side)
            switch schema.type(named: name)?.kind {
            case .object(let object)?:
                for field in object.fields {
                    mark(field.type, side, in: schema)
                }
            case .union(let union)?:
                for case .typed(let variantType, _) in union.variants.map(\.shape) {
                    mark(variantType, side, in: schema)
                }
            case .enumeration?, nil:
                break
            }
        case .string, .integer, .decimal, .boolean, .binaryBoolean, .date, .dateTime, .json:
            break
        }
    }
}
