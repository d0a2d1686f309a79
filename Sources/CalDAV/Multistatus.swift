import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `DAV:multistatus` answer of a REPORT (RFC 4918 §13): per resource, its href, ETag and
/// calendar data (from the propstat whose status is 200).
enum Multistatus {
    struct Response: Sendable, Hashable {
        var href: String
        var etag: String?
        var calendarData: String?
    }

    /// The responses of a multistatus document; nil when it is not one.
    static func parse(_ data: Data) -> [Response]? {
        let reader = MultistatusReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse(), reader.sawMultistatus else { return nil }
        return reader.responses
    }
}

/// The `XMLParserDelegate` of `Multistatus.parse`: a class because XMLParser requires an NSObject
/// delegate; used by one parse on one thread.
private final class MultistatusReader: NSObject, XMLParserDelegate {
    var responses: [Multistatus.Response] = []
    var sawMultistatus = false
    private var text = ""
    private var current: Multistatus.Response?
    private var propstat: (etag: String?, data: String?, ok: Bool) = (nil, nil, false)

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        switch (namespaceURI, name) {
        case ("DAV:", "multistatus"): sawMultistatus = true
        case ("DAV:", "response"): current = Multistatus.Response(href: "")
        case ("DAV:", "propstat"): propstat = (nil, nil, false)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch (namespaceURI, name) {
        case ("DAV:", "href") where current?.href.isEmpty == true:
            current?.href = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case ("DAV:", "getetag"): propstat.etag = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case ("urn:ietf:params:xml:ns:caldav", "calendar-data"): propstat.data = text
        case ("DAV:", "status"): propstat.ok = text.contains(" 200 ")
        case ("DAV:", "propstat") where propstat.ok:
            current?.etag = propstat.etag ?? current?.etag
            current?.calendarData = propstat.data ?? current?.calendarData
        case ("DAV:", "response"):
            if let current { responses.append(current) }
            current = nil
        default: break
        }
        text = ""
    }
}
