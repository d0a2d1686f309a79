import Curriculum
import Foundation
@testable import ICalendar
import Presentation
import Testing

extension LibicalTests {
    struct FeedWriterTests {
        let programme = FeedFixtures.programme

        func feeds(_ schedule: Schedule = FeedFixtures.schedule(), previous: Schedule? = nil, epoch: Int? = nil) throws -> [Feed] {
            try FeedWriter.feeds(schedule: schedule, programme: programme, previous: previous, sourceDateEpoch: epoch)
        }

        func feed(_ name: String, in feeds: [Feed]) throws -> Feed {
            try #require(feeds.first { $0.fileName == name })
        }

        /// The text with folded lines joined again.
        func unfolded(_ text: String) -> String { text.replacingOccurrences(of: "\r\n ", with: "") }

        @Test func writesOneFeedPerProgrammeTrainerRoomCohortAndVenue() throws {
            #expect(try feeds().map(\.fileName) == [
                "demo-2023.ics", "trainer-blanc.ics", "trainer-michel.ics", "trainer-ratineau.ics", "room-salle-1.ics",
                "room-aula-b.ics", "cohort-promo.ics", "cohort-guests.ics", "venue-paris.ics", "venue-ravenna.ics",
            ])
            var oneVenue = programme
            oneVenue.venues.removeLast()
            let names = try FeedWriter.feeds(schedule: FeedFixtures.schedule(entries: Array(FeedFixtures.defaultEntries.prefix(4))),
                                             programme: oneVenue, previous: nil, sourceDateEpoch: nil).map(\.fileName)
            #expect(!names.contains { $0.hasPrefix("venue-") })
        }

        @Test func everyFeedIsReadBackByLibicalWithoutErrors() throws {
            for feed in try feeds() {
                let inspection = FeedInspection(feed.text)
                #expect(inspection.errors.isEmpty, "\(feed.fileName): \(inspection.errors)")
                #expect(inspection.calendarProperties["X-WR-CALNAME"] == feed.title)
            }
            #expect(FeedInspection(try feed("demo-2023.ics", in: feeds()).text).events.count == 7)
        }

        @Test func linesEndWithCRLFAndHoldAtMost75Octets() throws {
            for feed in try feeds() {
                #expect(feed.text.hasSuffix("END:VCALENDAR\r\n"))
                let lines = feed.text.components(separatedBy: "\r\n").dropLast()
                for line in lines {
                    #expect(!line.contains("\n") && !line.contains("\r"), "bare line end in \(feed.fileName)")
                    #expect(line.utf8.count <= 75, "\(feed.fileName): \(line.utf8.count) octets: \(line)")
                }
            }
            // Folding kept the long, accented description whole.
            let text = unfolded(try feed("demo-2023.ics", in: feeds()).text)
            #expect(text.contains(String(repeating: "Un texte long avec des accents éèàç et des virgules\\, ", count: 6)))
        }

        @Test func foldingKeepsMultiByteCharactersWhole() throws {
            let text = try feed("trainer-michel.ics", in: feeds()).text
            #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            let event = try #require(FeedInspection(text).event("pana-1@demo-2023.cursus"))
            #expect(event.description.hasPrefix(FeedFixtures.multilingual + "\n\nTrainers: Anne-Laure Michel (Animafac)"))
        }

        @Test func fileNamesAreThoseOfTheTimetablePages() throws {
            var odd = programme
            odd.trainers.append(Trainer(id: "Jean_Dupont.é", name: "Jean Dupont"))
            odd.rooms.append(Room(id: "--Salle--B--", name: "Salle B", venue: "paris", capacity: 10))
            let names = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: odd, previous: nil, sourceDateEpoch: nil).map(\.fileName)
            #expect(names.contains("trainer-jean-dupont-e.ics"))
            #expect(names.contains("room-salle-b.ics"))
        }

        @Test func escapesTextValues() throws {
            let text = unfolded(try feed("demo-2023.ics", in: feeds()).text)
            #expect(text.contains("SUMMARY;LANGUAGE=fr:Installation\\, introduction des participants\r\n"))
            #expect(text.contains(
                "DESCRIPTION;LANGUAGE=fr:Accueil\\; café\\, tour de table\\, et présentation de la semaine.\\nSecond line with a backslash \\\\ too."
            ))
            #expect(text.contains("X-WR-CALNAME:Emancip'Asso\\; training\\, week\r\n"))
        }

        @Test func oneCategoriesPropertyPerEventWithEachValueEscaped() throws {
            var programme = programme
            programme.sessions[1].category = "Agir en citoyen local, régional; national"
            let all = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: programme, previous: nil, sourceDateEpoch: nil)
            let text = unfolded(try feed("trainer-blanc.ics", in: all).text)
            #expect(text.contains("\r\nCATEGORIES;LANGUAGE=fr:Agir en citoyen local\\, régional\\; national,Monde associatif\r\n"))
            for event in FeedInspection(text).events {
                #expect(event.text.components(separatedBy: "\r\nCATEGORIES").count <= 2, "\(event.uid)")
            }
            // libical reads the two values back, commas and semicolon inside the first one kept.
            let event = try #require(FeedInspection(text).event("ecosystem-1@demo-2023.cursus"))
            #expect(event.categories == ["Agir en citoyen local, régional; national", "Monde associatif"])
        }

        @Test func calendarNamesPutTheDistinguishingPartFirstAndStayShort() throws {
            var programme = programme
            programme.shortTitle = "Emancip'Asso 2023"
            programme.trainers[0].name = "Enseignant·e — intelligence collective et coopération (à nommer)"
            let names = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: programme, previous: nil, sourceDateEpoch: nil)
                .map(\.title)
            #expect(names == [
                "Emancip'Asso 2023", "Enseignant·e — intelligence collective… · Emancip'Asso 2023",
                "Anne-Laure Michel · Emancip'Asso 2023", "David Ratineau · Emancip'Asso 2023", "Salle 1 · Emancip'Asso 2023",
                "Aula B · Emancip'Asso 2023", "Promotion 2023 · Emancip'Asso 2023", "Invités · Emancip'Asso 2023",
                "Maison des associations · Emancip'Asso 2023", "Campus di Ravenna · Emancip'Asso 2023",
            ])
            #expect(names.allSatisfy { $0.count <= FeedScope.maximumNameLength })
            programme.shortTitle = String(repeating: "Très long titre ", count: 5)
            let long = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: programme, previous: nil, sourceDateEpoch: nil)
            #expect(long.map(\.title)[0] == "Très long titre Très long titre Très long titre Très long…")
            #expect(long.map(\.title)[2] == "Anne-Laure Michel · Très long titre Très long titre Très…")
        }

        @Test func timezoneIsTheOneOfTheFeedsOwnEventsAndOmittedWhenSeveral() throws {
            let all = try feeds()
            func zone(_ name: String) throws -> String? { FeedInspection(try feed(name, in: all).text).calendarProperties["X-WR-TIMEZONE"] }
            #expect(try zone("venue-ravenna.ics") == "Europe/Rome")
            #expect(try zone("trainer-blanc.ics") == "Europe/Paris")
            // The programme's feed holds events in Paris and in Ravenna.
            #expect(try zone("demo-2023.ics") == "")
            #expect(!(try feed("demo-2023.ics", in: all).text.contains("X-WR-TIMEZONE")))
        }

        @Test func everyEventNamesTheOrganiserAndWithoutContactNothingClaimsPublish() throws {
            let text = unfolded(try feed("cohort-promo.ics", in: feeds()).text)
            let events = FeedInspection(text).events
            #expect(!events.isEmpty)
            for event in events {
                #expect(event.text.contains("\r\nORGANIZER;CN=\"Framasoft, Animafac; Paris\":mailto:formation@example.org\r\n"), "\(event.uid)")
            }
            var anonymous = programme
            anonymous.contact = nil
            for feed in try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: anonymous, previous: nil, sourceDateEpoch: nil) {
                #expect(!feed.text.contains("ORGANIZER") && !feed.text.contains("METHOD:PUBLISH"), "\(feed.fileName)")
            }
        }

        /// The description's labels come from Presentation's one table per language, with each
        /// language's colon ("Intervenants : " in French, "Lehrende: " in German).
        @Test(arguments: LabelTable.languages)
        func descriptionLabelsAreThoseOfTheLabelTable(language: String) throws {
            var translated = programme
            translated.language = language
            translated.sessions = translated.sessions.map { var session = $0; session.language = nil; return session }
            let feeds = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: translated, previous: nil, sourceDateEpoch: nil)
            let text = unfolded(try feed("demo-2023.ics", in: feeds).text)
            let labels = Localization(languageTag: language)
            #expect(text.contains("\\n\\n" + labels.labelled(labels.text(.trainers), "Yannick Blanc (La Fonda)")
                + "\\n\\n" + labels.labelled(labels.text(.module), "Monde associatif") + "\r\n"))
            let expected = ["de": "Lehrende: Yannick Blanc (La Fonda)\\n\\nModul: Monde", "es": "Docentes: Yannick Blanc (La Fonda)\\n\\nMódulo: Monde",
                            "en": "Trainers: Yannick Blanc (La Fonda)\\n\\nModule: Monde", "it": "Docenti: Yannick Blanc (La Fonda)\\n\\nModulo: Monde",
                            "fr": "Intervenants\u{202F}: Yannick Blanc (La Fonda)\\n\\nModule\u{202F}: Monde"]
            #expect(text.contains(try #require(expected[language])))
        }

        @Test func eventsDescribeSpeakersPlaceCategoriesAndLanguage() throws {
            let text = unfolded(try feed("demo-2023.ics", in: feeds()).text)
            #expect(text.contains("\\n\\nTrainers: Anne-Laure Michel (Animafac)\\, David Ratineau (Le Mouvement Associatif)\r\n"))
            #expect(text.contains("\\n\\nIntervenants\u{202F}: Yannick Blanc (La Fonda)\\n\\nModule\u{202F}: Monde associatif\r\n"))
            #expect(text.contains("LOCATION;LANGUAGE=fr:Aula B\\, Campus di Ravenna\\, Via Baccarini 27\\, Ravenna\r\n"))
            #expect(text.contains("CATEGORIES;LANGUAGE=fr:talk,Monde associatif\r\n"))
            for event in FeedInspection(text).events {
                #expect(event.status == "CONFIRMED")
                #expect(event.sequence == 0)
                #expect(event.text.contains("\r\nSUMMARY;LANGUAGE="))
            }
        }

        @Test func calendarHeaderAnnouncesPublishingAndRefresh() throws {
            let all = try feeds()
            let text = try feed("trainer-blanc.ics", in: all).text
            let header = FeedInspection(text).calendarProperties
            #expect(header["PRODID"] == CalendarDocument.productID)
            #expect(header["VERSION"] == "2.0")
            #expect(header["METHOD"] == "PUBLISH")
            #expect(header["X-WR-CALNAME"] == "Yannick Blanc · Emancip'Asso; training, week")
            #expect(header["X-WR-TIMEZONE"] == "Europe/Paris")
            #expect(text.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n"))
            #expect(text.contains("\r\nX-PUBLISHED-TTL:PT12H\r\n"))
            #expect(FeedInspection(try feed("venue-ravenna.ics", in: all).text).calendarProperties["X-WR-TIMEZONE"] == "Europe/Rome")
        }

        @Test func uidsAreUniqueAndMadeOfIdsOnly() throws {
            for feed in try feeds() {
                let uids = FeedInspection(feed.text).events.map(\.uid)
                #expect(Set(uids).count == uids.count, "\(feed.fileName)")
            }
            let uids = FeedInspection(try feed("demo-2023.ics", in: feeds()).text).events.map(\.uid).sorted()
            #expect(uids == [
                "block-immersion@blocks.demo-2023.cursus", "ecosystem-1@demo-2023.cursus", "lookback-1@demo-2023.cursus",
                "lookback-2@demo-2023.cursus", "pana-1@demo-2023.cursus", "pana-2@demo-2023.cursus", "welcome-1@demo-2023.cursus",
            ])
            // Another seed, another publication, other times and rooms: the same UIDs.
            var resolved = FeedFixtures.schedule(published: "2023-02-01T08:00:00+01:00")
            resolved.seed = 42
            for index in resolved.entries.indices {
                resolved.entries[index].date = resolved.entries[index].date.adding(days: 1)
                resolved.entries[index].room = nil
            }
            resolved.entries.reverse()
            #expect(FeedInspection(try feed("demo-2023.ics", in: feeds(resolved)).text).events.map(\.uid).sorted() == uids)
        }

        @Test func identicalInputGivesIdenticalBytes() throws {
            let first = try feeds()
            #expect(try feeds() == first)
            var shuffled = FeedFixtures.schedule()
            shuffled.entries = [3, 0, 5, 1, 4, 2].map { shuffled.entries[$0] }
            #expect(try feeds(shuffled) == first)
        }

        @Test func stampsComeFromSourceDateEpochElsePublished() throws {
            let published = FeedInspection(try feed("demo-2023.ics", in: feeds()).text).events
            #expect(published.allSatisfy { $0.stamp == "20230110T120000Z" && $0.lastModified == "20230110T120000Z" })
            let epoch = FeedInspection(try feed("demo-2023.ics", in: feeds(epoch: 1_700_000_000)).text).events
            #expect(epoch.allSatisfy { $0.stamp == "20231114T221320Z" && $0.lastModified == "20231114T221320Z" })
            #expect(throws: ICalendarError.invalidTimestamp("last Tuesday")) {
                try feeds(FeedFixtures.schedule(published: "last Tuesday"))
            }
        }

        @Test func oneTruncatedVTimezonePerTZIDWithPlainNames() throws {
            let all = try feeds()
            let programmeFeed = try feed("demo-2023.ics", in: all).text
            #expect(FeedInspection(programmeFeed).timezoneIDs == ["Europe/Paris", "Europe/Rome"])
            #expect(FeedInspection(try feed("trainer-blanc.ics", in: all).text).timezoneIDs == ["Europe/Paris"])
            #expect(FeedInspection(try feed("room-aula-b.ics", in: all).text).timezoneIDs == ["Europe/Rome"])
            #expect(FeedInspection(try feed("cohort-guests.ics", in: all).text).timezoneIDs == ["Europe/Paris"])
            #expect(!programmeFeed.contains("freeassociation") && !programmeFeed.contains("X-LIC-LOCATION"))
            #expect(!programmeFeed.contains("DTSTART:19"), "VTIMEZONE not truncated")
            #expect(programmeFeed.contains("\r\nDTSTART;TZID=Europe/Paris:20230116T133000\r\n"))
            #expect(programmeFeed.contains("\r\nDTEND;TZID=Europe/Rome:20230327T113000\r\n"))
        }

        @Test func utcInstantsFollowDaylightSavingTime() throws {
            let schedule = FeedFixtures.schedule()
            let events = FeedInspection(try feed("demo-2023.ics", in: feeds(schedule)).text).events
            for entry in schedule.entries {
                let event = try #require(events.first { $0.uid == FeedEvent.uid(of: entry, programme: programme.id) })
                #expect(event.start == UTCTimestamp(iso: entry.start)?.seconds, "\(entry.key)")
                #expect(event.end == UTCTimestamp(iso: entry.end)?.seconds, "\(entry.key)")
            }
            // 09:30 in Ravenna is 08:30Z on Friday 24 March and 07:30Z on Monday 27 March (summer time).
            #expect(events.first { $0.uid == "lookback-2@demo-2023.cursus" }?.start == UTCTimestamp(iso: "2023-03-24T08:00:00Z")?.seconds)
            #expect(events.first { $0.uid == "pana-2@demo-2023.cursus" }?.start == UTCTimestamp(iso: "2023-03-27T07:30:00Z")?.seconds)
        }

        @Test func writtenFeedReadsBackAsTheScheduleThroughTheImporter() throws {
            let schedule = FeedFixtures.schedule()
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-ics-\(getpid())-roundtrip")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("demo.ics").path
            try feed("demo-2023.ics", in: feeds(schedule)).text.write(toFile: path, atomically: true, encoding: .utf8)
            let busy = try CalendarImporter.busyIntervals(
                path: path, from: programme.calendar.start, to: programme.calendar.end, timezone: "Europe/Paris"
            )
            let timed = busy.filter { !$0.allDay }.map { [$0.start, $0.end] }
            let expected = schedule.entries.map { [UTCTimestamp(iso: $0.start)!.seconds, UTCTimestamp(iso: $0.end)!.seconds] }
            #expect(timed == expected.sorted { $0.lexicographicallyPrecedes($1) })
            #expect(busy.filter(\.allDay).map(\.summary) == ["Immersion professionnelle"])
        }

        @Test func blocksAreAllDayEventsWithExclusiveEnd() throws {
            let all = try feeds()
            let block = try #require(FeedInspection(try feed("cohort-promo.ics", in: all).text).event("block-immersion@blocks.demo-2023.cursus"))
            #expect(block.text.contains("\r\nDTSTART;VALUE=DATE:20230201\r\nDTEND;VALUE=DATE:20230301\r\n"))
            #expect(FeedInspection(try feed("cohort-guests.ics", in: all).text).event(block.uid) == nil)
            #expect(FeedInspection(try feed("trainer-blanc.ics", in: all).text).event(block.uid) == nil)
        }

        @Test func eachFeedHoldsOnlyItsEvents() throws {
            let all = try feeds()
            func uids(_ name: String) throws -> [String] { FeedInspection(try feed(name, in: all).text).events.map(\.uid) }
            #expect(try uids("trainer-michel.ics") == ["pana-1@demo-2023.cursus", "pana-2@demo-2023.cursus"])
            #expect(try uids("trainer-ratineau.ics") == ["pana-1@demo-2023.cursus"])
            #expect(try uids("room-aula-b.ics") == ["lookback-2@demo-2023.cursus", "pana-2@demo-2023.cursus"])
            #expect(try uids("cohort-guests.ics") == ["ecosystem-1@demo-2023.cursus"])
            #expect(try uids("venue-ravenna.ics") == ["lookback-2@demo-2023.cursus", "pana-2@demo-2023.cursus"])
            #expect(try uids("cohort-promo.ics").count == 7)
        }

        @Test func unknownTimeZoneIsAnError() throws {
            var schedule = FeedFixtures.schedule()
            schedule.entries[0].timezone = "Europe/Atlantis"
            #expect(throws: ICalendarError.unknownTimeZone("Europe/Atlantis", usedBy: "session welcome")) { try feeds(schedule) }
        }
    }
}

