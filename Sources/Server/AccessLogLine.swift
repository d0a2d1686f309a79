import Foundation

/// One line of the access log of `cursus serve`:
/// `2026-12-03T14:50:01Z 127.0.0.1 GET /emancipasso-2023/emancipasso-2023.ics 200 15234 gzip 0.4ms`
/// (time in UTC, client, method, target, status, body bytes sent, `gzip` or `-`, time to answer).
struct AccessLogLine: Sendable {
    var time: Date
    var client: String
    var method: String
    var target: String
    var status: Int
    var bytes: Int
    var encoding: String?
    var duration: Duration

    var text: String {
        let milliseconds = Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000
        let target = target.unicodeScalars.map { $0.value < 0x21 || $0.value == 0x7F ? "%" + String(format: "%02X", $0.value) : String($0) }.joined()
        return "\(time.formatted(.iso8601)) \(client) \(method) \(target) \(status) \(bytes) \(encoding ?? "-") "
            + String(format: "%.1fms", milliseconds)
    }
}
