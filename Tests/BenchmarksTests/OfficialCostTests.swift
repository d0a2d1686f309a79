import Benchmarks
import Testing

/// An instance of `days` × `periods` built from `.ctt` lines (the header counts are derived).
private func instance(
    days: Int = 2, periods: Int = 3, courses: [String], rooms: [String] = ["r1 100", "r2 100"],
    curricula: [String] = [], unavailability: [String] = []
) throws -> CTTInstance {
    let text = (["Name: Hand", "Courses: \(courses.count)", "Rooms: \(rooms.count)", "Days: \(days)",
                 "Periods_per_day: \(periods)", "Curricula: \(curricula.count)", "Constraints: \(unavailability.count)",
                 "COURSES:"] + courses + ["ROOMS:"] + rooms + ["CURRICULA:"] + curricula
        + ["UNAVAILABILITY_CONSTRAINTS:"] + unavailability + ["END."]).joined(separator: "\n")
    return try CTTInstance(text: text, file: "hand.ctt")
}

/// The cost of the lectures `lines` (`course room day period`) for `instance`.
private func cost(_ instance: CTTInstance, _ lines: [String]) throws -> OfficialCost {
    OfficialCost(instance: instance, solution: try CTTSolution(text: lines.joined(separator: "\n"), file: "hand.sol", instance: instance))
}

@Test func aGoodSolutionCostsNothing() throws {
    let hand = try instance(courses: ["a x 2 2 50", "b y 2 1 50"], curricula: ["q 2 a b"], unavailability: ["a 0 2"])
    let result = try cost(hand, ["a r1 0 0", "b r2 0 1", "a r1 1 1", "b r2 1 2"])
    #expect(result == OfficialCost())
    #expect(result.hard == 0 && result.soft == 0)
}

@Test func missingAndExtraLecturesAreLectureViolations() throws {
    let hand = try instance(courses: ["a x 3 0 10"])
    #expect(try cost(hand, ["a r1 0 0", "a r1 1 0"]) == OfficialCost(lectures: 1))
    #expect(try cost(hand, ["a r1 0 0", "a r1 0 1", "a r1 1 0", "a r1 1 1"]) == OfficialCost(lectures: 1))
    #expect(try cost(hand, []) == OfficialCost(lectures: 3))
}

@Test func aSecondLectureOfACourseInOnePeriodIsIgnored() throws {
    let hand = try instance(courses: ["a x 2 0 10", "b y 1 0 10"])
    // The validator keeps the first entry: a is taught once, in r1; r2 stays free for b.
    #expect(try cost(hand, ["a r1 0 0", "a r2 0 0", "b r2 0 0"]) == OfficialCost(lectures: 1, repeatedLectures: 1))
}

@Test func coursesOfOneTeacherConflict() throws {
    let hand = try instance(courses: ["a x 1 0 10", "b x 2 0 10", "c y 1 0 10"])
    let result = try cost(hand, ["a r1 0 0", "b r2 0 0", "b r2 1 1", "c r1 1 1"])
    #expect(result == OfficialCost(conflicts: 1))
    #expect(result.hard == 1)
}

@Test func coursesOfOneCurriculumConflict() throws {
    let hand = try instance(courses: ["a x 1 0 10", "b y 1 0 10"], curricula: ["q 2 a b"])
    // Both lectures stand alone in period (0, 0): two lectures of q with no neighbour, 2 × 2.
    #expect(try cost(hand, ["a r1 0 0", "b r2 0 0"]) == OfficialCost(conflicts: 1, curriculumCompactness: 4))
}

@Test func lecturesInUnavailablePeriodsAreAvailabilityViolations() throws {
    let hand = try instance(courses: ["a x 2 0 10"], unavailability: ["a 0 1", "a 1 2"])
    #expect(try cost(hand, ["a r1 0 1", "a r1 1 0"]) == OfficialCost(availability: 1))
    #expect(try cost(hand, ["a r1 0 1", "a r1 1 2"]) == OfficialCost(availability: 2))
}

@Test func lecturesSharingARoomAreOccupancyViolations() throws {
    let hand = try instance(courses: ["a x 1 0 10", "b y 1 0 10", "c z 1 0 10"])
    #expect(try cost(hand, ["a r1 0 0", "b r1 0 0", "c r2 0 0"]) == OfficialCost(roomOccupancy: 1))
    #expect(try cost(hand, ["a r1 0 0", "b r1 0 0", "c r1 0 0"]) == OfficialCost(roomOccupancy: 2))
}

@Test func studentsOverCapacityCostOneEach() throws {
    let hand = try instance(courses: ["a x 2 0 30"], rooms: ["small 25", "big 30"])
    #expect(try cost(hand, ["a small 0 0", "a small 1 0"]) == OfficialCost(roomCapacity: 10))
    #expect(try cost(hand, ["a big 0 0", "a big 1 0"]) == OfficialCost())
}

@Test func missingWorkingDaysCostFiveEach() throws {
    let hand = try instance(days: 3, courses: ["a x 3 3 10"])
    #expect(try cost(hand, ["a r1 0 0", "a r1 0 1", "a r1 2 0"]) == OfficialCost(minWorkingDays: 5))
    #expect(try cost(hand, ["a r1 1 0", "a r1 1 1", "a r1 1 2"]) == OfficialCost(minWorkingDays: 10))
}

@Test func isolatedCurriculumLecturesCostTwoEach() throws {
    let hand = try instance(courses: ["a x 1 0 10", "b y 1 0 10"], curricula: ["q 2 a b"])
    #expect(try cost(hand, ["a r1 0 0", "b r1 0 2"]) == OfficialCost(curriculumCompactness: 4))
    #expect(try cost(hand, ["a r1 0 0", "b r1 0 1"]) == OfficialCost())
    // The last period of a day and the first of the next are not adjacent.
    #expect(try cost(hand, ["a r1 0 2", "b r1 1 0"]) == OfficialCost(curriculumCompactness: 4))
}

@Test func anIsolatedLectureCountsOncePerCurriculum() throws {
    let hand = try instance(courses: ["a x 1 0 10", "b y 1 0 10"], curricula: ["q 2 a b", "p 1 a"])
    #expect(try cost(hand, ["a r1 0 0", "b r1 0 1"]) == OfficialCost(curriculumCompactness: 2))
}

@Test func everyExtraRoomOfACourseCostsOne() throws {
    let hand = try instance(courses: ["a x 3 0 10"], rooms: ["r1 100", "r2 100", "r3 100"])
    #expect(try cost(hand, ["a r1 0 0", "a r2 0 1", "a r1 1 0"]) == OfficialCost(roomStability: 1))
    #expect(try cost(hand, ["a r1 0 0", "a r2 0 1", "a r3 1 0"]) == OfficialCost(roomStability: 2))
}

@Test func componentsAddUpToHardAndSoft() {
    let cost = OfficialCost(
        lectures: 1, conflicts: 2, availability: 3, roomOccupancy: 4, roomCapacity: 5, minWorkingDays: 10,
        curriculumCompactness: 6, roomStability: 7
    )
    #expect(cost.hard == 10)
    #expect(cost.soft == 28)
}
