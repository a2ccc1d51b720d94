/// Percent-encoding that keeps only RFC 3986 unreserved characters (A–Z a–z 0–9 - . _ ~), over UTF-8.
///
/// Form bodies, query items and path parameters all use this one strict set: it is valid in
/// every part of a URL and in `application/x-www-form-urlencoded`, so a value never changes
/// meaning ("+" stays data, "/" never splits a path segment).
enum PercentEncoding {
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func escape(_ text: String) -> String {
        if text.utf8.allSatisfy(isUnreserved) {
            return text
        }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
