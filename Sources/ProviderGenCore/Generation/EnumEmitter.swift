/// Closed enums are Swift enums; open enums are structs over their raw value, so values the
/// provider adds later decode, compare and re-encode exactly.
struct EnumEmitter {
    let name: String
    let description: String?
    let enumeration: EnumType

    func emit(into writer: inout SwiftWriter) {
        writer.doc(description)
        if enumeration.isOpen {
            emitOpen(into: &writer)
        } else {
            emitClosed(into: &writer)
        }
    }

    private func emitClosed(into writer: inout SwiftWriter) {
        writer.block("\(writer.access)enum \(name): String, Codable, Hashable, Sendable, CaseIterable") { writer in
            for value in enumeration.values {
                writer.doc(value.description)
                let caseName = SwiftNames.escaped(value.swiftName)
                if value.swiftName == value.wire {
                    writer.line("case \(caseName)")
                } else {
                    writer.line("case \(caseName) = \(SwiftLiteral.string(value.wire))")
                }
            }
        }
    }

    private func emitOpen(into writer: inout SwiftWriter) {
        writer.block("\(writer.access)struct \(name): OpenEnum") { writer in
            writer.line("\(writer.access)let rawValue: String")
            writer.line()
            writer.block("\(writer.access)init(rawValue: String)") { writer in
                writer.line("self.rawValue = rawValue")
            }
            for value in enumeration.values {
                writer.line()
                writer.doc(value.description)
                writer.code(
                    .call(
                        "\(writer.access)static let \(SwiftNames.escaped(value.swiftName)) = \(name)",
                        [.text("rawValue: \(SwiftLiteral.string(value.wire))")]
                    )
                )
            }
            writer.line()
            writer.doc("The values the schema documents; others may arrive and are kept.")
            let known = enumeration.values.map { SwiftCode.text("." + SwiftNames.escaped($0.swiftName)) }
            writer.code(.array("\(writer.access)static let knownValues: [\(name)] = ", known))
        }
    }
}
