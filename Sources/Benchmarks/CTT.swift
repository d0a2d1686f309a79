public enum BenchmarksPlaceholder {}
