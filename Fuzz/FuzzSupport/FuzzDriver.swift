#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver (in the toolchain's libFuzzer, linked by `-sanitize=fuzzer`): parses the
/// command line (`-max_total_time=…`, corpus folders) and calls `test` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer on `test` with the process's arguments and exits with its status. A harness's
/// top-level code calls this: SwiftPM gives every executable its own `main`, so libFuzzer's `main`
/// is never the entry point.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}
