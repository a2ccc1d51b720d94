extension KeyedDecodingContainer {
    /// Booleans carried as the integers 0 and 1 (also accepts true/false, because providers are sloppy); anything else is a DecodingError naming the field and saying "expected 0 or 1".
    public func decodeBinaryBool(forKey key: Key) throws -> Bool {
        if let number = try? decode(Int.self, forKey: key) {
            switch number {
            case 0: return false
            case 1: return true
            default: break
            }
        } else if let flag = try? decode(Bool.self, forKey: key) {
            return flag
        } else if !contains(key) {
            // Lets the decoder raise its own "key not found" error.
            _ = try decode(Int.self, forKey: key)
        }
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected 0 or 1")
    }

    /// Absent or null → nil.
    public func decodeBinaryBoolIfPresent(forKey key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeBinaryBool(forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Writes 1 for true and 0 for false.
    public mutating func encodeBinaryBool(_ value: Bool, forKey key: Key) throws {
        try encode(value ? 1 : 0, forKey: key)
    }

    /// nil → omitted.
    public mutating func encodeBinaryBoolIfPresent(_ value: Bool?, forKey key: Key) throws {
        guard let value else { return }
        try encodeBinaryBool(value, forKey: key)
    }
}
