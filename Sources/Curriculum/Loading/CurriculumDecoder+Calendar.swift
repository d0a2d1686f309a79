internal import Yams

extension CurriculumDecoder {
    /// `calendar:`; nil when it has a problem.
    mutating func calendar(_ node: Node, _ key: String) -> ProgrammeCalendar? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "calendar", allowed: CurriculumSchema.calendar) else { return nil }
            let start = decoder.required(f, "start") { $0.date($1, $2) }
            let end = decoder.required(f, "end") { $0.date($1, $2) }
            decoder.checkOrder(f, "start", start, "end", end, strict: false)
            if let start, let end, end.dayNumber - start.dayNumber >= CurriculumLimits.periodDays, let node = f["end"] {
                decoder.report(.periodTooLong(days: end.dayNumber - start.dayNumber + 1, maximum: CurriculumLimits.periodDays), at: node)
            }
            let weekdays = decoder.optional(f, "weekdays") { $0.list($1, $2) { $0.weekday($1, $2) } }
            if let weekdays, weekdays.isEmpty, let node = f["weekdays"] {
                decoder.report(.tooFewItems(key: "weekdays", count: 0, minimum: 1), at: node)
            }
            let grain = decoder.optional(f, "grain") { $0.grain($1, $2) }
            let windows = decoder.required(f, "windows") { $0.windows($1, $2) }
            if let windows, windows.isEmpty, let node = f["windows"] {
                decoder.report(.tooFewItems(key: "windows", count: 0, minimum: 1), at: node)
            }
            let overrides = decoder.items(f, "overrides") { $0.override($1, $2) }
            let closures = decoder.items(f, "closures") { $0.closure($1, $2) }
            guard let start, let end, let windows else { return nil }
            return ProgrammeCalendar(
                start: start, end: end, weekdays: weekdays ?? [.monday, .tuesday, .wednesday, .thursday, .friday], grain: grain ?? .minutes(30),
                windows: windows, overrides: overrides, closures: closures, location: f.location
            )
        }
    }

    /// A list of opening windows with distinct names.
    mutating func windows(_ node: Node, _ key: String) -> [TimeWindow]? {
        guard let windows = clean({ $0.list(node, key) { $0.window($1, $2) } }) else { return nil }
        let items: [Node] = if case let .sequence(sequence) = node { Array(sequence) } else { [node] }
        var seen: [String] = []
        var unique = true
        for (window, item) in zip(windows, items) {
            if seen.contains(window.name) {
                report(.duplicateWindow(name: window.name), at: item)
                unique = false
            }
            seen.append(window.name)
        }
        return unique ? windows : nil
    }

    mutating func window(_ node: Node, _ key: String) -> TimeWindow? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "window", allowed: CurriculumSchema.window) else { return nil }
            let name = decoder.required(f, "name") { $0.string($1, $2) }
            let start = decoder.required(f, "start") { $0.time($1, $2) }
            let end = decoder.required(f, "end") { $0.time($1, $2) }
            decoder.checkOrder(f, "start", start, "end", end, strict: true)
            guard let name, let start, let end else { return nil }
            let window = TimeWindow(name: name, start: start, end: end)
            decoder.map.windows.append(.init(window: window, location: f.location))
            return window
        }
    }

    mutating func override(_ node: Node, _ key: String) -> DateOverride? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "override", allowed: CurriculumSchema.override) else { return nil }
            let date = decoder.required(f, "date") { $0.periodDate($1, $2) }
            let venue = decoder.optional(f, "venue", decoder.reference(.venue))
            let windows = decoder.required(f, "windows") { $0.windows($1, $2) }
            guard let date, let windows else { return nil }
            return DateOverride(date: date, venue: venue, windows: windows, location: f.location)
        }
    }

    mutating func closure(_ node: Node, _ key: String) -> Closure? {
        clean { decoder in
            let kinds = (Self.keys(of: node) ?? []).filter(CurriculumSchema.closureKinds.contains)
            let extras: [String: [String]] = ["holidays": ["region", "venue"], "break": ["from", "to", "venue"], "calendar": ["venue"]]
            let allowed = kinds.count == 1 ? kinds + extras[kinds[0], default: []] : CurriculumSchema.closure
            let context = kinds.count == 1 ? "'\(kinds[0])' closure" : "closure"
            guard let f = decoder.fields(node, key: key, context: context, allowed: allowed) else { return nil }
            guard kinds.count == 1 else {
                decoder.report(kinds.isEmpty ? .missingKind(context: "closure", kinds: CurriculumSchema.closureKinds)
                                             : .conflictingKinds(kinds, context: "closure"), at: f.location)
                return nil
            }
            let venue = decoder.optional(f, "venue", decoder.reference(.venue))
            let kind: Closure.Kind?
            switch kinds[0] {
            case "holidays":
                let country = decoder.required(f, "holidays") { $0.country($1, $2) }
                let region = decoder.optional(f, "region") { $0.string($1, $2) }
                if let country, let region, let node = f["region"], !PublicHolidays.isKnown(region: region, country: country) {
                    let known = PublicHolidays.knownRegions(country: country)
                    decoder.report(
                        .unknownRegion(region, country: country.rawValue, known: known, suggestion: Suggestion.closest(to: region, among: known)),
                        at: node)
                }
                kind = country.map { .publicHolidays(country: $0, region: region) }
            case "break":
                let name = decoder.required(f, "break") { $0.string($1, $2) }
                let from = decoder.required(f, "from") { $0.date($1, $2) }
                let to = decoder.required(f, "to") { $0.date($1, $2) }
                decoder.checkOrder(f, "from", from, "to", to, strict: false)
                if let name, let from, let to { kind = .period(name: name, from: from, to: to) } else { kind = nil }
            default:
                let path = decoder.required(f, "calendar") { $0.calendarPath($1, $2) }
                kind = path.map { .calendarFile(path: $0) }
            }
            return kind.map { Closure(kind: $0, venue: venue, location: f.location) }
        }
    }

    /// A time spec (availability, allowed times, rhythm, preference times).
    mutating func timeSpec(_ node: Node, _ key: String) -> TimeSpec? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "time spec", allowed: CurriculumSchema.timeSpec) else { return nil }
            let dates = decoder.items(f, "dates") { $0.periodDate($1, $2) } + decoder.items(f, "date") { $0.periodDate($1, $2) }
            let from = decoder.optional(f, "from") { $0.periodDate($1, $2) }
            let to = decoder.optional(f, "to") { $0.periodDate($1, $2) }
            decoder.checkOrder(f, "from", from, "to", to, strict: false)
            let weekdays = decoder.items(f, "weekdays") { $0.weekday($1, $2) } + decoder.items(f, "weekday") { $0.weekday($1, $2) }
            let windows = decoder.items(f, "windows") { $0.windowName($1, $2) } + decoder.items(f, "window") { $0.windowName($1, $2) }
            let start = decoder.optional(f, "start") { $0.time($1, $2) }
            let end = decoder.optional(f, "end") { $0.time($1, $2) }
            decoder.checkOrder(f, "start", start, "end", end, strict: true)
            return TimeSpec(
                dates: dates, from: from, to: to, weekdays: weekdays, windows: windows, start: start, end: end, location: f.location
            )
        }
    }

    /// A window name, checked once every window is known.
    mutating func windowName(_ node: Node, _ key: String) -> String? {
        guard let name = string(node, key) else { return nil }
        map.windowReferences.append(.init(name: name, location: location(of: node)))
        return name
    }

    /// A file path, relative paths taken from the curriculum file's folder.
    /// A path to an iCalendar file, which ``ProgrammeValidator`` checks can be read.
    mutating func calendarPath(_ node: Node, _ key: String) -> String? {
        guard let path = path(node, key) else { return nil }
        map.calendarFiles.append(.init(path: path, location: location(of: node)))
        return path
    }

    mutating func path(_ node: Node, _ key: String) -> String? {
        guard let path = string(node, key) else { return nil }
        guard !path.hasPrefix("/"), let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}
