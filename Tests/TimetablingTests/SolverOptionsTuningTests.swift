import Foundation
import Testing
import Timetabling

@Suite struct SolverOptionsTuningTests {
    func tuning(_ text: String) throws(SolverConfigError) -> SolverOptions.Tuning {
        try SolverOptions.Tuning(json: Data(text.utf8), file: "tuning.json")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try tuning(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func anEmptyObjectKeepsEveryDefault() throws {
        #expect(try tuning("{}") == SolverOptions.Tuning())
        #expect(try tuning(" { \n } ") == SolverOptions.Tuning())
    }

    @Test func keysSetTheirConstantsAndOnlyThose() throws {
        let read = try tuning("""
            {"kempeRate": 0.3, "ejectionPatience": 5000, "hardWeight": 40, "finalTemperature": 0.25}
            """)
        var expected = SolverOptions.Tuning()
        expected.kempeRate = 0.3
        expected.ejectionPatience = 5_000
        expected.hardWeight = 40
        expected.finalTemperature = 0.25
        #expect(read == expected)
    }

    @Test func theEncodingOfTheDefaultsReadsBackAsTheDefaults() throws {
        let encoded = try JSONEncoder().encode(SolverOptions.Tuning())
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains("\"ejectionPatience\":200000"))
        #expect(try SolverOptions.Tuning(json: encoded, file: "defaults.json") == SolverOptions.Tuning())
    }

    @Test func anUnknownKeyIsLocatedAndSuggestsTheClosestKey() {
        #expect(error("{\n  \"kempeRate\": 0.2,\n  \"kempRate\": 0.3\n}") ==
            "tuning.json:3:3: error: unknown solver configuration key 'kempRate'; did you mean 'kempeRate'?")
        #expect(error("{\"colour\": 1}") ==
            "tuning.json:1:2: error: unknown solver configuration key 'colour'; the keys are listed in docs/solver-config.md")
    }

    @Test func aValueOfTheWrongTypeOrOutOfRangeIsLocated() {
        #expect(error("{\n\t\"swapRate\": \"high\"\n}") ==
            "tuning.json:2:2: error: invalid value for 'swapRate': expected a share between 0 and 1, found \"high\"")
        #expect(error("{\"swapRate\": 1.5}") ==
            "tuning.json:1:2: error: invalid value for 'swapRate': expected a share between 0 and 1, found 1.5")
        #expect(error("{\"kempeChainLimit\": 0}") ==
            "tuning.json:1:2: error: invalid value for 'kempeChainLimit': expected a whole number of at least 1, found 0")
        #expect(error("{\"ejectionPatience\": 2.5}") ==
            "tuning.json:1:2: error: invalid value for 'ejectionPatience': expected a whole number of at least 0, found 2.5")
        #expect(error("{\"swapRate\": 0.8, \"kempeRate\": 0.3}") ==
            "tuning.json:1:19: error: invalid value for 'kempeRate': expected a share between 0 and 1 that, added to swapRate, is at most 1, found 0.3")
    }

    @Test func textThatIsNoObjectOfKeysIsRejected() {
        #expect(error("[1, 2]") ==
            "tuning.json: error: the solver configuration must be a JSON object of tuning keys, e.g. {\"kempeRate\": 0.1}")
        #expect(error("{\"kempeRate\": }")?.hasPrefix("tuning.json: error: the solver configuration is not valid JSON: ") == true)
    }
}
