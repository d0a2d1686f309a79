import FuzzSupport
import Curriculum

/// libFuzzer entry: the bytes as a curriculum file (UTF-8 check, YAML, decoding, validation).
/// Any error is fine; a trap, a leak, a hang or a blow-up is a finding.
func fuzzCurriculum(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    guard let text = try? InputFile.text(bytes, file: "fuzz.yaml") else { return 0 }
    _ = try? CurriculumLoader().load(text: text, file: "fuzz.yaml")
    return 0
}

runFuzzer(fuzzCurriculum)
