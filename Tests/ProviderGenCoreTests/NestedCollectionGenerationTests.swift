import Testing

@testable import ProviderGenCore

/// Issue 17 item 7: deeply nested arrays made the generated code take 23 s to type-check at
/// depth 24 (over 15 minutes at depth 30). Two shapes caused it, and neither may come back:
/// `[[T]]` sugar (exponential in the compiler) and `nested` closures inside each other
/// (superlinear). Timings are measured by hand (see the README), not here.
@Suite struct NestedCollectionGenerationTests {
    static let fields = """
              grid:
                type: array
                items:
                  type: array
                  items:
                    type: array
                    maxItems: 2
                    items:
                      type: string
                      maxLength: 3
              table:
                type: map
                values:
                  type: map
                  maxEntries: 2
                  values:
                    type: array
                    items:
                      type: array
                      minItems: 1
                      items: string

        """

    @Test func nestedArraysAreSpelledWithoutNestedSugar() throws {
        let model = try HostileGenerationTests.generated(
            HostileGenerationTests.withFields(Self.fields),
            "Demo/Models/Thing.swift"
        )
        #expect(model.contains("public var grid: Array<Array<[String]>>?"))
        #expect(model.contains("public var table: [String: [String: Array<[String]>]]?"))
        #expect(!model.contains("[["))
    }

    @Test func collectionsAreWalkedWithLoopsNotNestedClosures() throws {
        let model = try HostileGenerationTests.generated(
            HostileGenerationTests.withFields(Self.fields),
            "Demo/Models/Thing.swift"
        )
        let expected = """
                    if let grid = self.grid {
                        report.enter("grid")
                        for (index, item) in grid.enumerated() {
                            report.enter(.index(index))
                            for (index, item) in item.enumerated() {
                                report.itemCount(item.count, max: 2, at: .index(index))
                                report.enter(.index(index))
                                for (index, item) in item.enumerated() {
                                    report.length(item, max: 3, at: .index(index))
                                }
                                report.leave()
                            }
                            report.leave()
                        }
                        report.leave()
                    }
            """
        #expect(model.contains(expected), "\(model)")
        #expect(!model.contains("{ report in"))
    }
}
