import CursusTestSupport
import Foundation
import Testing

/// `cursus serve` as a user runs it: the built binary on a free port, fetched with curl, stopped by its PID.
@Suite struct ServeCommandTests {
    @Test func servesTheExportsWithValidatorsAndStopsOnSIGTERM() throws {
        let server = try BackgroundProcess(CommandRunner.binary, ["serve", "exports", "--port", "0"])
        let banner = try #require(server.waitForLine(containing: "Serving exports on http://127.0.0.1:"))
        let port = try #require(banner.split(separator: ":").last?.split(separator: "/").first.map(String.init))
        let url = "http://127.0.0.1:\(port)/emancipasso-2023/emancipasso-2023.ics"
        let first = try BackgroundProcess.run("/usr/bin/curl", ["-s", "-D", "-", "-o", "/dev/null", url])
        #expect(first.output.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(first.output.contains("Content-Type: text/calendar; charset=utf-8\r\n"))
        let etagLine = try #require(first.output.split(separator: "\r\n").first { $0.hasPrefix("ETag: ") })
        let etag = String(etagLine.dropFirst("ETag: ".count))
        let body = try BackgroundProcess.run("/usr/bin/curl", ["-s", "--compressed", url])
        let file = try String(contentsOf: PackageRoot.url.appendingPathComponent("exports/emancipasso-2023/emancipasso-2023.ics"), encoding: .utf8)
        #expect(body.output == file)
        let second = try BackgroundProcess.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "If-None-Match: \(etag)", url])
        #expect(second.output == "304")
        let outside = try BackgroundProcess.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--path-as-is", "http://127.0.0.1:\(port)/../Package.swift"])
        #expect(outside.output == "404")
        let (status, output) = server.stop(SIGTERM)
        #expect(status == 0)
        let log = output.split(separator: "\n").filter { $0.contains(" 127.0.0.1 ") }
        #expect(log.count == 4)
        #expect(log.first?.contains(" GET /emancipasso-2023/emancipasso-2023.ics 200 ") == true)
        #expect(log.dropFirst().first?.contains(" gzip ") == true)
        #expect(log.last?.contains(" GET /../Package.swift 404 ") == true)
        #expect(output.hasSuffix("Stopped.\n"))
    }

    @Test func missingFolderExitsWith2() throws {
        let result = try CommandRunner.run(["serve", "no-such-exports", "--port", "0"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: no-such-exports: no such folder to serve.\n"
            + "Maybe run `cursus solve … --out no-such-exports` first, or give the exports folder.\n")
    }
}
