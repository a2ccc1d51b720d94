/// Operations that share a method and path (Razorpay's updateContact and setContactActive are
/// both `PATCH /v1/contacts/{id}`, told apart by the body) as the one OpenAPI operation the
/// format allows there: the first's id, every operation named in `x-providergen-operations`,
/// parameters of all, and a request body or response that is any of theirs (`anyOf`).
/// Keeping only one of them would describe bodies the provider accepts as invalid.
enum SharedRoutes {
    static func merged(_ operations: [(name: String, object: JSONObject)]) -> JSONObject {
        guard var merged = operations.first?.object else { return JSONObject() }
        guard operations.count > 1 else { return merged }
        let summaries = operations.compactMap { operation -> String? in
            guard case .string(let summary)? = operation.object["summary"] else { return nil }
            return summary
        }
        merged["summary"] = summaries.isEmpty ? nil : .string(summaries.joined(separator: "; or: "))
        let descriptions = operations.compactMap { operation -> String? in
            guard case .string(let description)? = operation.object["description"] else { return nil }
            return "\(operation.name): \(description)"
        }
        merged["description"] = descriptions.isEmpty ? nil : .string(descriptions.joined(separator: "\n\n"))
        for (_, object) in operations.dropFirst() {
            merged["parameters"] = parameters(merged["parameters"], object["parameters"])
            merged["requestBody"] = requestBody(merged["requestBody"], object["requestBody"])
            merged["responses"] = responses(merged["responses"], object["responses"])
        }
        merged[extension: .operations] = .strings(operations.map(\.name))
        return merged
    }

    /// Each parameter once, by name and location; one is required only if every operation requires it.
    private static func parameters(_ first: JSONDocument?, _ second: JSONDocument?) -> JSONDocument? {
        guard case .array(let firstList)? = first else { return second.map(optional) }
        guard case .array(let secondList)? = second else { return optional(.array(firstList)) }
        var list = firstList.map { parameter in
            secondList.contains { sameParameter($0, parameter) } ? parameter : optional(parameter)
        }
        list += secondList.filter { parameter in !firstList.contains { sameParameter($0, parameter) } }.map(optional)
        return .array(list)
    }

    private static func sameParameter(_ lhs: JSONDocument, _ rhs: JSONDocument) -> Bool {
        lhs["name"] == rhs["name"] && lhs["in"] == rhs["in"]
    }

    /// A path parameter stays required: the route cannot be called without it.
    private static func optional(_ document: JSONDocument) -> JSONDocument {
        switch document {
        case .array(let items): return .array(items.map(optional))
        case .object(var parameter) where parameter["in"] != .string("path"):
            parameter["required"] = .bool(false)
            return .object(parameter)
        default: return document
        }
    }

    private static func requestBody(_ first: JSONDocument?, _ second: JSONDocument?) -> JSONDocument? {
        guard case .object(var body)? = first, case .object(let other)? = second else {
            // One operation takes no body, so sending none is allowed too.
            guard case .object(var body)? = first ?? second else { return nil }
            body["required"] = .bool(false)
            return .object(body)
        }
        body["content"] = content(body["content"], other["content"])
        if other["required"] != .bool(true) { body["required"] = .bool(false) }
        return .object(body)
    }

    private static func responses(_ first: JSONDocument?, _ second: JSONDocument?) -> JSONDocument? {
        guard case .object(var responses)? = first, case .object(let others)? = second else { return first ?? second }
        for (status, response) in others.members {
            guard case .object(var existing)? = responses[status], case .object(let other) = response else {
                responses[status] = response
                continue
            }
            existing["content"] = content(existing["content"], other["content"])
            responses[status] = .object(existing)
        }
        return .object(responses)
    }

    /// Per media type, the schema of either (`anyOf`) when they differ.
    private static func content(_ first: JSONDocument?, _ second: JSONDocument?) -> JSONDocument? {
        guard case .object(var content)? = first, case .object(let others)? = second else { return first ?? second }
        for (mediaType, media) in others.members {
            guard case .object(var existing)? = content[mediaType], let schema = existing["schema"],
                let otherSchema = media["schema"], schema != otherSchema
            else {
                if content[mediaType] == nil { content[mediaType] = media }
                continue
            }
            var either = JSONObject()
            either["anyOf"] = .array([schema, otherSchema])
            existing["schema"] = .object(either)
            content[mediaType] = .object(existing)
        }
        return .object(content)
    }
}
