/// Turns a checked schema into the Swift files of its module. Pure: the same schema always
/// gives the same bytes, in the schema's order.
public enum ProviderGenerator {
    public static func generate(_ schema: ProviderSchema, access: AccessModifier = .public) -> [GeneratedFile] {
        let naming = TypeNaming(schema: schema)
        let module = schema.module
        var files: [GeneratedFile] = []

        var client = SwiftWriter(access: access)
        ClientEmitter(schema: schema).emit(into: &client)
        files.append(file(GeneratedNames.clientFile(module: module), client, schema: schema))

        for operation in schema.operations {
            var writer = SwiftWriter(access: access)
            OperationEmitter(schema: schema, naming: naming, operation: operation).emit(into: &writer)
            files.append(
                file(GeneratedNames.operationFile(module: module, operation: operation.name), writer, schema: schema)
            )
        }

        for type in schema.types where !type.name.contains(".") {
            var writer = SwiftWriter(access: access)
            emit(type, naming: naming, schema: schema, into: &writer)
            files.append(file(GeneratedNames.modelFile(module: module, type: type.name), writer, schema: schema))
        }

        let article = DocumentationArticleEmitter(schema: schema, schemaName: schemaName(schema))
        files.append(GeneratedFile(path: article.path, header: "", body: article.body()))
        return files
    }

    private static func emit(
        _ type: NamedType,
        naming: TypeNaming,
        schema: ProviderSchema,
        into writer: inout SwiftWriter
    ) {
        switch type.kind {
        case .enumeration(let enumeration):
            EnumEmitter(name: type.name, description: type.description, enumeration: enumeration).emit(into: &writer)
        case .object(let object):
            ObjectEmitter(naming: naming, type: type, object: object).emit(into: &writer)
            emitNestedEnums(of: type, naming: naming, schema: schema, into: &writer)
            writer.line()
            ValidatorEmitter(naming: naming, type: type, object: object).emit(into: &writer)
        case .union(let union):
            UnionEmitter(naming: naming, type: type, union: union).emit(into: &writer)
            emitNestedEnums(of: type, naming: naming, schema: schema, into: &writer)
            writer.line()
            ValidatorEmitter(naming: naming, type: type, object: ObjectType(fields: [], rules: [])).emitUnion(
                union,
                into: &writer
            )
        }
    }

    /// Inline enums of an object's fields or a union's variants, declared inside it.
    private static func emitNestedEnums(
        of type: NamedType,
        naming: TypeNaming,
        schema: ProviderSchema,
        into writer: inout SwiftWriter
    ) {
        for child in schema.nestedTypes(of: type.name) {
            guard case .enumeration(let enumeration) = child.kind else { continue }
            writer.line()
            writer.block("extension \(type.name)") { writer in
                let name = naming.spelled(child.name, inside: type.name)
                EnumEmitter(name: name, description: child.description, enumeration: enumeration).emit(
                    into: &writer
                )
            }
        }
    }

    private static func file(_ path: String, _ body: SwiftWriter, schema: ProviderSchema) -> GeneratedFile {
        let header = """
            \(OutputFolder.headerMarker) from \(SwiftLiteral.commentLines(schemaName(schema)).joined(separator: " ")).
            // Do not edit: change the schema and run `swift run providergen generate`.

            import Foundation
            @_spi(Generated) import ProviderRuntime


            """
        return GeneratedFile(path: path, header: header, body: body.text)
    }

    private static func schemaName(_ schema: ProviderSchema) -> String {
        schema.file.split(separator: "/").last.map(String.init) ?? schema.file
    }
}
