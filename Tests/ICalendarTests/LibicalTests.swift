import Testing

/// Every ICalendar suite runs inside this one, one test at a time: libical's first load of a
/// built-in zone is not thread-safe (see NOTES.md), and the library asks its callers to load zones
/// before any parallel work.
@Suite(.serialized) enum LibicalTests {}
