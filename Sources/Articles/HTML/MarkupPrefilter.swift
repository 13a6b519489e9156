#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts what the extractor never reads out of a page before the HTML parser sees it: the bodies
/// of scripts (except JSON-LD), styles, inline SVG, and comments. On news pages these are often
/// most of the bytes, and skipping them keeps parsing fast. Ends a script at the first `</script`,
/// as browsers do.
enum MarkupPrefilter {
    static func strip(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 2)
        input.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            var copied = 0  // bytes before this index are in `out` or skipped
            var i = 0
            while i < n {
                guard let p = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { break }
                let lt = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                i = lt + 1
                guard i < n else { break }
                if buf[i] == UInt8(ascii: "!"), lt + 4 <= n, buf[i + 1] == UInt8(ascii: "-"), buf[i + 2] == UInt8(ascii: "-") {
                    // Comment: drop through "-->", or to the end of the page when unterminated.
                    let close = ByteSearch.find(Array("-->".utf8), in: buf, from: lt + 4)
                    out.append(contentsOf: buf[copied..<lt])
                    let end = close.map { $0 + 3 } ?? n
                    copied = end
                    i = end
                    continue
                }
                let name: [UInt8]
                if matchesName("script", buf, i) { name = Array("script".utf8) }
                else if matchesName("style", buf, i) { name = Array("style".utf8) }
                else if matchesName("svg", buf, i) { name = Array("svg".utf8) }
                else { continue }
                // End of the opening tag.
                guard let gtPointer = memchr(base + i, Int32(UInt8(ascii: ">")), n - i) else { break }
                let gt = base.distance(to: gtPointer.assumingMemoryBound(to: UInt8.self))
                if gt > lt && buf[gt - 1] == UInt8(ascii: "/") { i = gt + 1; continue }  // <svg/>
                if name.count == 6, ByteSearch.find(Array("ld+json".utf8), in: buf, from: i, limit: gt, caseInsensitive: true) != nil {
                    i = gt + 1
                    continue
                }
                guard let close = ByteSearch.find([UInt8(ascii: "<"), UInt8(ascii: "/")] + name, in: buf, from: gt + 1, caseInsensitive: true) else {
                    break
                }
                out.append(contentsOf: buf[copied...gt])
                copied = close
                i = close + 2
            }
            out.append(contentsOf: buf[copied..<n])
        }
        return out
    }

    /// True when `name` (lowercase ASCII) starts at `i`, followed by a space, `>` or `/`.
    private static func matchesName(_ name: StaticString, _ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let count = name.utf8CodeUnitCount
        guard i + count < buf.count else { return false }
        let chars = name.utf8Start
        for k in 0..<count where buf[i + k] | 0x20 != chars[k] { return false }
        let next = buf[i + count]
        return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
    }
}
