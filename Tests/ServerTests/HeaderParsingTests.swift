@testable import Server
import Testing

@Suite struct HeaderParsingTests {
    @Test func acceptEncoding() {
        #expect(AcceptEncoding(header: "gzip, deflate, br").allowsGzip)
        #expect(AcceptEncoding(header: "GZIP;q=0.5").allowsGzip)
        #expect(AcceptEncoding(header: "*").allowsGzip)
        #expect(!AcceptEncoding(header: "gzip;q=0, *").allowsGzip)
        #expect(!AcceptEncoding(header: "br").allowsGzip)
        #expect(!AcceptEncoding(header: nil).allowsGzip)
    }

    @Test func httpDates() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test func conditionals() {
        let tags = ["\"a\"", "\"a-gzip\""]
        #expect(ConditionalRequest(ifNoneMatch: "\"x\", W/\"a\"").isNotModified(tags: tags, lastModified: 10))
        #expect(ConditionalRequest(ifNoneMatch: "*").isNotModified(tags: tags, lastModified: 10))
        // If-None-Match decides alone, even with a later If-Modified-Since.
        #expect(!ConditionalRequest(ifNoneMatch: "\"b\"", ifModifiedSince: HTTPDate.format(20)).isNotModified(tags: tags, lastModified: 10))
        #expect(ConditionalRequest(ifModifiedSince: HTTPDate.format(10)).isNotModified(tags: tags, lastModified: 10))
        #expect(!ConditionalRequest(ifModifiedSince: HTTPDate.format(9)).isNotModified(tags: tags, lastModified: 10))
        #expect(!ConditionalRequest(ifModifiedSince: "yesterday").isNotModified(tags: tags, lastModified: 10))
    }

    @Test func pathSegments() {
        #expect(ExportFolder.segments(ofPath: "/a%20b/c.ics") == ["a b", "c.ics"])
        #expect(ExportFolder.segments(ofPath: "/a/../b") == nil)
        #expect(ExportFolder.segments(ofPath: "/%2e%2E/b") == nil)
        #expect(ExportFolder.segments(ofPath: "/a%2Fb") == nil)
        #expect(ExportFolder.segments(ofPath: "/.hidden") == nil)
        #expect(ExportFolder.segments(ofPath: "/a%ZZ") == nil)
    }
}
