extension SolverOptions {
    /// Every tuning constant of the search, as plain data: what a `--solver-config` JSON file sets.
    ///
    /// Each key is optional in the file; a missing key keeps its default. The defaults are the
    /// figures measured on ITC-2007 and the bundled programmes (docs/benchmarks.md). Keys and
    /// their meaning are listed in docs/solver-config.md.
    public struct Tuning: Sendable, Equatable, Codable {
        // MARK: Construction

        /// A hard violation outweighs this much soft cost while the construction picks positions.
        public var constructionHardWeight: Int = 10_000
        /// Min-conflicts repair after construction (and after a search left infeasible): this many
        /// moves per event, plus ``repairBaseMoves``.
        public var repairMovesPerEvent: Int = 200
        public var repairBaseMoves: Int = 10_000
        /// Randomised restarts of the construction's tree search while none has completed, with
        /// budgets growing along the Luby sequence (0: the first search only, then the greedy guess).
        public var treeSearchRestarts: Int = 8
        /// Share of the time limit after which no restart begins and a running one stops.
        public var treeSearchTimeShare: Double = 0.3

        // MARK: Annealing schedule (the acceptor)

        /// Starting temperature; nil: the largest soft weight stated.
        public var initialTemperature: Double?
        /// Final temperature; nil: the initial one divided by ``finalTemperatureDivisor``.
        public var finalTemperature: Double?
        public var finalTemperatureDivisor: Double = 50
        /// Moves of one cooling cycle when the search has neither an iteration nor a time budget.
        public var coolingCycle: Int = 5_000_000

        // MARK: Hard-weight oscillation (the acceptor)

        /// Weight of one hard violation against soft cost; nil: ``hardWeightFactor`` times the
        /// largest soft weight.
        public var hardWeight: Int?
        public var hardWeightFactor: Int = 10
        /// Every 1 024 moves the weight rises by 1/``hardWeightStepDivisor`` of itself while the
        /// current placement breaks a hard rule (up to ``hardWeightCeiling`` times the base
        /// weight), and falls back the same way towards the base weight while it breaks none.
        public var hardWeightStepDivisor: Int = 20
        public var hardWeightCeiling: Int = 100

        // MARK: Move selection

        /// Share of moves that swap two events' starts. 0.25 measured better than 0.4 and 0.1 on
        /// ITC-2007 (docs/benchmarks.md).
        public var swapRate: Double = 0.25
        /// Share of moves that are Kempe chains between two starts.
        public var kempeRate: Double = 0.1
        /// Longest Kempe chain tried (events).
        public var kempeChainLimit: Int = 24
        /// The rest are change moves of one event, drawn by these weights: a new start (its room
        /// kept when usable), a new room, or both. With a trainer pool, the last draw of
        /// "both" changes the pool trainer instead.
        public var startMoveWeight: Int = 6
        public var roomMoveWeight: Int = 2
        public var startAndRoomMoveWeight: Int = 2
        /// A room move takes the room of another occurrence of the session once in this many draws
        /// (room stability).
        public var siblingRoomOneIn: Int = 2
        /// Share of swaps that exchange the two events' rooms as well as their starts.
        public var roomSwapRate: Double = 1
        /// Draws of a new start for a moved event, looking for one where its trainers and cohorts
        /// are free (1: any start at random).
        public var freeStartDraws: Int = 4
        /// Draws of a random room slot when the kept one is not usable at the new start.
        public var roomDraws: Int = 4
        /// Events drawn when looking for one to eject (a clashing event, or one in a costly room).
        public var ejectionEventDraws: Int = 16

        // MARK: Ejections

        /// Share of moves that eject (a clashing event moves to another start, the events it meets
        /// there move to their best starts), once a search has run ``ejectionPatience`` moves
        /// without finding a placement free of hard violations.
        public var ejectionRate: Double = 0.01
        public var ejectionPatience: Int = 200_000
        /// Share of moves, once feasible, that eject through a room: an event in a room with a
        /// cost takes a cheaper room at its start and the events there move to their best starts.
        public var roomEjectionRate: Double = 0.005
        /// Most events one ejection moves away.
        public var ejectionLimit: Int = 8
        /// A hard violation outweighs this much soft cost when an ejected event chooses its start.
        public var ejectionHardWeight: Int = 10_000

        /// The defaults.
        public init() {}
    }
}