extension LibicalTests {
    /// Re-solves against a previously published schedule: SEQUENCE, LAST-MODIFIED and CANCELLED events.
    struct FeedWriterChangeTests {
        let programme = FeedFixtures.programme
        let previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: "2023-01-10T12:00:00Z")

        func programmeFeed(_ schedule: Schedule, previous: Schedule?) throws -> FeedInspection {
            let feeds = try FeedWriter.feeds(schedule: schedule, programme: programme, previous: previous, sourceDateEpoch: nil)
            return FeedInspection(try #require(feeds.first).text)
        }

        func feed(_ name: String, _ schedule: Schedule, previous: Schedule?) throws -> FeedInspection {
            let feeds = try FeedWriter.feeds(schedule: schedule, programme: programme, previous: previous, sourceDateEpoch: nil)
            return FeedInspection(try #require(feeds.first { $0.fileName == name }).text)
        }

        func resolved(_ change: (inout [ScheduledOccurrence]) -> Void) -> Schedule {
            var schedule = FeedFixtures.schedule(published: "2023-01-12T18:00:00Z")
            change(&schedule.entries)
            return schedule
        }

        @Test func movedEventKeepsItsUIDAndRaisesItsSequence() throws {
            let moved = resolved { entries in
                entries[3] = FeedFixtures.occurrence("pana", date: (2023, 1, 18), from: (14, 0), to: (16, 0), trainers: ["michel", "ratineau"])
            }
            let before = try programmeFeed(previous, previous: nil)
            let after = try programmeFeed(moved, previous: previous)
            let event = try #require(after.event("pana-1@demo-2023.cursus"))
            #expect(event.sequence == 1)
            #expect(event.lastModified == "20230112T180000Z" && event.stamp == "20230112T180000Z")
            #expect(event.startLine == "DTSTART;TZID=Europe/Paris:20230118T140000")
            for unchanged in ["welcome-1", "ecosystem-1", "lookback-1", "lookback-2", "pana-2"] {
                let uid = "\(unchanged)@demo-2023.cursus"
                #expect(after.event(uid)?.text == before.event(uid)?.text, "\(uid) changed bytes")
            }
        }

        @Test func roomOrTrainerChangeRaisesTheSequence() throws {
            let changed = resolved { entries in
                entries[0].room = nil
                entries[1].trainers = ["michel"]
                entries[2].title = "Look back"
            }
            let after = try programmeFeed(changed, previous: previous)
            #expect(after.event("welcome-1@demo-2023.cursus")?.sequence == 1)
            #expect(after.event("ecosystem-1@demo-2023.cursus")?.sequence == 1)
            // A new title is a new LAST-MODIFIED, not a new sequence.
            #expect(after.event("lookback-1@demo-2023.cursus")?.sequence == 0)
            #expect(after.event("lookback-1@demo-2023.cursus")?.lastModified == "20230112T180000Z")
            #expect(after.event("lookback-2@demo-2023.cursus")?.lastModified == "20230110T120000Z")
        }

        @Test func sequencesAccumulateOverPublications() throws {
            let first = resolved { $0[0].startTime = TimeOfDay(hour: 13, minute: 45) }
            let published = ScheduleRevision.revise(first, previous: previous, stamp: "2023-01-12T18:00:00Z")
            var second = FeedFixtures.schedule(published: "2023-01-13T09:00:00Z")
            second.entries[0].startTime = TimeOfDay(hour: 14)
            let feed = try programmeFeed(second, previous: published)
            #expect(feed.event("welcome-1@demo-2023.cursus")?.sequence == 2)
        }

        @Test func removedOccurrenceAppearsOnceAsCancelled() throws {
            let shorter = resolved { $0.remove(at: 4) }
            let after = try programmeFeed(shorter, previous: previous)
            let cancelled = after.events.filter { $0.uid == "lookback-2@demo-2023.cursus" }
            #expect(cancelled.count == 1)
            #expect(cancelled.first?.status == "CANCELLED")
            #expect(cancelled.first?.sequence == 1)
            #expect(cancelled.first?.lastModified == "20230112T180000Z")
            #expect(after.events.filter { $0.status == "CANCELLED" }.count == 1)
            #expect(try feed("room-aula-b.ics", shorter, previous: previous).event("lookback-2@demo-2023.cursus")?.status == "CANCELLED")
            // Published once as cancelled, it is gone from the export after.
            let published = ScheduleRevision.revise(shorter, previous: previous, stamp: "2023-01-12T18:00:00Z")
            #expect(try programmeFeed(shorter, previous: published).event("lookback-2@demo-2023.cursus") == nil)
        }

        @Test func removedBlockAppearsOnceAsCancelled() throws {
            var withoutBlock = FeedFixtures.schedule(published: "2023-01-12T18:00:00Z")
            withoutBlock.blocks = []
            let uid = "block-immersion@blocks.demo-2023.cursus"
            for name in ["demo-2023.ics", "cohort-promo.ics"] {
                let events = try feed(name, withoutBlock, previous: previous).events.filter { $0.uid == uid }
                #expect(events.map(\.status) == ["CANCELLED"], "\(name)")
                #expect(events.first?.sequence == 1)
            }
        }

        @Test func eventLeavingATrainerIsCancelledInThatTrainersFeed() throws {
            let handedOver = resolved { $0[5].trainers = ["ratineau"] }
            let michel = try feed("trainer-michel.ics", handedOver, previous: previous)
            #expect(michel.event("pana-2@demo-2023.cursus")?.status == "CANCELLED")
            #expect(michel.event("pana-2@demo-2023.cursus")?.sequence == 1)
            let ratineau = try feed("trainer-ratineau.ics", handedOver, previous: previous)
            #expect(ratineau.event("pana-2@demo-2023.cursus")?.status == "CONFIRMED")
            #expect(ratineau.event("pana-2@demo-2023.cursus")?.sequence == 1)
        }

        @Test func rewritingFromThePublishedScheduleGivesTheSameBytes() throws {
            let changed = resolved { $0[0].room = nil }
            let feeds = try FeedWriter.feeds(schedule: changed, programme: programme, previous: previous, sourceDateEpoch: nil)
            let published = ScheduleRevision.revise(changed, previous: previous, stamp: try FeedWriter.stamp(schedule: changed, sourceDateEpoch: nil))
            let again = try FeedWriter.feeds(schedule: published, programme: programme, previous: previous, sourceDateEpoch: nil)
            #expect(again == feeds)
        }
    }
}
