/// Coding paths as field paths: `data.items[2].name`.
enum FieldPath {
    static func render(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[" + String(index) + "]"
            } else {
                if !path.isEmpty {
                    path += "."
                }
                path += key.stringValue
            }
        }
        return path
    }
}
