/// A schema with `operations` operations, each with its own request and response types of
/// typical size and constraints, for measuring the generator at scale without committing a
/// large file.
enum SyntheticSchema {
    static func yaml(operations: Int) -> String {
        var text = """
            provider:
              module: Synthetic
            servers:
              production: https://api.example.com
            auth:
              scheme: bearer
            operations:

            """
        for index in 0..<operations {
            text += """
                  createThing\(index):
                    summary: Create thing number \(index)
                    method: POST
                    path: /v1/things/{thingId}/parts
                    pathParameters:
                      thingId:
                        type: string
                        minLength: 1
                    body:
                      type: ThingRequest\(index)
                    responses:
                      200:
                        type: Thing\(index)
                      4XX:
                        type: Problem

                """
        }
        text += """
            types:
              Problem:
                fields:
                  message:
                    type: string
                    required: true

            """
        for index in 0..<operations {
            text += """
                  ThingRequest\(index):
                    description: The request of operation \(index).
                    fields:
                      name:
                        type: string
                        required: true
                        minLength: 3
                        maxLength: 50
                        allowedCharacters: [letters, space]
                      email:
                        type: string
                        format: email
                      reference_id:
                        type: string
                        maxLength: 40
                        pattern: "[A-Za-z0-9 ]+"
                      amount:
                        type: decimal
                        minimum: 0
                        maximum: 100000.00
                      tags:
                        type: array
                        maxItems: 10
                        items:
                          type: string
                          maxLength: 20
                      notes:
                        type: map
                        maxEntries: 15
                        values:
                          type: string
                          maxLength: 256
                      kind:
                        enum: [person, company]
                        default: person
                  Thing\(index):
                    fields:
                      id:
                        type: string
                        required: true
                      name:
                        type: string
                        required: true
                      created_at:
                        type: dateTime
                        dateFormat: unixSeconds
                        required: true
                      active:
                        type: boolean
                        default: true
                      notes:
                        type: map
                        values: string

                """
        }
        return text
    }
}
