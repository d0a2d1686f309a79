import Testing
@Test func placeholderCurriculumTests() {}
