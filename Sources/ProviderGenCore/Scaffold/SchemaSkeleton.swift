/// The schema `providergen init` writes: the README walkthrough's example, commented, for a new
/// provider. It generates without a diagnostic, so a new user starts from working code and edits.
public enum SchemaSkeleton {
    /// The schema file's name for a module: `Acme` → `acme.yaml`.
    public static func fileName(module: String) -> String {
        module.lowercased() + ".yaml"
    }

    /// The skeleton for `module`, which must be a valid module name (`ModuleName.problem` is nil).
    public static func text(module: String) -> String {
        let host = module.lowercased()
        return """
            # \(module): `swift run providergen generate` turns this file into Generated/\(module)/.
            provider:
              module: \(module)  # the Swift module, and its folder under Generated/
              name: \(module)  # how documentation names the provider
              docs: https://docs.\(host).example/api/widgets
              description: \(module) sells widgets.

            servers:                          # base URLs; each becomes a case of Client.Server
              production: https://api.\(host).example
              sandbox:
                url: https://sandbox.\(host).example
                description: Test mode; nothing is shipped.

            auth:
              scheme: bearer                  # bearer, basic or none

            operations:                       # one method on Client per operation
              createWidget:
                summary: Create a widget
                method: POST
                path: /v1/widgets
                body:
                  type: CreateWidgetRequest   # validated before anything is sent
                responses:
                  200:
                    description: The new widget.
                    type: Widget

            types:
              CreateWidgetRequest:
                description: A new widget.
                fields:
                  name:
                    type: string
                    required: true
                    description: Shown on the invoice.
                    minLength: 3
                    maxLength: 40
                    allowedCharacters: [letters, digits, space]
                    example: Blue widget      # examples are checked against the rules
                  sku:
                    type: string
                    required: true
                    pattern: "[A-Z]{3}-[0-9]{4}"
                    example: ABC-1234
                  quantity:
                    type: integer
                    default: 1
                    minimum: 1
                    maximum: 100

              Widget:
                description: A widget as \(module) stores it.
                fields:
                  id:
                    type: string
                    required: true
                  name:
                    type: string
                    required: true
                  sku:
                    type: string
                    required: true
                  quantity:
                    type: integer
                    required: true
                  created_at:
                    type: dateTime
                    dateFormat: unixSeconds   # seconds since 1970 on the wire
                    required: true

            """
    }
}
