import ProviderRuntimeCore

/// How generated code names the runtime's members for the model's enums. Written out case by
/// case, so a runtime rename breaks the generator's build rather than the generated code.
enum RuntimeSpelling {
    static func requestMethod(_ method: HTTPMethod) -> String {
        switch method {
        case .get: ".get"
        case .post: ".post"
        case .put: ".put"
        case .patch: ".patch"
        case .delete: ".delete"
        }
    }

    static func arrayStyle(_ style: FormEncoder.ArrayStyle) -> String {
        switch style {
        case .brackets: ".brackets"
        case .indexed: ".indexed"
        case .repeated: ".repeated"
        }
    }
}
