import Foundation
import ProviderGenCore
import Testing

/// The README's `diff` example is what `diff --base HEAD` prints after the changes it describes
/// are made to the committed Razorpay schema.
@Suite struct DiffReadmeTests {
    /// The README's story, as edits of schemas/razorpay.yaml.
    static let edits: [(old: String, new: String)] = [
        (
            "      email:\n        type: string\n        description: The contact's email address.\n",
            "      email:\n        type: string\n        required: true\n        description: The contact's email address.\n"
        ),
        (
            "        description: A user-entered reference for the contact.\n        maxLength: 40\n",
            "        description: A user-entered reference for the contact.\n        maxLength: 30\n"
        ),
        ("      - value: employee\n", "      - value: employee\n      - value: partner\n"),
        (
            "      batch_id:\n        type: string\n        required: true\n        nullable: true\n        description: Set when the contact was created as part of a bulk upload.\n        example: batch_00000000000001\n",
            ""
        ),
    ]

    @Test func exampleOutputIsWhatDiffPrints() throws {
        let committed = try String(contentsOfFile: RepositoryPaths.schemas + "/razorpay.yaml", encoding: .utf8)
        var changed = committed
        // Each edit changes the first place it fits: CreateContactRequest's field, before the update request's.
        for edit in Self.edits {
            let range = try #require(changed.range(of: edit.old), "\(edit.old)")
            changed.replaceSubrange(range, with: edit.new)
        }
        let result = SchemaDiff.compare(
            old: [
                SchemaSource(
                    name: "razorpay.yaml",
                    displayPath: "HEAD:schemas/razorpay.yaml",
                    bytes: Array(committed.utf8)
                )
            ],
            new: [SchemaSource(name: "razorpay.yaml", displayPath: "schemas/razorpay.yaml", bytes: Array(changed.utf8))]
        )
        let printed = DiffFormat.text.render(result.findings).split(separator: "\n").map(String.init)
        #expect(
            printed
                == (try ReadmeWalkthroughTests.diagnosticsBlock(
                    after: "`$ swift run providergen diff --base HEAD` prints:"
                ))
        )
    }
}
