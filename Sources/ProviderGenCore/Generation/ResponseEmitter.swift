/// The response enum of one operation: a case per documented status carrying what its body
/// decoded to (or what did not match) and the raw response, typed documented headers, and an
/// initialiser that never throws.
struct ResponseEmitter {
    let schema: ProviderSchema
    let operation: APIOperation

    var typeName: String { GeneratedNames.responseType(operation.name) }

    private var responses: [Response] { operation.responses.sorted { $0.status < $1.status } }

    /// A `default` response takes every undocumented status, so no separate case is needed.
    private var hasDefault: Bool { operation.responses.contains { $0.status == .other } }

    func emit(into writer: inout SwiftWriter) {
        writer.doc(paragraphs: [
            "The responses `\(operation.name)` can receive, by status.",
            "Every case carries the `RawResponse` (status, every header, the body bytes). A documented status whose body does not fit its model is still its case, with `.unmatched` saying what did not match.",
        ])
        writer.block("\(writer.access)enum \(typeName): Hashable, Sendable") { writer in
            for response in responses {
                writer.doc(paragraphs: ["\(response.status.text): " + (response.description ?? "Documented response.")])
                writer.line("case " + caseDeclaration(response))
            }
            if !hasDefault {
                writer.doc("A status the schema does not document.")
                writer.line("case undocumented(RawResponse)")
            }
            for response in responses where response.typeNames.count > 1 {
                writer.line()
                emitShapes(response, into: &writer)
            }
            writer.line()
            emitInitializer(into: &writer)
            writer.line()
            emitAccessors(into: &writer)
        }
    }

    private func caseName(_ response: Response) -> String { ResponseCaseNames.caseName(response.status) }

    /// The nested enum for a status with several body shapes: `UnprocessableContentBody`.
    private func shapesTypeName(_ response: Response) -> String {
        SwiftNames.type(fromWire: caseName(response)) + "Body"
    }

    private func contentType(_ response: Response) -> String? {
        switch response.typeNames.count {
        case 0: return nil
        case 1:
            let model = response.typeNames[0]
            guard let envelope = response.envelope else { return "ResponseContent<\(model)>" }
            return "ResponseContent<EnvelopedBody<\(model), \(envelope.typeName)>>"
        default: return shapesTypeName(response)
        }
    }

    private func caseDeclaration(_ response: Response) -> String {
        let values = [contentType(response), "raw: RawResponse"].compactMap { $0 }
        return caseName(response) + "(" + values.joined(separator: ", ") + ")"
    }

    private func emitShapes(_ response: Response, into writer: inout SwiftWriter) {
        let name = shapesTypeName(response)
        writer.doc("The shapes a \(response.status.text) body comes in, tried in this order.")
        writer.block("\(writer.access)enum \(name): Hashable, Sendable") { writer in
            for shape in response.typeNames {
                writer.line("case \(shapeCase(shape))(\(shape))")
            }
            writer.doc("The body fits none of the shapes; one error per shape, naming the field.")
            writer.line("case unmatched([ResponseDecodingError])")
            writer.line()
            writer.doc("Why the body fits none of the shapes; empty when one fits.")
            writer.block("\(writer.access)var mismatches: [ResponseDecodingError]") { writer in
                writer.line("if case .unmatched(let errors) = self { return errors }")
                writer.line("return []")
            }
            writer.line()
            writer.block("init(status: Int, body: Data)") { writer in
                writer.line("let reading = ResponseBody.Reading(status: status, body: body)")
                writer.line("var mismatches: [ResponseDecodingError] = []")
                for shape in response.typeNames {
                    writer.block("do", closing: "} catch {") { writer in
                        writer.line("self = .\(shapeCase(shape))(try reading.decode(\(shape).self))")
                        writer.line("return")
                    }
                    writer.indented { writer in
                        writer.line("mismatches.append(error)")
                    }
                    writer.line("}")
                }
                writer.line("self = .unmatched(mismatches)")
            }
        }
    }

    private func shapeCase(_ typeName: String) -> String {
        SwiftNames.escaped(SwiftNames.member(fromWire: typeName))
    }

