import Foundation
import ProviderGenCore

/// Prints how long the generator takes for the five committed schemas and for a synthetic
/// schema of 1,000 operations, and how much memory the process peaked at. Release build:
///
///     swift run -c release --package-path Benchmarks generation-benchmarks
///
/// Targets: five providers in under 15 ms; 1,000 operations in under 1 s; a diff of two
/// 1,000-operation folders in under 1 s (DiffTiming.swift). With
/// `--cli <path to providergen>` it also times the executable, start-up included (CLITiming.swift).

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Peak resident set size from /proc (Linux) in MiB: the high-water mark of the whole process.
func peakResidentMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kibibytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return .nan }
    return kibibytes / 1024
}

let repositoryFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let schemaFolder = repositoryFolder.appendingPathComponent("schemas").path

func lineCount(_ files: [GeneratedFile]) -> Int {
    files.reduce(0) { $0 + $1.contents.utf8.count { $0 == UInt8(ascii: "\n") } }
}

var fiveProviders: [Double] = []
var fiveProviderRun: GenerationRun?
for _ in 0..<20 {
    fiveProviders.append(
        milliseconds {
            fiveProviderRun = GenerationRun.run(schemaFolder: schemaFolder, displayFolder: "schemas")
        }
    )
    precondition(fiveProviderRun?.hasErrors == false, "the committed schemas must be valid")
}
let fiveProviderLines = lineCount(fiveProviderRun?.files ?? [])
print(
    "five providers (load, check, generate; files read from disk): median \(String(format: "%.2f", median(fiveProviders))) ms over 20 runs, \(fiveProviderLines) lines"
)

let yaml = Array(SyntheticSchema.yaml(operations: 1_000).utf8)
var thousand: [Double] = []
var thousandRun: GenerationRun?
for _ in 0..<5 {
    thousand.append(
        milliseconds {
            thousandRun = GenerationRun.run([SchemaFrontEnd.read(yaml: yaml, file: "synthetic.yaml")])
        }
    )
    precondition(
        thousandRun?.hasErrors == false,
        "synthetic schema must be valid: \(thousandRun?.diagnostics.prefix(3) ?? [])"
    )
}
let thousandLines = lineCount(thousandRun?.files ?? [])
print(
    "1,000 operations (\(yaml.count / 1024) KiB of YAML): median \(String(format: "%.1f", median(thousand))) ms over 5 runs, \(thousandLines) lines"
)
DiffTiming.report()
print("peak resident memory: \(String(format: "%.1f", peakResidentMiB())) MiB")

if let flag = CommandLine.arguments.firstIndex(of: "--cli"), CommandLine.arguments.indices.contains(flag + 1) {
    let executable = URL(fileURLWithPath: CommandLine.arguments[flag + 1]).standardizedFileURL.path
    CLITiming.report(executable: executable, repository: repositoryFolder.path)
}
