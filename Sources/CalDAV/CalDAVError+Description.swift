/// The messages of `CalDAVError`, with a hint on a new line starting "Maybe…". No message holds a password.
extension CalDAVError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidURL(let url):
            return "'\(url)' is not an http or https URL of a calendar.\nMaybe write it as http://host:port/user/calendar/."
        case .passwordInURL(let url):
            return "\(url): the URL holds a password.\nMaybe set CURSUS_CALDAV_PASSWORD or add a machine line to ~/.netrc instead."
        case .missingPassword(let user, let host):
            return "no password for \(user) at \(host).\nMaybe set CURSUS_CALDAV_PASSWORD, or add `machine \(host) login \(user) password …` to ~/.netrc."
        case .unauthorized(let url):
            return "\(url): 401 Unauthorized: the server refused the user name or password.\n"
                + "Maybe check --user and CURSUS_CALDAV_PASSWORD or ~/.netrc."
        case .forbidden(let url):
            return "\(url): 403 Forbidden: this user may not write to this calendar.\nMaybe publish to a calendar the user owns."
        case .notFound(let url):
            return "\(url): 404 Not Found: no calendar at this URL.\nMaybe create the calendar first, or check the URL's path."
        case .serverError(let url, let status):
            return "\(url): the server failed (\(status)).\nMaybe try again later; nothing after this request was sent."
        case .unexpectedStatus(let url, let method, let status):
            return "\(url): \(method) answered \(status), which Cursus does not expect from a CalDAV server."
        case .timedOut(let url, let seconds):
            return "\(url): no answer within \(Self.seconds(seconds)) s.\nMaybe the server is overloaded: try again, or raise --timeout."
        case .connectionRefused(let url):
            return "\(url): connection refused: nothing listens at this host and port.\nMaybe the server is not running, or the port is wrong."
        case .transport(let url, let reason):
            return "\(url): \(reason)."
        case .unreadableAnswer(let url):
            return "\(url): the answer to REPORT is not a readable CalDAV multistatus.\nMaybe the URL is not a CalDAV calendar."
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
