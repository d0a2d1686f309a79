import Testing
@Test func placeholderBenchmarksTests() {}
