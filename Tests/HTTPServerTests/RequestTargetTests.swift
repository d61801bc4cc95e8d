import HTTPServer
import Testing

/// Paths decoded, and every decoded path that could reach another name than the one written flagged.
@Suite struct RequestTargetTests {
    static let decoded: [(raw: String, path: String, query: String?, flaw: PathFlaw?)] = [
        ("/", "/", nil, nil),
        ("/issues/K-0001", "/issues/K-0001", nil, nil),
        ("/documents/sheet/soudan/R6?format=csv", "/documents/sheet/soudan/R6", "format=csv", nil),
        ("/a?b?c", "/a", "b?c", nil),
        ("/%E7%9B%B8%E8%AB%87", "/相談", nil, nil),
        ("/a%20b", "/a b", nil, nil),
        ("/a+b", "/a+b", nil, nil),
        ("/%7euser", "/~user", nil, nil),
        ("/..a/b..", "/..a/b..", nil, nil),
        ("/static/../vault", "/static/../vault", nil, .dotSegment),
        ("/static/%2e%2E/vault", "/static/../vault", nil, .dotSegment),
        ("/static/.%2e", "/static/..", nil, .dotSegment),
        ("/./x", "/./x", nil, .dotSegment),
        ("/x/.", "/x/.", nil, .dotSegment),
        ("/file%00.html", "/file\u{0}.html", nil, .controlCharacter),
        ("/a%0D%0ASet-Cookie:x", "/a\r\nSet-Cookie:x", nil, .controlCharacter),
        ("/a%7F", "/a\u{7F}", nil, .controlCharacter),
        ("/a\\b", "/a\\b", nil, .backslash),
        ("/a%5c..%5cb", "/a\\..\\b", nil, .backslash),
        ("/a%2Fb", "/a/b", nil, .encodedSlash),
        ("/a%2F..%2Fb", "/a/../b", nil, .dotSegment),
        ("/%E8%AA", "/\u{FFFD}", nil, .invalidUTF8),
        ("/%C0%AF", "/\u{FFFD}\u{FFFD}", nil, .invalidUTF8),
        ("/a?q=%00../", "/a", "q=%00../", nil),
    ]

    @Test(arguments: decoded)
    func decodesThePathAndFlagsWhatIsUnsafe(_ raw: String, _ path: String, _ query: String?, _ flaw: PathFlaw?) throws {
        let target = try RequestTarget(raw)
        #expect(target.path == path && target.query == query && target.flaw == flaw && target.rawPath == String(raw.prefix { $0 != "?" }))
    }

    @Test func aFlawedRequestSaysWhy() throws {
        let request = HTTPRequest(target: try RequestTarget("/static/%2e%2e/key"))
        #expect(request.pathFlaw == .dotSegment && request.pathFlaw?.description == "the path holds a '.' or '..' segment")
    }

    @Test func theQueryIsDecodedAsAFormIs() throws {
        let request = HTTPRequest(target: try RequestTarget("/search?q=%E5%9C%B0%E5%9F%9F+%E7%A7%BB%E8%A1%8C&as-of=R6.4.1&q=2&flag"))
        #expect(request.queryItems["q"] == "地域 移行" && request.queryItems.values("q") == ["地域 移行", "2"])
        #expect(request.queryItems["as-of"] == "R6.4.1" && request.queryItems["flag"] == "" && request.queryItems["none"] == nil)
    }
}

@Suite struct URLEncodedFormTests {
    @Test(arguments: [
        ("a=1&b=2", [("a", "1"), ("b", "2")]),
        ("a=1&&b=", [("a", "1"), ("b", "")]),
        ("=x&y", [("", "x"), ("y", "")]),
        ("t=%E8%AA%B2%E9%A1%8C+%2B1", [("t", "課題 +1")]),
        ("k=100%&p=%zz%4", [("k", "100%"), ("p", "%zz%4")]),
        ("a=b=c", [("a", "b=c")]),
        ("bad=%FF", [("bad", "\u{FFFD}")]),
        ("", []),
    ])
    func decodesAsTheURLStandardSays(_ text: String, _ items: [(String, String)]) {
        #expect(URLEncodedForm(text).items == items.map { URLEncodedForm.Item(name: $0.0, value: $0.1) })
    }

    @Test func aBodyIsReadFromItsBytes() {
        let form = URLEncodedForm(Array("title=%E7%B2%BE%E7%A5%9E&by=soudan".utf8))
        #expect(form["title"] == "精神" && form["by"] == "soudan")
    }
}

@Suite struct HTTPHeadersTests {
    @Test func namesAreComparedWithoutCaseAndRepeatsAreKept() {
        var headers: HTTPHeaders = ["Set-Cookie": "a=1", "content-type": "text/plain"]
        headers.add("SET-COOKIE", "b=2")
        #expect(headers["set-cookie"] == "a=1" && headers.values("Set-Cookie") == ["a=1", "b=2"] && headers.count == 3)
        headers.set("Content-Type", "text/html")
        #expect(headers["CONTENT-TYPE"] == "text/html" && headers.values("content-type").count == 1)
        headers.remove("set-cookie")
        #expect(!headers.contains("Set-Cookie") && headers.map(\.name) == ["Content-Type"])
    }

    @Test func tokensAreSplitTrimmedAndLowercased() {
        let headers: HTTPHeaders = ["Connection": " Keep-Alive ,Upgrade", "connection": "CLOSE,,"]
        #expect(headers.tokens("Connection") == ["keep-alive", "upgrade", "close"])
    }
}
