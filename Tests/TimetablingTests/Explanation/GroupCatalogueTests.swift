import Curriculum
import Testing
@testable import Timetabling

struct GroupCatalogueTests {
    @Test func publicHolidaysBecomeOneNamedGroupPerDate() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("cluny-mas-2023-2024.yaml")))
        let holidays = catalogue.groups.filter { $0.location.line == 55 }.map(\.sentence)
        #expect(holidays.contains("Università di Bologna, Campus di Ravenna is closed on Friday 8 December 2023 (public holiday: Immacolata Concezione)"))
        #expect(holidays.count == 6)  // 1 Nov, 8 Dec, 25 and 26 Dec, 1 and 6 Jan
        #expect(!catalogue.base.calendar.closures.contains {
            if case .publicHolidays = $0.kind { true } else { false }
        })
    }

    @Test func keepingEveryGroupGivesTheBaseProgramme() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("emancipasso-2023.yaml")))
        #expect(catalogue.programme(keeping: Array(catalogue.groups.indices)) == catalogue.base)
    }

    @Test func removingAGroupRelaxesOnlyIt() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("emancipasso-2023.yaml")))
        let blanc = try #require(catalogue.groups.firstIndex { $0.key == .trainerAvailable(0) })
        let relaxed = catalogue.programme(keeping: catalogue.groups.indices.filter { $0 != blanc })
        #expect(relaxed.trainers[0].available.isEmpty)
        #expect(relaxed.trainers[1] == catalogue.base.trainers[1])
        #expect(relaxed.rules == catalogue.base.rules)
        #expect(catalogue.groups[blanc].sentence
            == "Yannick Blanc is available only on Monday 16 January 2023 in the afternoon or on Tuesday 17 January 2023")
    }

    @Test func relaxedStayKeepsItsDatesButNotItsVenue() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("cluny-mas-2023-2024.yaml")))
        let stay = try #require(catalogue.groups.firstIndex { $0.key == .cohortStay(cohort: 0, stay: 0) })
        let only = try #require(catalogue.groups.firstIndex { $0.key == .cohortOnlyDuringStays(0) })
        let relaxed = catalogue.programme(keeping: catalogue.groups.indices.filter { $0 != stay && $0 != only })
        #expect(relaxed.cohorts[0].stays[0].from == catalogue.base.cohorts[0].stays[0].from)
        #expect(relaxed.cohorts[0].stays[0].venue == GroupCatalogue.anyVenue)
        // The travel day (1 December) is the only date no stay covers; relaxing fills it.
        #expect(relaxed.cohorts[0].stays.count == 3)
        #expect(relaxed.cohorts[0].stays[2].from == LocalDate(year: 2023, month: 12, day: 1))
    }

    @Test func sessionRestrictionKeepsItsTrainersCohortsAndClosures() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("emancipasso-2023.yaml")))
        let keys = catalogue.groups(restricting: "associative-world").map { catalogue.groups[$0].key }
        #expect(keys.contains(.trainerAvailable(0)))
        #expect(!keys.contains(.trainerAvailable(1)))
        #expect(keys.contains(.sessionRooms(1)))
        #expect(!keys.contains(.sessionRooms(0)))
    }
}

extension GroupCatalogueTests {
    @Test func travelTimeIsOneGroupForBothDirections() throws {
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.curriculum("cluny-mas-2023-2024.yaml")))
        let travel = catalogue.groups.indices.filter { catalogue.groups[$0].key == .travelTime(0, 1) }
        #expect(travel.count == 1)
        #expect(catalogue.groups[travel[0]].sentence
            == "travelling between Università di Bologna, Campus di Ravenna and Campus Arts et Métiers de Cluny (ancienne abbaye) takes 600 minutes")
        let relaxed = catalogue.programme(keeping: catalogue.groups.indices.filter { $0 != travel[0] })
        #expect(relaxed.venues.allSatisfy { $0.travel.isEmpty })
    }
}
