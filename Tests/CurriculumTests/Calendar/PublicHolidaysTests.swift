import Curriculum
import Testing

@Suite struct PublicHolidaysTests {
    private func listed(_ country: Country, _ region: String?, _ year: Int) -> [String] {
        PublicHolidays.holidays(country: country, region: region, year: year).map { "\($0.date) \($0.name)" }
    }

    // The official French calendars (Légifrance, code du travail L3133-1), written out per year.
    static let france: [(Int, [String])] = [
        (2022, [
            "2022-01-01 Jour de l'an", "2022-04-18 Lundi de Pâques", "2022-05-01 Fête du Travail",
            "2022-05-08 Victoire 1945", "2022-05-26 Ascension", "2022-06-06 Lundi de Pentecôte",
            "2022-07-14 Fête nationale", "2022-08-15 Assomption", "2022-11-01 Toussaint",
            "2022-11-11 Armistice", "2022-12-25 Noël",
        ]),
        (2023, [
            "2023-01-01 Jour de l'an", "2023-04-10 Lundi de Pâques", "2023-05-01 Fête du Travail",
            "2023-05-08 Victoire 1945", "2023-05-18 Ascension", "2023-05-29 Lundi de Pentecôte",
            "2023-07-14 Fête nationale", "2023-08-15 Assomption", "2023-11-01 Toussaint",
            "2023-11-11 Armistice", "2023-12-25 Noël",
        ]),
        (2024, [
            "2024-01-01 Jour de l'an", "2024-04-01 Lundi de Pâques", "2024-05-01 Fête du Travail",
            "2024-05-08 Victoire 1945", "2024-05-09 Ascension", "2024-05-20 Lundi de Pentecôte",
            "2024-07-14 Fête nationale", "2024-08-15 Assomption", "2024-11-01 Toussaint",
            "2024-11-11 Armistice", "2024-12-25 Noël",
        ]),
        (2025, [
            "2025-01-01 Jour de l'an", "2025-04-21 Lundi de Pâques", "2025-05-01 Fête du Travail",
            "2025-05-08 Victoire 1945", "2025-05-29 Ascension", "2025-06-09 Lundi de Pentecôte",
            "2025-07-14 Fête nationale", "2025-08-15 Assomption", "2025-11-01 Toussaint",
            "2025-11-11 Armistice", "2025-12-25 Noël",
        ]),
        (2026, [
            "2026-01-01 Jour de l'an", "2026-04-06 Lundi de Pâques", "2026-05-01 Fête du Travail",
            "2026-05-08 Victoire 1945", "2026-05-14 Ascension", "2026-05-25 Lundi de Pentecôte",
            "2026-07-14 Fête nationale", "2026-08-15 Assomption", "2026-11-01 Toussaint",
            "2026-11-11 Armistice", "2026-12-25 Noël",
        ]),
        (2027, [
            "2027-01-01 Jour de l'an", "2027-03-29 Lundi de Pâques", "2027-05-01 Fête du Travail",
            "2027-05-06 Ascension", "2027-05-08 Victoire 1945", "2027-05-17 Lundi de Pentecôte",
            "2027-07-14 Fête nationale", "2027-08-15 Assomption", "2027-11-01 Toussaint",
            "2027-11-11 Armistice", "2027-12-25 Noël",
        ]),
    ]

