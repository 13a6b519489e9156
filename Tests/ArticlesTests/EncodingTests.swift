import Foundation
import Testing
@testable import Articles

@Suite struct EncodingTests {
    private static let story = "Caf\u{E9} owners in the old town say \u{201C}trade is back\u{201D} \u{2013} sales rose 12% to \u{20AC}5 million, the best year since 2019."

    private func page(charset: String?) -> String {
        let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return "<html><head>\(meta)<title>Caf\u{E9} trade</title></head><body><article><p>\(Self.story)</p><p>\(Self.story)</p></article></body></html>"
    }

    @Test func windows1252PageWithDeclaredCharset() throws {
        let bytes = try #require(page(charset: "windows-1252").data(using: .windowsCP1252))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the fixture must not be valid UTF-8")
        let article = try HTMLArticleParser().parse(bytes, origin: "cp1252.html")
        #expect(article.paragraphs.first == Self.story)
        #expect(article.title == "Caf\u{E9} trade")
    }

    @Test func latin1LabelMeansWindows1252() throws {
        // Browsers read "iso-8859-1" as Windows-1252, where 0x80 is the euro sign.
        let bytes = try #require(page(charset: "iso-8859-1").data(using: .windowsCP1252))
        let article = try HTMLArticleParser().parse(bytes, origin: "latin1.html")
        #expect(article.paragraphs.first == Self.story)
    }

    @Test func undeclaredNonUTF8BytesFallBack() throws {
        let bytes = try #require(page(charset: nil).data(using: .windowsCP1252))
        let article = try HTMLArticleParser().parse(bytes, origin: "undeclared.html")
        #expect(article.paragraphs.first == Self.story)
    }

    @Test func validUTF8WinsOverAStaleDeclaration() throws {
        // Pages saved by a browser are UTF-8 but keep the original <meta charset>.
        let article = try HTMLArticleParser().parse(Data(page(charset: "iso-8859-1").utf8), origin: "saved.html")
        #expect(article.paragraphs.first == Self.story)
    }

    @Test func httpHeaderCharsetIsUsed() throws {
        let bytes = try #require(page(charset: nil).data(using: .windowsCP1252))
        let article = try HTMLArticleParser().parse(bytes, origin: "x", charset: "windows-1252")
        #expect(article.paragraphs.first == Self.story)
    }

    @Test func utf16WithByteOrderMark() throws {
        let bytes = try #require(page(charset: nil).data(using: .utf16))  // Foundation writes a BOM
        let article = try HTMLArticleParser().parse(bytes, origin: "utf16.html")
        #expect(article.paragraphs.first == Self.story)
    }

    @Test func shiftJISPageIsConverted() throws {
        let text = "\u{6771}\u{4EAC}\u{3067}\u{65B0}\u{3057}\u{3044}\u{99C5}\u{304C}\u{958B}\u{696D}\u{3057}\u{3001}\u{521D}\u{65E5}\u{306B}\u{306F}\u{591A}\u{304F}\u{306E}\u{4EBA}\u{304C}\u{8A2A}\u{308C}\u{307E}\u{3057}\u{305F}\u{3002}"
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><div class=\"article-body\"><p>\(text)</p><p>\(text)</p></div></body></html>"
        let bytes = try #require(html.data(using: .shiftJIS))
        let article = try HTMLArticleParser().parse(bytes, origin: "sjis.html")
        #expect(article.paragraphs.first == text)
    }

    @Test func lenientDecodingKeepsValidSequencesAndMapsStrayBytes() {
        let bytes: [UInt8] = Array("na\u{EF}ve ".utf8) + [0x93, 0x71, 0x94]  // “q” in Windows-1252
        let text = String(decoding: TextDecoding.lenientUTF8(bytes), as: UTF8.self)
        #expect(text == "na\u{EF}ve \u{201C}q\u{201D}")
    }
}
