/// The components leading to the value under validation.
///
/// Validation of a valid request must not touch the heap, and an `Array` allocates on its first
/// push. Real payloads nest only a few levels, so the first eight components live inline and only
/// deeper nesting spills into `overflow`.
struct PathStack: Sendable {
    private var inline:
        (
            PathComponent?, PathComponent?, PathComponent?, PathComponent?,
            PathComponent?, PathComponent?, PathComponent?, PathComponent?
        ) = (nil, nil, nil, nil, nil, nil, nil, nil)
    private var overflow: [PathComponent] = []
    private(set) var depth = 0

    private static let inlineCapacity = 8

    mutating func push(_ component: PathComponent) {
        switch depth {
        case 0: inline.0 = component
        case 1: inline.1 = component
        case 2: inline.2 = component
        case 3: inline.3 = component
        case 4: inline.4 = component
        case 5: inline.5 = component
        case 6: inline.6 = component
        case 7: inline.7 = component
        default: overflow.append(component)
        }
        depth += 1
    }

    mutating func pop() {
        guard depth > 0 else { return }
        depth -= 1
        switch depth {
        case 0: inline.0 = nil
        case 1: inline.1 = nil
        case 2: inline.2 = nil
        case 3: inline.3 = nil
        case 4: inline.4 = nil
        case 5: inline.5 = nil
        case 6: inline.6 = nil
        case 7: inline.7 = nil
        default: overflow.removeLast()
        }
    }

    private func component(at position: Int) -> PathComponent? {
        switch position {
        case 0: inline.0
        case 1: inline.1
        case 2: inline.2
        case 3: inline.3
        case 4: inline.4
        case 5: inline.5
        case 6: inline.6
        case 7: inline.7
        default:
            overflow.indices.contains(position - Self.inlineCapacity)
                ? overflow[position - Self.inlineCapacity] : nil
        }
    }

    /// The wire path of the current value, extended by `last` when given.
    func rendered(appending last: PathComponent?) -> String {
        var path = ""
        for position in 0..<depth {
            component(at: position)?.render(into: &path)
        }
        last?.render(into: &path)
        return path
    }
}
