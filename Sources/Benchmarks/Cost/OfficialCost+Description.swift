extension OfficialCost: CustomStringConvertible {
    /// `hard 0 (lectures 0, conflicts 0, availability 0, room occupancy 0), soft 5 (room capacity 4, …)`.
    public var description: String {
        "hard \(hard) (lectures \(lectures), conflicts \(conflicts), availability \(availability), "
            + "room occupancy \(roomOccupancy)), soft \(soft) (room capacity \(roomCapacity), "
            + "min working days \(minWorkingDays), curriculum compactness \(curriculumCompactness), "
            + "room stability \(roomStability))"
    }
}
