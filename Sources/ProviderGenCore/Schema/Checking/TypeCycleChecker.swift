/// Structs cannot contain themselves, directly or through other structs (optional or not): the
/// compiler would reject the generated code with "value type has infinite size". Arrays and maps
/// break such cycles, so only direct object fields count.
struct TypeCycleChecker {
    let schema: ProviderSchema
    let sink: DiagnosticSink

    func check() {
        var state: [String: Bool] = [:]  // false: on the current path; true: finished
        for type in schema.types {
            visit(type.name, path: [], state: &state)
        }
    }

    private func visit(_ name: String, path: [String], state: inout [String: Bool]) {
        if state[name] == true { return }
        if state[name] == false {
            let cycle = (path.drop { $0 != name } + [name]).joined(separator: " → ")
            if let type = schema.type(named: name) {
                sink.error(
                    type.location,
                    "'\(name)' contains itself (\(cycle)); a struct cannot, so make one of these fields an array or remove it"
                )
            }
            return
        }
        guard let type = schema.type(named: name), case .object(let object) = type.kind else { return }
        state[name] = false
        for field in object.fields {
            if case .named(let target) = field.type {
                visit(target, path: path + [name], state: &state)
            }
        }
        state[name] = true
    }
}
