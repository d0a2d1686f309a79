/// The public holidays of the countries Cursus knows, national and regional.
///
/// France: the eleven national holidays, plus Vendredi saint and Saint-Étienne in `alsace-moselle`.
/// Italy: the twelve national holidays (Easter Sunday included), plus the patron saint's day of
/// `ravenna` (Sant'Apollinare, 23 July), `bologna` (San Petronio, 4 October), `rome` (Santi Pietro
/// e Paolo, 29 June) and `milan` (Sant'Ambrogio, 7 December). Names are in the country's language.
public enum PublicHolidays {
    /// The holidays of `country` in `year`, with those of `region` when given, sorted by date then name.
    ///
    /// A region missing from ``knownRegions(country:)`` adds nothing: validate it first with
    /// ``isKnown(region:country:)``.
    /// - Complexity: O(1) (a fixed, small table).
    public static func holidays(country: Country, region: String?, year: Int) -> [Holiday] {
        var rules = nationalRules(country)
        if let region, let regional = regionalRules(country).first(where: { $0.region == region }) {
            rules += regional.rules
        }
        let easter = Easter.sunday(year: year)
        return rules
            .map { rule in
                switch rule.day {
                case .fixed(let month, let day): Holiday(date: LocalDate(year: year, month: month, day: day), name: rule.name)
                case .afterEaster(let days): Holiday(date: easter.adding(days: days), name: rule.name)
                }
            }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The region names `holidays(country:region:year:)` understands for `country`, sorted.
    public static func knownRegions(country: Country) -> [String] {
        regionalRules(country).map(\.region).sorted()
    }

    /// Whether `region` is one of ``knownRegions(country:)``.
    public static func isKnown(region: String, country: Country) -> Bool {
        regionalRules(country).contains { $0.region == region }
    }

    /// When a holiday falls in a year.
    private enum Day {
        case fixed(month: Int, day: Int)
        case afterEaster(days: Int)
    }

    private struct Rule {
        var day: Day
        var name: String
        init(_ month: Int, _ day: Int, _ name: String) {
            self.day = .fixed(month: month, day: day)
            self.name = name
        }
        init(easterPlus days: Int, _ name: String) {
            self.day = .afterEaster(days: days)
            self.name = name
        }
    }

    private struct RegionalRules {
        var region: String
        var rules: [Rule]
    }

    private static func nationalRules(_ country: Country) -> [Rule] {
        switch country {
        case .france:
            [
                Rule(1, 1, "Jour de l'an"),
                Rule(easterPlus: 1, "Lundi de Pâques"),
                Rule(5, 1, "Fête du Travail"),
                Rule(5, 8, "Victoire 1945"),
                Rule(easterPlus: 39, "Ascension"),
                Rule(easterPlus: 50, "Lundi de Pentecôte"),
                Rule(7, 14, "Fête nationale"),
                Rule(8, 15, "Assomption"),
                Rule(11, 1, "Toussaint"),
                Rule(11, 11, "Armistice"),
                Rule(12, 25, "Noël"),
            ]
        case .italy:
            [
                Rule(1, 1, "Capodanno"),
                Rule(1, 6, "Epifania"),
                Rule(easterPlus: 0, "Pasqua"),
                Rule(easterPlus: 1, "Lunedì dell'Angelo"),
                Rule(4, 25, "Festa della Liberazione"),
                Rule(5, 1, "Festa del Lavoro"),
                Rule(6, 2, "Festa della Repubblica"),
                Rule(8, 15, "Ferragosto"),
                Rule(11, 1, "Ognissanti"),
                Rule(12, 8, "Immacolata Concezione"),
                Rule(12, 25, "Natale"),
                Rule(12, 26, "Santo Stefano"),
            ]
        }
    }

    private static func regionalRules(_ country: Country) -> [RegionalRules] {
        switch country {
        case .france:
            [
                RegionalRules(region: "alsace-moselle", rules: [Rule(easterPlus: -2, "Vendredi saint"), Rule(12, 26, "Saint-Étienne")]),
            ]
        case .italy:
            [
                RegionalRules(region: "bologna", rules: [Rule(10, 4, "San Petronio")]),
                RegionalRules(region: "milan", rules: [Rule(12, 7, "Sant'Ambrogio")]),
                RegionalRules(region: "ravenna", rules: [Rule(7, 23, "Sant'Apollinare")]),
                RegionalRules(region: "rome", rules: [Rule(6, 29, "Santi Pietro e Paolo")]),
            ]
        }
    }
}
