import Foundation

/// The JSON settings every generated client shares.
public enum JSONBody: Sendable {
    /// Sorted keys and unescaped slashes: the same value always gives the same bytes.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }

    /// An encoder with the settings of ``encode(_:)``.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A plain decoder: date and boolean formats are chosen per field by the generated code.
    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }
}
