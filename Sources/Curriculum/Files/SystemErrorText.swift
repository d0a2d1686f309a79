internal import Foundation

/// The system's reason for a failed call in plain words, as readers and writers print it.
public enum SystemErrorText {
    /// `strerror(code)` starting in lower case: "permission denied", "no space left on device".
    public static func words(_ code: Int32) -> String {
        let words = String(cString: strerror(code))
        return words.prefix(1).lowercased() + words.dropFirst()
    }
}
