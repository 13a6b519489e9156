import Testing
@testable import Articles

@Suite struct JSONValueTests {
    @Test func readsObjectsArraysAndEscapes() throws {
        let json = #"{"@type":["NewsArticle"],"headline":"Caf\u00e9 \"Nord\" \ud83d\ude00 reopens\n","n":-1.5e2,"ok":true,"none":null,"list":[1,"two",{"x":[]}]}"#
        let value = try #require(JSONValue.parse(json))
        #expect(value["headline"]?.string == "Caf\u{E9} \"Nord\" \u{1F600} reopens\n")
        #expect(value["@type"]?.list.first?.string == "NewsArticle")
        if case .number(let n)? = value["n"] { #expect(n == -150) } else { Issue.record("n should be a number") }
        if case .array(let list)? = value["list"] { #expect(list.count == 3) } else { Issue.record("list should be an array") }
        #expect(value["missing"] == nil)
    }

    @Test func forgivesCommentsTrailingCommasAndSingleQuotes() throws {
        let json = """
            { "@type" : "Organization", // "Person",
              /* a block comment */ "sameAs": ["a", "b", ],
              "description": 'It\\'s "quoted"', }
            """
        let value = try #require(JSONValue.parse(json))
        #expect(value["@type"]?.string == "Organization")
        #expect(value["sameAs"]?.list.count == 2)
        #expect(value["description"]?.string == "It's \"quoted\"")
    }

    @Test(arguments: ["", "{", "{\"a\":}", "[1,,]", "{\"a\" 1}", "\"unterminated", "tru", "{} extra", "{\"a\":\"\\u12\"}"])
    func rejectsInvalidJSON(_ text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(JSONValue.parse(deep) == nil)
        #expect(JSONValue.parse(String(repeating: "[", count: 10) + String(repeating: "]", count: 10)) != nil)
    }
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: return false
        }
    }
}
