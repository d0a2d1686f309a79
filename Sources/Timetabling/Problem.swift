public enum TimetablingPlaceholder {}
