/// A schema using every key the OpenAPI export maps, for targeted assertions and for the real
/// validator (`ProviderGenCLITests`). Kept beside the tests that read it.
enum OpenAPIKitchenSink {
    static let yaml = """
        provider:
          module: Sink
          name: Kitchen Sink
          docs: https://example.com/docs
          description: Every key the export maps.
        servers:
          production: https://api.example.com
          sandbox:
            url: https://sandbox.example.com
            description: Test mode.
        auth:
          scheme: bearer
        headers:
          Accept: application/json
        sending:
          idempotencyKeyHeader: Idempotency-Key
          retryHintHeader: Should-Retry
        responseHeaders:
          Retry-After:
            type: retryAfter
          X-RateLimit-Remaining:
            swiftName: rateLimitRemaining
            type: integer
        tolerate: [numberAsString]
        operations:
          createThing:
            summary: Create a thing
            description: Creates it.
            method: POST
            path: /v1/owners/{ownerId}/things
            pathParameters:
              ownerId:
                type: string
                minLength: 1
                pattern: "[a-z]{2}\\\\d+"
            query:
              dryRun:
                type: boolean
              sort:
                enum: [asc, desc]
              limit:
                type: integer
                minimum: 1
                maximum: 100
                example: 10
            headers:
              X-Trace:
                type: string
                swiftName: trace
                required: true
                maxLength: 64
            body:
              type: ThingRequest
              encoding: form
              arrayStyle: indexed
            responses:
              201:
                description: Created.
                type: Thing
                envelope:
                  type: Envelope
                  payload: data
              204:
                description: Nothing.
              4XX:
                type: [ValidationError, Problem]
              400:
                description: Bad.
                type: Problem
              default:
                description: Anything else.
                type: Problem
          getThing:
            method: GET
            path: /v1/owners/{ownerId}/things
            pathParameters:
              ownerId:
                type: string
            responses:
              200:
                description: The thing.
                type: Thing
        types:
          ThingRequest:
            description: A new thing.
            fields:
              name:
                type: string
                required: true
                minLength: 3
                maxLength: 50
                pattern: "^[A-Z][a-z.]+$"
                allowedCharacters:
                  classes: [asciiLetters, space]
                  extra: "-."
                allowedLastCharacter: [asciiLetters]
              title:
                type: string
                allowedCharacters: [letters]
              code:
                type: string
                example: 010469
              amount:
                type: decimal
                minimum: 0.01
                maximum: 1000
                example: 12.50
              active:
                type: binaryBoolean
                default: true
              born:
                type: date
              at:
                type: dateTime
                dateFormat: yyyy-MM-dd HH:mm:ss
                timeZone: America/Bogota
              seen:
                type: dateTime
                dateFormat: unixSeconds
              when:
                type: dateTime
              tags:
                type: array
                minItems: 1
                maxItems: 5
                items:
                  type: string
                  maxLength: 20
              notes:
                type: map
                minEntries: 1
                maxEntries: 15
                keys:
                  maxLength: 256
                values:
                  type: string
              address:
                type: Address
              kind:
                enum: [S, M, L]
                nullable: true
              email:
                type: string
                format: email
              phone:
                type: string
                format:
                  name: phone
                  country: {field: country}
              country:
                type: string
                format: countryCode
              extra:
                type: json
                nullable: true
              optionalAddress:
                type: Address
                nullable: true
              count:
                type: integer
                nullable: true
            rules:
              - id: phoneNeedsCountry
                when: phone
                requires: country
              - id: sizeFitsCountry
                allowedCombinations:
                  fields: [country, kind]
                  rows:
                    - [CO, S]
                severity: warning
                message: that size is not sold there
          Address:
            description: Where.
            fields:
              city:
                type: string
          Thing:
            fields:
              id:
                type: string
                required: true
                alternateNames: [thingId]
              status:
                type: Status
              meta:
                type: map
                values: string
                tolerate: [emptyArrayAsMap]
          Status:
            description: Grows over time.
            open: true
            enum:
              - value: active
                description: In use.
              - value: self
                swiftName: selfStatus
          Envelope:
            fields:
              code:
                type: integer
          Problem:
            fields:
              message:
                type: string
          ValidationError:
            fields:
              errors:
                type: array
                items: string
        """
}
