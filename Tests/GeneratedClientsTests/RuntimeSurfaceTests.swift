import Foundation
import Testing

/// The runtime's plumbing (what only generated code calls) is `@_spi(Generated)`: a program that
/// imports ProviderRuntime plainly, as users do, must not see it, and one that imports it the way
/// generated files do must. Each use sits on its own line, so the compiler's verdict is checked
/// line by line: a plumbing symbol made plainly public again leaves its line without an error.
@Suite(.timeLimit(.minutes(10))) struct RuntimeSurfaceTests {
    /// One use of each kind of plumbing, each a complete statement.
    static let plumbing = [
        "_ = ProviderCall.self",
        "_ = OperationTraits(name: \"createContact\")",
        "_ = PagePosition.offset(0)",
        "_ = PageResult<Int>.self",
        "_ = PageSignals(pageSize: 10)",
        "_ = PageSequence<Int>.Fetch.self",
        "_ = RequestBuilder.self",
        "_ = PathPart.self",
        "_ = ServerURL.checked(\"https://example.com\")",
        "_ = ResponseBody.self",
        "_ = RawResponse(status: 200, headers: [:], body: Data()).headerText(\"Request-Id\")",
        "_ = (any WireCoding).self",
        "_ = WireAbsence()",
        "_ = AllowedCombinations.self",
        "var report = ValidationReport(); report.length(\"a\", max: 1, at: \"name\")",
        "var report = ValidationReport(); report.enter(\"name\")",
        "var report = ValidationReport(); report.format(\"a\", .email, at: \"email\")",
        "_ = JSONKind.discriminator(\"object\", of: decoder)",
        "_ = try container.decode(forKey: AnyCodingKey(\"at\"), coding: .date(.unixSeconds))",
    ]

    /// Line `firstUseLine + index` holds `plumbing[index]`.
    static let firstUseLine = 4

    static func program(importing runtimeImport: String) -> String {
        let uses = plumbing.enumerated().map { index, use in
            "func use\(index)(_ decoder: any Decoder, _ container: KeyedDecodingContainer<AnyCodingKey>) throws { \(use) }"
        }
        return (["import Foundation", runtimeImport, ""] + uses).joined(separator: "\n") + "\n"
    }

    @Test func plumbingIsInvisibleToAPlainImport() throws {
        let toolchain = try #require(CompilerSetup.find(), CompilerSetup.problem)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("surface-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }

        let outcome = try toolchain.typecheck(
            program: Self.program(importing: "import ProviderRuntime"),
            module: "UserProgram",
            in: work
        )
        #expect(!outcome.succeeded)
        let failingLines = Set(
            outcome.output.split(separator: "\n").compactMap { line -> Int? in
                let parts = line.split(separator: ":")
                guard parts.count > 3, parts[0].hasSuffix("Program.swift"), line.contains(": error:") else {
                    return nil
                }
                return Int(parts[1])
            }
        )
        for (index, use) in Self.plumbing.enumerated() {
            #expect(failingLines.contains(Self.firstUseLine + index), "visible without the SPI import: \(use)")
        }
    }

    /// The same uses compile with generated code's import: the symbols exist, only hidden.
    @Test func plumbingIsVisibleToTheGeneratedImport() throws {
        let toolchain = try #require(CompilerSetup.find(), CompilerSetup.problem)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("surface-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }

        let outcome = try toolchain.typecheck(
            program: Self.program(importing: "@_spi(Generated) import ProviderRuntime"),
            module: "GeneratedProgram",
            in: work
        )
        #expect(outcome.succeeded, "\(outcome.output)")
    }
}
