import CursusTestSupport
import Foundation

/// One test's calendar collection on a shared ``Radicale``: its URL, what it holds, and the
/// requests the server logged for it (and for no other test's calendar).
struct RadicaleCalendar: Sendable {
    let server: Radicale
    /// The collection's name under the user's home (`calendar-<uuid>`).
    let name: String

    var url: String { "http://127.0.0.1:\(server.port)/\(server.user)/\(name)/" }
    var user: String { server.user }
    var password: String { server.password }

    /// The calendar object of `uid` as Radicale holds it (GET).
    func get(uid: String) throws -> String {
        try server.curl(["-u", "\(user):\(password)", url + uid + ".ics"])
    }

    /// The requests with this method (`PUT`, `DELETE`) Radicale logged for this calendar's objects.
    func loggedRequests(_ method: String) -> Int {
        let log = (try? String(contentsOf: server.logFile, encoding: .utf8)) ?? ""
        let prefix = "] \(method) request for '/\(user)/\(name)/"
        return log.split(separator: "\n").filter { $0.contains(prefix) }.count
    }
}
