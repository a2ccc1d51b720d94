import Foundation
import ProviderGenCore

/// Prints how long `providergen openapi` takes in-process for the five committed schemas:
/// everything (read, load, check, export), and the export alone from loaded schemas. Release build:
///
///     swift run -c release --package-path Benchmarks openapi-benchmarks
///
/// Target: the five schemas in under 50 ms.

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

let schemaFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("schemas").path

var whole: [Double] = []
var export: OpenAPIExport?
for _ in 0..<20 {
    whole.append(milliseconds { export = OpenAPIExport.run(schemaFolder: schemaFolder, displayFolder: "schemas") })
    precondition(export?.hasErrors == false && export?.files.count == 5, "the committed schemas must export")
}
let bytes = export?.files.reduce(0) { $0 + $1.contents.utf8.count } ?? 0
print(
    "five providers (read, load, check, export): median \(String(format: "%.2f", median(whole))) ms over 20 runs, \(bytes / 1024) KiB of JSON"
)

let schemas = SchemaFolder.read(schemaFolder).results.compactMap(\.schema)
var documentsOnly: [Double] = []
for _ in 0..<20 {
    documentsOnly.append(
        milliseconds {
            for schema in schemas {
                precondition(!OpenAPIDocument.document(for: schema).text.isEmpty)
            }
        }
    )
}
print("five providers (export alone): median \(String(format: "%.2f", median(documentsOnly))) ms over 20 runs")
