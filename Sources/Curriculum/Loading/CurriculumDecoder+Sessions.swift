internal import Yams

extension CurriculumDecoder {
    mutating func session(_ node: Node, _ key: String) -> Session? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "session", allowed: CurriculumSchema.session) else { return nil }
            let id = decoder.declare(.session, f)
            let title = decoder.required(f, "title") { $0.string($1, $2) }
            let description = decoder.optional(f, "description") { $0.string($1, $2) }
            let language = decoder.optional(f, "language") { $0.language($1, $2) }
            let module = decoder.optional(f, "module", decoder.reference(.module))
            let category = decoder.optional(f, "category") { $0.string($1, $2) }
            let duration = decoder.required(f, "duration") { $0.duration($1, $2) }
            let occurrences = decoder.optional(f, "occurrences") { $0.integer($1, $2, minimum: 1, maximum: CurriculumLimits.occurrences) }
            let trainers = decoder.items(f, "trainers", decoder.reference(.trainer))
            let trainerPool = decoder.items(f, "trainer_pool", decoder.reference(.trainer))
            let rooms = decoder.items(f, "rooms", decoder.reference(.room))
            let cohorts = decoder.items(f, "cohorts", decoder.reference(.cohort))
            let allowed = decoder.items(f, "allowed") { $0.timeSpec($1, $2) }
            let unavailable = decoder.items(f, "unavailable") { $0.timeSpec($1, $2) }
            let pins = decoder.items(f, "pins") { $0.pin($1, $2) }
            guard let id, let title, let duration, let durationNode = f["duration"] else { return nil }
            decoder.map.durationLocations[f.location] = decoder.location(of: durationNode)
            return Session(
                id: id, title: title, description: description, language: language, module: module, category: category,
                duration: duration, occurrences: occurrences ?? 1, trainers: trainers, trainerPool: trainerPool, rooms: rooms,
                cohorts: cohorts, allowed: allowed, unavailable: unavailable, pins: pins, location: f.location
            )
        }
    }

    mutating func pin(_ node: Node, _ key: String) -> Pin? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: "pin", allowed: CurriculumSchema.pin) else { return nil }
            let date = decoder.required(f, "date") { $0.periodDate($1, $2) }
            let time = decoder.required(f, "time") { $0.time($1, $2) }
            guard let date, let time else { return nil }
            return Pin(date: date, time: time, location: f.location)
        }
    }
}
