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
    public static func read(contentsOf path: String, limits: JSONLimits) -> Result<JSONValue, Failure> {
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
        return read(bytes, limits: limits)
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
