import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Synchronization
import Testing

/// `cursus serve` on a real socket (port 0), over a folder laid out like `exports/`.
@Suite struct ExportApplicationTests {
    let root: URL
    let feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + String(repeating: "X-FILLER:a calendar line long enough to be worth compressing\r\n", count: 40) + "END:VCALENDAR\r\n"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-serve-\(UUID().uuidString)")
        try write(feed, to: "prog/prog.ics")
        try write("<!DOCTYPE html><title>prog</title>", to: "prog/index.html")
        try write("%PDF-1.4 not really", to: "prog/prog.pdf")
        try write("{}", to: "prog/schedule.json")
        try write("hidden", to: "prog/.caldav-state")
        try write("secret", to: "../\(root.lastPathComponent)-outside.txt")
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func application(log: LogLines = LogLines()) -> some ApplicationProtocol {
        buildApplication(ServerConfiguration(root: root.path, port: 0), accessLog: { log.append($0) })
    }

    @Test func feedIsServedWithItsTypeAndValidators() async throws {
        try await application().test(.live) { client in
            try await client.execute(uri: "/prog/prog.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(String(buffer: response.body) == feed)
                let etag = try #require(response.headers[.eTag])
                #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
                #expect(response.headers[.lastModified]?.hasSuffix(" GMT") == true)
                #expect(response.headers[.vary] == "Accept-Encoding")
            }
            for (path, type) in [("/prog/", "text/html; charset=utf-8"), ("/prog/prog.pdf", "application/pdf"), ("/prog/schedule.json", "application/json")] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == type)
                }
            }
        }
    }

    @Test func currentCopyGets304() async throws {
        try await application().test(.live) { client in
            let first = try await client.execute(uri: "/prog/prog.ics", method: .get)
            let etag = try #require(first.headers[.eTag]), lastModified = try #require(first.headers[.lastModified])
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.headers[.eTag] == etag)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.ifModifiedSince: lastModified]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func changedFileGetsANewETagAndALaterLastModified() async throws {
        try await application().test(.live) { client in
            let first = try await client.execute(uri: "/prog/prog.ics", method: .get)
            // Written back with an older time: Last-Modified must still not go backwards.
            try write(feed.replacingOccurrences(of: "VERSION:2.0", with: "VERSION:2.0\r\nX-CHANGED:1"), to: "prog/prog.ics")
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: root.appendingPathComponent("prog/prog.ics").path)
            let etag = try #require(first.headers[.eTag])
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != etag)
                #expect(String(buffer: response.body).contains("X-CHANGED:1"))
                let before = try #require(first.headers[.lastModified].flatMap(Self.date))
                let after = try #require(response.headers[.lastModified].flatMap(Self.date))
                #expect(after > before)
            }
        }
    }

    @Test func headSendsTheHeadersOnly() async throws {
        try await application().test(.live) { client in
            try await client.execute(uri: "/prog/prog.ics", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == String(feed.utf8.count))
                #expect(response.headers[.eTag] != nil)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func gzipWhenAskedAndItDecompressesToTheFile() async throws {
        try await application().test(.live) { client in
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.acceptEncoding: "gzip, deflate"]) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentEncoding] == "gzip")
                let body = response.body
                #expect(body.readableBytes < feed.utf8.count)
                #expect(try Self.gunzip(Data(body.readableBytesView)) == Data(feed.utf8))
                let plain = try await client.execute(uri: "/prog/prog.ics", method: .get)
                #expect(response.headers[.eTag] != plain.headers[.eTag])
            }
            try await client.execute(uri: "/prog/prog.ics", method: .get, headers: [.acceptEncoding: "gzip;q=0, br"]) { response in
                #expect(response.headers[.contentEncoding] == nil)
                #expect(String(buffer: response.body) == feed)
            }
        }
    }

    @Test func nothingOutsideTheFolderNorHidden() async throws {
        let outside = root.deletingLastPathComponent().appendingPathComponent("\(root.lastPathComponent)-outside.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("prog/link.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("prog/inside.ics").path, withDestinationPath: "prog.ics")
        try await application().test(.live) { client in
            for path in [
                "/../\(root.lastPathComponent)-outside.txt", "/%2e%2e/\(root.lastPathComponent)-outside.txt",
                "/prog/%2E%2E/%2e%2e/\(root.lastPathComponent)-outside.txt", "/prog/..%2f..%2f\(root.lastPathComponent)-outside.txt",
                "/prog/link.txt", "/prog/.caldav-state", "/prog/missing.ics", "/prog/prog.ics%00.html",
            ] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(!String(buffer: response.body).contains("secret"))
                }
            }
            try await client.execute(uri: "/prog/inside.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == feed)
            }
        }
    }

    @Test func swappedFolderIsServedWhole() async throws {
        try await application().test(.live) { client in
            let old = try await client.execute(uri: "/prog/prog.ics", method: .get)
            // An export writes the new folder beside the old one, then renames it into place.
            let next = root.appendingPathComponent(".prog-next")
            try FileManager.default.createDirectory(at: next, withIntermediateDirectories: true)
            try Data("BEGIN:VCALENDAR\r\nX-NEW:1\r\nEND:VCALENDAR\r\n".utf8).write(to: next.appendingPathComponent("prog.ics"))
            try FileManager.default.moveItem(at: root.appendingPathComponent("prog"), to: root.appendingPathComponent(".prog-old"))
            try FileManager.default.moveItem(at: next, to: root.appendingPathComponent("prog"))
            try await client.execute(uri: "/prog/prog.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "BEGIN:VCALENDAR\r\nX-NEW:1\r\nEND:VCALENDAR\r\n")
                #expect(response.headers[.eTag] != old.headers[.eTag])
            }
            try await client.execute(uri: "/prog/index.html", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func oneAccessLogLinePerRequest() async throws {
        let log = LogLines()
        try await application(log: log).test(.live) { client in
            _ = try await client.execute(uri: "/prog/prog.ics", method: .get)
            _ = try await client.execute(uri: "/nothing", method: .head)
        }
        let lines = log.lines
        #expect(lines.count == 2)
        #expect(lines.first?.contains(" 127.0.0.1 GET /prog/prog.ics 200 \(feed.utf8.count) - ") == true)
        #expect(lines.last?.contains(" HEAD /nothing 404 0 - ") == true)
    }

    @Test func otherMethodsAreRefused() async throws {
        try await application().test(.live) { client in
            try await client.execute(uri: "/prog/prog.ics", method: .put, body: ByteBuffer(string: "x")) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func missingFolderIsRefusedWithItsMessage() {
        #expect(throws: ServeError.noFolder(path: "/nonexistent/exports")) {
            try ServerConfiguration(root: "/nonexistent/exports").validate()
        }
        #expect(ServeError.noFolder(path: "exports").description
            == "exports: no such folder to serve.\nMaybe run `cursus solve … --out exports` first, or give the exports folder.")
    }

    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }

    /// Decompresses with the system's `gzip -dc`.
    static func gunzip(_ data: Data) throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-\(UUID().uuidString).gz")
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return result
    }
}

/// The access-log lines a test server wrote.
final class LogLines: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}
