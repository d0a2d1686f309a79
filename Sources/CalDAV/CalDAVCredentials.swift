import Foundation

/// Who `cursus publish` is at the server. The password is only ever put in the Authorization header.
public struct CalDAVCredentials: Sendable {
    public var user: String
    var password: String

    /// The credentials for `host`: the user is `user`, else the URL's, else the `login` of the host's
    /// `~/.netrc` entry; the password is `CURSUS_CALDAV_PASSWORD`, else that entry's. nil when there is
    /// no user at all (requests go without authentication).
    /// - Throws: `CalDAVError.missingPassword` when there is a user but no password.
    public static func resolve(
        user: String?, host: String, environment: [String: String]
    ) throws(CalDAVError) -> CalDAVCredentials? {
        let netrc = environment["HOME"].flatMap { home in
            try? String(contentsOfFile: home + "/.netrc", encoding: .utf8)
        }.map(Netrc.init(text:))
        let entry = netrc?.entry(host: host, login: user)
        guard let name = user ?? entry?.login else { return nil }
        if let password = environment["CURSUS_CALDAV_PASSWORD"], !password.isEmpty {
            return CalDAVCredentials(user: name, password: password)
        }
        guard let password = entry?.password else { throw .missingPassword(user: name, host: host) }
        return CalDAVCredentials(user: name, password: password)
    }

    /// `Basic …` (RFC 7617).
    var authorization: String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }
}
