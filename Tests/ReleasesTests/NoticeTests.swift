import Curriculum
import Foundation
import Releases
import Testing

@Suite struct NoticeTests {
    typealias F = ReleaseFixtures

    @Test func sha256OfKnownInputs() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func emailHeadersAndParts() {
        let old = F.schedule([F.entry("lab", day: 17, hour: 9)])
        let new = F.schedule([F.entry("lab", day: 18, hour: 9)], published: "2023-01-08T10:00:00Z")
        let report = ChangeReport(diff: ScheduleDiff(old: old, new: new))
        let notice = Notice(report: report, recipient: Recipient(kind: .trainer, id: "ada", name: "Ada Lovelace"), release: 2)
        #expect(notice.subject == "Démo : modifications (version 2)")
        #expect(notice.text == """
            Bonjour Ada Lovelace,

            Le programme « Démo » a changé (version 2, dimanche 8 janvier 2023). Ce qui change pour vous\u{00A0}:

            déplacé\u{00A0}: Lab
              avant\u{00A0}: mardi 17 janvier 2023, 09:00–10:00, Salle A, Ada Lovelace
              désormais\u{00A0}: mercredi 18 janvier 2023, 09:00–10:00, Salle A, Ada Lovelace

            Le fichier de calendrier joint met ces événements à jour dans votre agenda.

            """)
        let mail = notice.email(calendar: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        let lines = mail.components(separatedBy: "\r\n")
        #expect(lines[0] == "From: =?UTF-8?B?RMOpbW8=?= <cursus@demo.invalid>")
        #expect(lines[1] == "To: Ada Lovelace:;")
        #expect(lines[2] == "Subject: =?UTF-8?B?RMOpbW8gOiBtb2RpZmljYXRpb25zICh2ZXJzaW9uIDIp?=")
        #expect(lines[3] == "Date: Sun, 08 Jan 2023 10:00:00 +0000")
        #expect(lines[4] == "Message-ID: <release-2.trainer-ada@demo.cursus>")
        #expect(mail.contains("Content-Type: text/calendar; charset=utf-8; name=\"trainer-ada.ics\"\r\n"))
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(!mail.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
