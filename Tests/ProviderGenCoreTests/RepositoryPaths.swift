import Foundation

/// Paths in this repository, found from this file's location so tests run from any directory.
enum RepositoryPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let schemas = root + "/schemas"
    static let generated = root + "/Generated"
    static let kitchenSink = root + "/Tests/Fixtures/OpenAPI/kitchen-sink.yaml"
}
