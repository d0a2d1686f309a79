@testable import CalDAV
import Testing

@Suite struct NetrcTests {
    let netrc = Netrc(text: """
        machine cal.example.org login alice password first
        macdef init
        cd /somewhere

        machine cal.example.org
          login bob
          password "second"
        default login anonymous password guest
        """)

    @Test func entryOfTheHostAndLogin() {
        #expect(netrc.entry(host: "cal.example.org", login: nil)?.password == "first")
        #expect(netrc.entry(host: "cal.example.org", login: "bob")?.login == "bob")
        #expect(netrc.entry(host: "other.example.org", login: nil) == Netrc.Entry(machine: nil, login: "anonymous", password: "guest"))
        #expect(netrc.entries.count == 3)
    }

    @Test func credentialsPreferTheEnvironmentAndNeverDescribeThePassword() throws {
        let credentials = try #require(try CalDAVCredentials.resolve(
            user: "carol", host: "cal.example.org", environment: ["CURSUS_CALDAV_PASSWORD": "s3cret", "HOME": "/nonexistent"]))
        #expect(credentials.user == "carol")
        #expect(credentials.authorization == "Basic Y2Fyb2w6czNjcmV0")
        #expect(throws: CalDAVError.missingPassword(user: "carol", host: "cal.example.org")) {
            try CalDAVCredentials.resolve(user: "carol", host: "cal.example.org", environment: ["HOME": "/nonexistent"])
        }
        #expect(try CalDAVCredentials.resolve(user: nil, host: "cal.example.org", environment: ["HOME": "/nonexistent"]) == nil)
        #expect(CalDAVError.missingPassword(user: "carol", host: "cal.example.org").description
            == "no password for carol at cal.example.org.\nMaybe set CURSUS_CALDAV_PASSWORD, or add `machine cal.example.org login carol password …` to ~/.netrc.")
    }
}
