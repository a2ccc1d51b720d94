import Foundation
@_spi(Generated) import ProviderRuntimeCore

/// Reads the request payload `providergen validate` checks, as strictly as a generated response
/// decoder reads a body (the same reader) and within the same kind of bounds.
public enum PayloadReading {
    /// Why a payload was not read.
    public enum Failure: Error, Hashable, Sendable {
        /// The file could not be read at all: a usage error.
        case unreadable(String)
        /// The payload was refused: too large, too deep, or not strict JSON; `rule` is `json`.
        case invalid(ValidationIssue)
    }

    /// The payload in the file at `path`. A file over `limits.maxBytes` is refused by its size,
    /// before a byte of it is read.
    public static func read(
        contentsOf path: String,
        limits: JSONLimits,
        as typeName: String? = nil,
        in schema: ProviderSchema? = nil
    ) -> Result<JSONValue, Failure> {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        if let size, size > limits.maxBytes {
            return .failure(
                .invalid(
                    ValidationIssue(
                        path: "",
                        rule: "json",
                        message:
                            "the payload is \(size) bytes, over the limit of \(limits.maxBytes) bytes (--max-bytes)"
                    )
                )
            )
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable("cannot read \(path)"))
        }
        if let typeName, let schema { return read(bytes, limits: limits, as: typeName, in: schema) }
        return read(bytes, limits: limits)
    }

    /// The payload in `bytes` as the request body `typeName` of `schema`, read as the generated
    /// model reads it (`PayloadConversion`): a number a `Decimal` cannot hold is refused only in a
    /// field, never in a member the model ignores.
    public static func read(
        _ bytes: Data,
        limits: JSONLimits,
        as typeName: String,
        in schema: ProviderSchema
    ) -> Result<JSONValue, Failure> {
        let node: JSONNode
        do {
            node = try JSONReader.read(bytes, limits: limits)
        } catch {
            return .failure(.invalid(ValidationIssue(path: error.path, rule: "json", message: error.located)))
        }
        do throws(PayloadConversion.Refusal) {
            return .success(try PayloadConversion(schema: schema).value(node, as: typeName))
        } catch {
            return .failure(.invalid(ValidationIssue(path: error.path, rule: "json", message: error.message)))
        }
    }

    /// The payload in `bytes`, or the issue naming why and where it was refused.
    public static func read(_ bytes: Data, limits: JSONLimits) -> Result<JSONValue, Failure> {
        JSONLimits.$current.withValue(limits) { () -> Result<JSONValue, Failure> in
            do throws(ResponseDecodingError) {
                return .success(try ResponseBody.decode(JSONValue.self, status: 0, from: bytes))
            } catch {
                return .failure(.invalid(ValidationIssue(path: error.fieldPath, rule: "json", message: error.message)))
            }
        }
    }
}
