/// What a paginated operation's pages look like, resolved from its `pagination:` against its
/// parameters and its success response. The checker reports what does not resolve; the generator
/// reads the resolved shape of a checked schema.
struct PageShape {
    /// The success response pages come in, and the model its fields are read from.
    var response: Response
    var pageType: String
    var items: [Field]
    var itemType: FieldType
    var limit: Parameter?
    var position: Parameter
    var nextCursor: [Field]?
    var hasMore: [Field]?
    var total: [Field]?
    var totalPages: [Field]?

    /// A problem, where it was written.
    struct Problem: Error {
        var location: SourceLocation
        var message: String
    }

    /// Resolves everything, or returns every problem found.
    static func resolve(_ pagination: Pagination, of operation: APIOperation, in schema: ProviderSchema) -> Result<
        PageShape, PageShapeProblems
    > {
        var problems: [Problem] = []
        let successes = operation.responses.filter { response in
            switch response.status {
            case .exact(let code): return (200..<300).contains(code)
            case .range(let digit): return digit == 2
            case .other: return false
            }
        }
        var response: Response?
        if successes.count != 1 {
            problems.append(
                Problem(
                    location: pagination.location,
                    message:
                        "a paginated operation reads its pages from its one success response; '\(operation.name)' has \(successes.count)"
                )
            )
        } else if successes[0].typeNames.count != 1 {
            problems.append(
                Problem(
                    location: successes[0].location,
                    message:
                        "the pages of '\(operation.name)' are read from response \(successes[0].status.text), which needs exactly one body type"
                )
            )
        } else {
            response = successes[0]
        }
        let position = parameter(pagination.position, of: operation, role: pagination.style.rawValue, &problems)
        let limit = pagination.limit.flatMap { parameter($0, of: operation, role: "limit", &problems) }
        if let position {
            switch pagination.style {
            case .offset, .page:
                requireInteger(position, role: pagination.style.rawValue, &problems)
            case .cursor:
                if case .string = position.type, position.isSwiftOptional {
                    break
                }
                problems.append(
                    Problem(
                        location: pagination.position.location,
                        message:
                            "the cursor parameter '\(position.wireName)' must be an optional string without a default: the first page is requested without one"
                    )
                )
            }
        }
        if let limit {
            requireInteger(limit, role: "limit", &problems)
        }
        guard let response, let position else { return .failure(PageShapeProblems(problems: problems)) }
        let pageType = response.typeNames[0]
        let items = fields(pagination.items, from: pageType, in: schema, &problems)
        var itemType: FieldType?
        if let last = items?.last {
            if case .array(let element, _) = last.type {
                itemType = element
            } else {
                problems.append(
                    Problem(
                        location: pagination.items.location,
                        message:
                            "'items' must name an array field; '\(pagination.items.value.joined(separator: "."))' is not one"
                    )
                )
            }
        }
        func leaf(_ path: Pagination.Located<[String]>?, key: String, fits: (FieldType) -> Bool, expected: String)
            -> [Field]?
        {
            guard let path, let found = fields(path, from: pageType, in: schema, &problems), let last = found.last
            else { return nil }
            guard fits(last.type) else {
                problems.append(
                    Problem(
                        location: path.location,
                        message:
                            "'\(key)' must name \(expected) field; '\(path.value.joined(separator: "."))' is not one"
                    )
                )
                return nil
            }
            return found
        }
        let shape = PageShape(
            response: response,
            pageType: pageType,
            items: items ?? [],
            itemType: itemType ?? .json,
            limit: limit,
            position: position,
            nextCursor: leaf(
                pagination.nextCursor,
                key: "nextCursor",
                fits: {
                    if case .string = $0 { return true }
                    return false
                },
                expected: "a string"
            ),
            hasMore: leaf(
                pagination.hasMore,
                key: "hasMore",
                fits: {
                    if case .boolean = $0 { return true }
                    if case .binaryBoolean = $0 { return true }
                    return false
                },
                expected: "a boolean"
            ),
            total: leaf(
                pagination.total,
                key: "total",
                fits: {
                    if case .integer = $0 { return true }
                    return false
                },
                expected: "an integer"
            ),
            totalPages: leaf(
                pagination.totalPages,
                key: "totalPages",
                fits: {
                    if case .integer = $0 { return true }
                    return false
                },
                expected: "an integer"
            )
        )
        return problems.isEmpty ? .success(shape) : .failure(PageShapeProblems(problems: problems))
    }

    private static func parameter(
        _ name: Pagination.Located<String>,
        of operation: APIOperation,
        role: String,
        _ problems: inout [Problem]
    ) -> Parameter? {
        if let found = operation.queryParameters.first(where: { $0.wireName == name.value }) { return found }
        let known = operation.queryParameters.map(\.wireName)
        problems.append(
            Problem(
                location: name.location,
                message:
                    "the \(role) parameter '\(name.value)' is not a query parameter of '\(operation.name)'\(Suggestion.didYouMean(name.value, among: known))"
            )
        )
        return nil
    }

    private static func requireInteger(_ parameter: Parameter, role: String, _ problems: inout [Problem]) {
        if case .integer = parameter.type { return }
        problems.append(
            Problem(
                location: parameter.location,
                message: "the \(role) parameter '\(parameter.wireName)' must be an integer"
            )
        )
    }

    /// The fields along a dotted path of wire names, each but the last an object.
    private static func fields(
        _ path: Pagination.Located<[String]>,
        from typeName: String,
        in schema: ProviderSchema,
        _ problems: inout [Problem]
    ) -> [Field]? {
        var found: [Field] = []
        var owner = typeName
        for (index, wireName) in path.value.enumerated() {
            guard case .object(let object)? = schema.type(named: owner)?.kind else {
                problems.append(
                    Problem(
                        location: path.location,
                        message:
                            "'\(path.value[..<index].joined(separator: "."))' is not an object, so '\(wireName)' cannot be read from it"
                    )
                )
                return nil
            }
            guard let field = object.field(wireName: wireName) else {
                problems.append(
                    Problem(
                        location: path.location,
                        message:
                            "type '\(owner)' has no field '\(wireName)'\(Suggestion.didYouMean(wireName, among: object.fields.map(\.wireName)))"
                    )
                )
                return nil
            }
            found.append(field)
            if case .named(let next) = field.type { owner = next } else { owner = "" }
        }
        return found
    }
}

struct PageShapeProblems: Error {
    var problems: [PageShape.Problem]
}