    private func emitInitializer(into writer: inout SwiftWriter) {
        writer.doc(paragraphs: [
            "Reads a response by its status. Never throws: a body that does not fit is kept with what did not match."
        ])
        writer.block("\(writer.access)init(status: Int, headers: HTTPFields, body: Data)") { writer in
            writer.line("let raw = RawResponse(status: status, headers: headers, body: body)")
            let cases = responses.map { response in
                (
                    label: response.status == .other ? "default:" : "case \(statusMatch(response.status)):",
                    body: [decodeStatement(response)]
                )
            }
            let fallback = (label: "default:", body: [SwiftCode.text("self = .undocumented(raw)")])
            writer.switchBlock("status", cases: hasDefault ? cases : cases + [fallback])
        }
    }

    private func statusMatch(_ status: StatusPattern) -> String {
        switch status {
        case .exact(let code): return String(code)
        case .range(let digit): return "\(digit * 100)...\(digit * 100 + 99)"
        case .other: return "default"
        }
    }

    private func decodeStatement(_ response: Response) -> SwiftCode {
        let name = caseName(response)
        let raw = SwiftCode.text("raw: raw")
        switch response.typeNames.count {
        case 0:
            return .text("self = .\(name)(raw: raw)")
        case 1:
            let model = response.typeNames[0]
            let content: SwiftCode
            if let envelope = response.envelope {
                content = .call(
                    "ResponseBody.envelopedContent",
                    [
                        "\(model).self", "at: \(SwiftLiteral.string(envelope.payloadKey))",
                        "envelope: \(envelope.typeName).self", "status: status", "from: body",
                    ].map(SwiftCode.text)
                )
            } else {
                content = .call(
                    "ResponseBody.content",
                    [.text("\(model).self"), .text("status: status"), .text("from: body")]
                )
            }
            return .call("self = .\(name)", [content, raw])
        default:
            return .call("self = .\(name)", [.text("\(shapesTypeName(response))(status: status, body: body)"), raw])
        }
    }

    private func emitAccessors(into writer: inout SwiftWriter) {
        writer.doc("The response as received, whatever its case.")
        writer.block("\(writer.access)var raw: RawResponse") { writer in
            // Case labels at the switch's own depth, as swift-format writes them.
            writer.line("switch self {")
            for response in responses {
                let pattern = response.typeNames.isEmpty ? "(let raw)" : "(_, let raw)"
                writer.line("case .\(caseName(response))\(pattern): return raw")
            }
            if !hasDefault {
                writer.line("case .undocumented(let raw): return raw")
            }
            writer.line("}")
        }
        writer.line()
        writer.doc(
            "What did not match when a documented status carried a body that fits none of its shapes; empty otherwise."
        )
        writer.block("\(writer.access)var mismatches: [ResponseDecodingError]") { writer in
            writer.line("switch self {")
            for response in responses {
                let pattern = response.typeNames.isEmpty ? "" : "(let content, _)"
                writer.line(
                    "case .\(caseName(response))\(pattern): return \(response.typeNames.isEmpty ? "[]" : "content.mismatches")"
                )
            }
            if !hasDefault {
                writer.line("case .undocumented: return []")
            }
            writer.line("}")
        }
        writer.line()
        writer.doc("The HTTP status.")
        writer.line("\(writer.access)var status: Int { raw.status }")
        writer.line()
        writer.doc(
            schema.responseHeaders.isEmpty
                ? "Every header as received." : "Every header as received; the documented ones are also typed below."
        )
        writer.line("\(writer.access)var headers: HTTPFields { raw.headers }")
        for header in schema.responseHeaders {
            writer.line()
            writer.doc(paragraphs: [header.description, "- Header: `\(header.name)`; nil when absent or unreadable."])
            let (type, reader) = Self.headerAccess(header.kind)
            writer.line(
                "\(writer.access)var \(SwiftNames.escaped(header.swiftName)): \(type)? { raw.\(reader)(\(SwiftLiteral.string(header.name))) }"
            )
        }
    }

    static func headerAccess(_ kind: ResponseHeader.Kind) -> (type: String, reader: String) {
        switch kind {
        case .string: return ("String", "headerText")
        case .integer: return ("Int", "headerInteger")
        case .boolean: return ("Bool", "headerBoolean")
        case .retryAfter: return ("RetryAfter", "headerRetryAfter")
        }
    }
}
