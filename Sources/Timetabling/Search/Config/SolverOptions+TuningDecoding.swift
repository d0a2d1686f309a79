import Curriculum
public import Foundation

extension SolverOptions.Tuning {
    /// The keys of a solver configuration file, in the order of the documentation.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case constructionHardWeight, repairMovesPerEvent, repairBaseMoves, treeSearchRestarts, treeSearchTimeShare
        case initialTemperature, finalTemperature, finalTemperatureDivisor, coolingCycle
        case hardWeight, hardWeightFactor, hardWeightStepDivisor, hardWeightCeiling
        case swapRate, kempeRate, kempeChainLimit, startMoveWeight, roomMoveWeight, startAndRoomMoveWeight
        case siblingRoomOneIn, roomSwapRate, freeStartDraws, roomDraws, ejectionEventDraws
        case ejectionRate, ejectionPatience, roomEjectionRate, ejectionLimit, ejectionHardWeight
    }

    private static let unknownKey = "unknown key"

    /// Reads the keys present; a missing key keeps its default, an unknown key is an error.
    public init(from decoder: any Decoder) throws {
        self.init()
        let any = try decoder.container(keyedBy: AnyKey.self)
        for key in any.allKeys where CodingKeys(stringValue: key.stringValue) == nil {
            throw DecodingError.dataCorruptedError(forKey: key, in: any, debugDescription: Self.unknownKey)
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read(_ key: CodingKeys, _ value: inout Double) throws {
            if let decoded = try c.decodeIfPresent(Double.self, forKey: key) { value = decoded }
        }
        func read(_ key: CodingKeys, _ value: inout Double?) throws {
            if let decoded = try c.decodeIfPresent(Double.self, forKey: key) { value = decoded }
        }
        // A whole number is read as a number and checked, so that 2.5 is an error at its key.
        func read(_ key: CodingKeys, _ value: inout Int) throws {
            var optional: Int? = value
            try read(key, &optional)
            if let optional { value = optional }
        }
        func read(_ key: CodingKeys, _ value: inout Int?) throws {
            guard let number = try c.decodeIfPresent(Double.self, forKey: key) else { return }
            guard number.rounded() == number, abs(number) < 1e15 else {
                throw DecodingError.typeMismatch(Int.self, .init(codingPath: [key], debugDescription: "not a whole number"))
            }
            value = Int(number)
        }
        try read(.constructionHardWeight, &constructionHardWeight)
        try read(.repairMovesPerEvent, &repairMovesPerEvent)
        try read(.repairBaseMoves, &repairBaseMoves)
        try read(.treeSearchRestarts, &treeSearchRestarts)
        try read(.treeSearchTimeShare, &treeSearchTimeShare)
        try read(.initialTemperature, &initialTemperature)
        try read(.finalTemperature, &finalTemperature)
        try read(.finalTemperatureDivisor, &finalTemperatureDivisor)
        try read(.coolingCycle, &coolingCycle)
        try read(.hardWeight, &hardWeight)
        try read(.hardWeightFactor, &hardWeightFactor)
        try read(.hardWeightStepDivisor, &hardWeightStepDivisor)
        try read(.hardWeightCeiling, &hardWeightCeiling)
        try read(.swapRate, &swapRate)
        try read(.kempeRate, &kempeRate)
        try read(.kempeChainLimit, &kempeChainLimit)
        try read(.startMoveWeight, &startMoveWeight)
        try read(.roomMoveWeight, &roomMoveWeight)
        try read(.startAndRoomMoveWeight, &startAndRoomMoveWeight)
        try read(.siblingRoomOneIn, &siblingRoomOneIn)
        try read(.roomSwapRate, &roomSwapRate)
        try read(.freeStartDraws, &freeStartDraws)
        try read(.roomDraws, &roomDraws)
        try read(.ejectionEventDraws, &ejectionEventDraws)
        try read(.ejectionRate, &ejectionRate)
        try read(.ejectionPatience, &ejectionPatience)
        try read(.roomEjectionRate, &roomEjectionRate)
        try read(.ejectionLimit, &ejectionLimit)
        try read(.ejectionHardWeight, &ejectionHardWeight)
    }

    /// The tuning of a solver configuration file's bytes (a JSON object of the keys in
    /// docs/solver-config.md); `file` names it in errors. The caller reads the file.
    /// - Throws: ``SolverConfigError``, located at the offending key.
    public init(json data: Data, file: String) throws(SolverConfigError) {
        let text = String(decoding: data, as: UTF8.self)
        func invalid(_ key: String, _ expected: String) -> SolverConfigError {
            .invalidValue(SourceLocation(file: file, json: text, key: key), key: key, expected: expected, found: Self.rawValue(of: key, in: text))
        }
        do {
            self = try JSONDecoder().decode(Self.self, from: data)
        } catch let DecodingError.dataCorrupted(context) where context.debugDescription == Self.unknownKey {
            let key = context.codingPath[0].stringValue
            let known = CodingKeys.allCases.map(\.rawValue)
            throw .unknownKey(SourceLocation(file: file, json: text, key: key), key: key, suggestion: Suggestion.closest(to: key, among: known))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            let key = context.codingPath[0].stringValue
            throw invalid(key, CodingKeys(stringValue: key)?.expected ?? "a number")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            let key = context.codingPath[0].stringValue
            throw invalid(key, CodingKeys(stringValue: key)?.expected ?? "a number")
        } catch let DecodingError.valueNotFound(_, context) where !context.codingPath.isEmpty {
            let key = context.codingPath[0].stringValue
            throw invalid(key, CodingKeys(stringValue: key)?.expected ?? "a number")
        } catch DecodingError.typeMismatch {
            throw .notAnObject(file: file)
        } catch {
            throw .syntax(file: file, reason: Self.reason(of: error))
        }
        if let key = firstInvalidKey() { throw invalid(key.rawValue, key.expected) }
    }

    /// The first key, in documentation order, whose value is out of its range.
    func firstInvalidKey() -> CodingKeys? {
        func share(_ x: Double) -> Bool { (0...1).contains(x) }
        return CodingKeys.allCases.first { key in
            switch key {
            case .constructionHardWeight: constructionHardWeight < 1
            case .repairMovesPerEvent: repairMovesPerEvent < 0
            case .repairBaseMoves: repairBaseMoves < 0
            case .treeSearchRestarts: treeSearchRestarts < 0
            case .treeSearchTimeShare: !share(treeSearchTimeShare)
            case .initialTemperature: initialTemperature.map { !($0 > 0) } ?? false
            case .finalTemperature: finalTemperature.map { !($0 > 0) } ?? false
            case .finalTemperatureDivisor: !(finalTemperatureDivisor >= 1)
            case .coolingCycle: coolingCycle < 1
            case .hardWeight: hardWeight.map { $0 < 1 } ?? false
            case .hardWeightFactor: hardWeightFactor < 1
            case .hardWeightStepDivisor: hardWeightStepDivisor < 1
            case .hardWeightCeiling: hardWeightCeiling < 1
            case .swapRate: !share(swapRate)
            case .kempeRate: !share(kempeRate) || !share(kempeRate + swapRate)
            case .kempeChainLimit: kempeChainLimit < 1
            case .startMoveWeight: startMoveWeight < 0
            case .roomMoveWeight: roomMoveWeight < 0
            case .startAndRoomMoveWeight: startAndRoomMoveWeight < 0 || startMoveWeight + roomMoveWeight + startAndRoomMoveWeight < 1
            case .siblingRoomOneIn: siblingRoomOneIn < 1
            case .roomSwapRate: !share(roomSwapRate)
            case .freeStartDraws: freeStartDraws < 1
            case .roomDraws: roomDraws < 1
            case .ejectionEventDraws: ejectionEventDraws < 1
            case .ejectionRate: !share(ejectionRate)
            case .ejectionPatience: ejectionPatience < 0
            case .roomEjectionRate: !share(roomEjectionRate)
            case .ejectionLimit: ejectionLimit < 1
            case .ejectionHardWeight: ejectionHardWeight < 1
            }
        }
    }

    /// The text of the value of `key` in `text` (up to the next comma, brace or line end), for errors.
    static func rawValue(of key: String, in text: String) -> String {
        guard let range = text.range(of: "\"\(key)\"") else { return "nothing" }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard rest.first == ":" else { return "nothing" }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let value = rest.prefix { $0 != "," && $0 != "}" && $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? "nothing" : value
    }

    private static func reason(of error: any Error) -> String {
        if case let DecodingError.dataCorrupted(context) = error {
            return (context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription)
        }
        return "\(error)"
    }
}

/// Any key of a JSON object (to find the unknown ones).
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension SolverOptions.Tuning.CodingKeys {
    /// What the key's value must be, for errors.
    var expected: String {
        switch self {
        case .initialTemperature, .finalTemperature: "a number above 0"
        case .finalTemperatureDivisor: "a number of at least 1"
        case .swapRate, .roomSwapRate, .ejectionRate, .roomEjectionRate, .treeSearchTimeShare: "a share between 0 and 1"
        case .kempeRate: "a share between 0 and 1 that, added to swapRate, is at most 1"
        case .repairMovesPerEvent, .repairBaseMoves, .treeSearchRestarts, .ejectionPatience, .startMoveWeight, .roomMoveWeight:
            "a whole number of at least 0"
        case .startAndRoomMoveWeight: "a whole number of at least 0, the three move weights adding up to at least 1"
        default: "a whole number of at least 1"
        }
    }
}