    // The official Italian calendars (legge 260/1949 and later amendments), written out per year.
    static let italy: [(Int, [String])] = [
        (2022, [
            "2022-01-01 Capodanno", "2022-01-06 Epifania", "2022-04-17 Pasqua", "2022-04-18 Lunedì dell'Angelo",
            "2022-04-25 Festa della Liberazione", "2022-05-01 Festa del Lavoro", "2022-06-02 Festa della Repubblica",
            "2022-08-15 Ferragosto", "2022-11-01 Ognissanti", "2022-12-08 Immacolata Concezione",
            "2022-12-25 Natale", "2022-12-26 Santo Stefano",
        ]),
        (2023, [
            "2023-01-01 Capodanno", "2023-01-06 Epifania", "2023-04-09 Pasqua", "2023-04-10 Lunedì dell'Angelo",
            "2023-04-25 Festa della Liberazione", "2023-05-01 Festa del Lavoro", "2023-06-02 Festa della Repubblica",
            "2023-08-15 Ferragosto", "2023-11-01 Ognissanti", "2023-12-08 Immacolata Concezione",
            "2023-12-25 Natale", "2023-12-26 Santo Stefano",
        ]),
        (2024, [
            "2024-01-01 Capodanno", "2024-01-06 Epifania", "2024-03-31 Pasqua", "2024-04-01 Lunedì dell'Angelo",
            "2024-04-25 Festa della Liberazione", "2024-05-01 Festa del Lavoro", "2024-06-02 Festa della Repubblica",
            "2024-08-15 Ferragosto", "2024-11-01 Ognissanti", "2024-12-08 Immacolata Concezione",
            "2024-12-25 Natale", "2024-12-26 Santo Stefano",
        ]),
        (2025, [
            "2025-01-01 Capodanno", "2025-01-06 Epifania", "2025-04-20 Pasqua", "2025-04-21 Lunedì dell'Angelo",
            "2025-04-25 Festa della Liberazione", "2025-05-01 Festa del Lavoro", "2025-06-02 Festa della Repubblica",
            "2025-08-15 Ferragosto", "2025-11-01 Ognissanti", "2025-12-08 Immacolata Concezione",
            "2025-12-25 Natale", "2025-12-26 Santo Stefano",
        ]),
        (2026, [
            "2026-01-01 Capodanno", "2026-01-06 Epifania", "2026-04-05 Pasqua", "2026-04-06 Lunedì dell'Angelo",
            "2026-04-25 Festa della Liberazione", "2026-05-01 Festa del Lavoro", "2026-06-02 Festa della Repubblica",
            "2026-08-15 Ferragosto", "2026-11-01 Ognissanti", "2026-12-08 Immacolata Concezione",
            "2026-12-25 Natale", "2026-12-26 Santo Stefano",
        ]),
        (2027, [
            "2027-01-01 Capodanno", "2027-01-06 Epifania", "2027-03-28 Pasqua", "2027-03-29 Lunedì dell'Angelo",
            "2027-04-25 Festa della Liberazione", "2027-05-01 Festa del Lavoro", "2027-06-02 Festa della Repubblica",
            "2027-08-15 Ferragosto", "2027-11-01 Ognissanti", "2027-12-08 Immacolata Concezione",
            "2027-12-25 Natale", "2027-12-26 Santo Stefano",
        ]),
    ]

    @Test(arguments: france)
    func franceNational(year: Int, expected: [String]) {
        #expect(listed(.france, nil, year) == expected)
    }

    @Test(arguments: italy)
    func italyNational(year: Int, expected: [String]) {
        #expect(listed(.italy, nil, year) == expected)
    }

    @Test func alsaceMoselleAddsGoodFridayAndSaintStephen() {
        let national = Set(listed(.france, nil, 2024))
        let regional = listed(.france, "alsace-moselle", 2024)
        #expect(regional.filter { !national.contains($0) } == ["2024-03-29 Vendredi saint", "2024-12-26 Saint-Étienne"])
        #expect(regional.count == national.count + 2)
        #expect(listed(.france, "alsace-moselle", 2023).contains("2023-04-07 Vendredi saint"))
        #expect(listed(.france, "alsace-moselle", 2027).contains("2027-03-26 Vendredi saint"))
    }

    @Test(arguments: [
        ("ravenna", "2023-07-23 Sant'Apollinare"),
        ("bologna", "2023-10-04 San Petronio"),
        ("rome", "2023-06-29 Santi Pietro e Paolo"),
        ("milan", "2023-12-07 Sant'Ambrogio"),
    ])
    func italianPatronSaints(region: String, expected: String) {
        let national = Set(listed(.italy, nil, 2023))
        #expect(listed(.italy, region, 2023).filter { !national.contains($0) } == [expected])
    }

    @Test func regionsAreCheckable() {
        #expect(PublicHolidays.knownRegions(country: .france) == ["alsace-moselle"])
        #expect(PublicHolidays.knownRegions(country: .italy) == ["bologna", "milan", "ravenna", "rome"])
        #expect(PublicHolidays.isKnown(region: "ravenna", country: .italy))
        #expect(!PublicHolidays.isKnown(region: "ravenna", country: .france))
        #expect(!PublicHolidays.isKnown(region: "Ravenna", country: .italy))
        // An unknown region adds nothing to the national list.
        #expect(listed(.italy, "venezia", 2023) == listed(.italy, nil, 2023))
    }

    @Test func sortedByDateWhenHolidaysCoincide() {
        // 2008: Ascension fell on 1 May; 2011: Easter Monday on 25 April.
        let france2008 = PublicHolidays.holidays(country: .france, region: nil, year: 2008)
        #expect(france2008.filter { $0.date == LocalDate(year: 2008, month: 5, day: 1) }.map(\.name) == ["Ascension", "Fête du Travail"])
        #expect(france2008.map(\.date) == france2008.map(\.date).sorted())
        let italy2011 = PublicHolidays.holidays(country: .italy, region: nil, year: 2011)
        #expect(italy2011.filter { $0.date == LocalDate(year: 2011, month: 4, day: 25) }.map(\.name)
            == ["Festa della Liberazione", "Lunedì dell'Angelo"])
    }
}
