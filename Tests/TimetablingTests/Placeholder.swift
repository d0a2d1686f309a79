import Testing
@Test func placeholderTimetablingTests() {}
