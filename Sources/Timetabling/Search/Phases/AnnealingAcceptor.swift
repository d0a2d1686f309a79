import Foundation

/// Simulated annealing with strategic oscillation of the hard weight.
///
/// The temperature falls geometrically from T0 to T1 over the budget (iterations or time, the
/// further along of the two; without a budget, over repeated cycles of the tuning's
/// `coolingCycle` moves). A move is kept when its weighted cost change is at most
/// -T ln u (Metropolis: exp(-delta/T) > u). While the current placement breaks a hard rule the
/// weight of a hard violation rises (by 1/`hardWeightStepDivisor` every 1 024 moves, up to
/// `hardWeightCeiling` times the base), and it falls back towards the base while it breaks none.
///
/// Bellio, Ceschia, Di Gaspero, Schaerf, Urli, "Feature-based tuning of single-stage simulated
/// annealing for examination and curriculum-based course timetabling" (Computers & Operations
/// Research, 2016): geometric cooling over the budget, hard violations weighted.
struct AnnealingAcceptor: Acceptor {
    private let initialTemperature: Double
    private let ratio: Double
    private let cycle: Int
    private let budgetStart: Int
    private let iterationLimit: Int?
    private let timeLimit: Duration?
    private let baseHardWeight: Int
    private let ceiling: Int
    private let stepDivisor: Int
    private(set) var temperature: Double
    private(set) var hardWeight: Int

    /// - Parameters:
    ///   - budgetStart: the moves already made when the local search starts (construction, repair).
    init(problem: Problem, options: SolverOptions, budgetStart: Int) {
        let tuning = options.tuning
        let t0 = tuning.initialTemperature ?? Double(problem.maxSoftWeight)
        let tEnd = min(t0, tuning.finalTemperature ?? t0 / tuning.finalTemperatureDivisor)
        initialTemperature = t0
        ratio = tEnd / t0
        cycle = tuning.coolingCycle
        self.budgetStart = budgetStart
        iterationLimit = options.iterations
        timeLimit = options.timeLimit
        baseHardWeight = tuning.hardWeight ?? tuning.hardWeightFactor * problem.maxSoftWeight
        ceiling = tuning.hardWeightCeiling
        stepDivisor = tuning.hardWeightStepDivisor
        temperature = t0
        hardWeight = baseHardWeight
    }

    mutating func update(iterations: Int, elapsed: Duration, currentHard: Int) {
        var fraction = 0.0
        if let limit = iterationLimit { fraction = Double(iterations - budgetStart) / Double(max(1, limit - budgetStart)) }
        if let limit = timeLimit { fraction = max(fraction, elapsed / limit) }
        if iterationLimit == nil, timeLimit == nil {
            fraction = Double((iterations - budgetStart) % cycle) / Double(cycle)
        }
        temperature = initialTemperature * pow(ratio, min(1, max(0, fraction)))
        hardWeight = currentHard > 0 ? min(ceiling * baseHardWeight, hardWeight + max(1, hardWeight / stepDivisor))
            : max(baseHardWeight, hardWeight - max(1, hardWeight / stepDivisor))
    }

    @inline(__always)
    func threshold(_ rng: inout SeededGenerator) -> Double { -temperature * log(rng.unit()) }

    @inline(__always)
    func accepts(hard: Int, soft: Int, threshold: Double, onHardOnly: Bool) -> Bool {
        if onHardOnly { return hard <= 0 }
        let delta = hard * hardWeight + soft
        return !(delta > 0 && Double(delta) > threshold)
    }
}
