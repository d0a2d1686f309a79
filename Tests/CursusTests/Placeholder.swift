import Testing
@Test func placeholderCursusTests() {}
