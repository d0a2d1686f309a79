internal import Yams

extension CurriculumDecoder {
    mutating func venue(_ node: Node, _ key: String) -> Venue? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "venue", allowed: CurriculumSchema.venue) else { return nil }
            let id = decoder.declare(.venue, f)
            let name = decoder.required(f, "name") { $0.string($1, $2) }
            let address = decoder.optional(f, "address") { $0.string($1, $2) }
            let country = decoder.required(f, "country") { $0.country($1, $2) }
            let timezone = decoder.optional(f, "timezone") { $0.timezone($1, $2) }
            let windows = decoder.optional(f, "windows") { $0.windows($1, $2) }
            let weekdays = decoder.optional(f, "weekdays") { $0.list($1, $2) { $0.weekday($1, $2) } }
            let travel = decoder.items(f, "travel") { $0.travelTime($1, $2) }
            guard let id, let name, let country else { return nil }
            return Venue(
                id: id, name: name, address: address, country: country, timezone: timezone ?? country.defaultTimezone,
                windows: windows, weekdays: weekdays, travel: travel, location: f.location
            )
        }
    }

    mutating func travelTime(_ node: Node, _ key: String) -> TravelTime? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "travel time", allowed: CurriculumSchema.travel) else { return nil }
            let venue = decoder.required(f, "venue", decoder.reference(.venue))
            let minutes = decoder.required(f, "minutes") { $0.integer($1, $2, minimum: 0) }
            guard let venue, let minutes else { return nil }
            return TravelTime(venue: venue, minutes: minutes, location: f.location)
        }
    }

    mutating func room(_ node: Node, _ key: String) -> Room? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "room", allowed: CurriculumSchema.room) else { return nil }
            let id = decoder.declare(.room, f)
            let name = decoder.required(f, "name") { $0.string($1, $2) }
            let venue = decoder.required(f, "venue", decoder.reference(.venue))
            let capacity = decoder.required(f, "capacity") { $0.integer($1, $2, minimum: 1) }
            guard let id, let name, let venue, let capacity else { return nil }
            return Room(id: id, name: name, venue: venue, capacity: capacity, location: f.location)
        }
    }

    mutating func trainer(_ node: Node, _ key: String) -> Trainer? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "trainer", allowed: CurriculumSchema.trainer) else { return nil }
            let id = decoder.declare(.trainer, f)
            let name = decoder.required(f, "name") { $0.string($1, $2) }
            let organisation = decoder.optional(f, "organisation") { $0.string($1, $2) }
            let available = decoder.items(f, "available") { $0.timeSpec($1, $2) }
            let unavailable = decoder.items(f, "unavailable") { $0.timeSpec($1, $2) }
            let busyCalendar = decoder.optional(f, "busy_calendar") { $0.calendarPath($1, $2) }
            let sortAs = decoder.optional(f, "sort_as") { $0.string($1, $2) }
            guard let id, let name else { return nil }
            return Trainer(
                id: id, name: name, organisation: organisation, available: available, unavailable: unavailable,
                busyCalendar: busyCalendar, sortAs: sortAs, location: f.location
            )
        }
    }

    mutating func cohort(_ node: Node, _ key: String) -> Cohort? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "cohort", allowed: CurriculumSchema.cohort) else { return nil }
            let id = decoder.declare(.cohort, f)
            let name = decoder.required(f, "name") { $0.string($1, $2) }
            let size = decoder.required(f, "size") { $0.integer($1, $2, minimum: 1) }
            let stays = decoder.items(f, "stays") { $0.stay($1, $2) }
            let chronological = stays.sorted { ($0.from, $0.location) < ($1.from, $1.location) }
            for (earlier, later) in zip(chronological, chronological.dropFirst()) where later.from <= earlier.to {
                decoder.report(.overlappingStays(first: earlier.venue, second: later.venue), at: later.location)
            }
            let travelDays = decoder.items(f, "travel_days") { $0.travelDay($1, $2) }
            let rhythm = decoder.items(f, "rhythm") { $0.timeSpec($1, $2) }
            let weeklyLoad = decoder.optional(f, "weekly_load") { $0.weeklyLoad($1, $2) }
            guard let id, let name, let size else { return nil }
            return Cohort(
                id: id, name: name, size: size, stays: stays, travelDays: travelDays, rhythm: rhythm, weeklyLoad: weeklyLoad,
                location: f.location
            )
        }
    }

    mutating func stay(_ node: Node, _ key: String) -> Stay? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "stay", allowed: CurriculumSchema.stay) else { return nil }
            let venue = decoder.required(f, "venue", decoder.reference(.venue))
            let from = decoder.required(f, "from") { $0.periodDate($1, $2) }
            let to = decoder.required(f, "to") { $0.periodDate($1, $2) }
            decoder.checkOrder(f, "from", from, "to", to, strict: false)
            guard let venue, let from, let to else { return nil }
            return Stay(venue: venue, from: from, to: to, location: f.location)
        }
    }

    mutating func travelDay(_ node: Node, _ key: String) -> TravelDay? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "travel day", allowed: CurriculumSchema.travelDay) else { return nil }
            let date = decoder.required(f, "date") { $0.periodDate($1, $2) }
            let from = decoder.required(f, "from", decoder.reference(.venue))
            let to = decoder.required(f, "to", decoder.reference(.venue))
            guard let date, let from, let to else { return nil }
            return TravelDay(date: date, from: from, to: to, location: f.location)
        }
    }

    /// `weekly_load: 5` (exactly) or `{minimum: 4, maximum: 5}`.
    mutating func weeklyLoad(_ node: Node, _ key: String) -> WeeklyLoad? {
        clean { decoder in
            switch node {
            case .scalar:
                guard let count = decoder.integer(node, key, minimum: 0) else { return nil }
                return WeeklyLoad(minimum: count, maximum: count, location: decoder.location(of: node))
            case .mapping:
                guard let f = decoder.fields(node, key: key, context: "weekly load", allowed: CurriculumSchema.weeklyLoad) else { return nil }
                let minimum = decoder.optional(f, "minimum") { $0.integer($1, $2, minimum: 0) }
                let maximum = decoder.optional(f, "maximum") { $0.integer($1, $2, minimum: 0) }
                if f.present(CurriculumSchema.weeklyLoad).isEmpty {
                    decoder.report(.missingOneOf(CurriculumSchema.weeklyLoad, context: "weekly load"), at: f.location)
                }
                decoder.checkOrder(f, "minimum", minimum, "maximum", maximum, strict: false)
                return WeeklyLoad(minimum: minimum, maximum: maximum, location: f.location)
            default:
                decoder.invalid(node, key: key, expected: .weeklyLoad)
                return nil
            }
        }
    }

    mutating func module(_ node: Node, _ key: String) -> Module? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "module", allowed: CurriculumSchema.module) else { return nil }
            let id = decoder.declare(.module, f)
            let title = decoder.required(f, "title") { $0.string($1, $2) }
            let kind = decoder.optional(f, "kind") { $0.string($1, $2) }
            let description = decoder.optional(f, "description") { $0.string($1, $2) }
            guard let id, let title else { return nil }
            return Module(id: id, title: title, kind: kind, description: description, location: f.location)
        }
    }

    mutating func block(_ node: Node, _ key: String) -> Block? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "block", allowed: CurriculumSchema.block) else { return nil }
            let id = decoder.declare(.block, f)
            let title = decoder.required(f, "title") { $0.string($1, $2) }
            let description = decoder.optional(f, "description") { $0.string($1, $2) }
            let cohorts = decoder.items(f, "cohorts", decoder.reference(.cohort))
            let venue = decoder.optional(f, "venue", decoder.reference(.venue))
            let from = decoder.required(f, "from") { $0.date($1, $2) }
            let to = decoder.required(f, "to") { $0.date($1, $2) }
            decoder.checkOrder(f, "from", from, "to", to, strict: false)
            guard let id, let title, let from, let to else { return nil }
            return Block(id: id, title: title, description: description, cohorts: cohorts, venue: venue, from: from, to: to, location: f.location)
        }
    }
}
