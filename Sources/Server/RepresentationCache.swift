import Synchronization

/// The representations already built, by file version, and the Last-Modified each path was given.
///
/// A final class around a `Mutex`: the requests of every event loop share one cache (the point of it);
/// its state is only reached under the lock, so the class is `Sendable`.
final class RepresentationCache: Sendable {
    /// Above this many bytes held, the cache starts again empty (old versions of swapped files go too).
    static let byteLimit = 256 * 1024 * 1024

    private struct State {
        var representations: [FileIdentity: Representation] = [:]
        var bytes = 0
        var lastModified: [String: (tag: String, seconds: Int64)] = [:]
    }

    private let state = Mutex(State())

    /// The representation of this version of the file, built (read through its descriptor) on first use;
    /// nil when the file cannot be read.
    func representation(of file: OpenFile, name: String) -> Representation? {
        let identity = file.identity
        if let cached = state.withLock({ $0.representations[identity] }) { return cached }
        guard let bytes = file.contents() else { return nil }
        let built = Representation(body: bytes, name: name)
        state.withLock { state in
            if state.bytes + built.size > Self.byteLimit {
                state.representations.removeAll()
                state.bytes = 0
            }
            if state.representations.updateValue(built, forKey: identity) == nil { state.bytes += built.size }
        }
        return built
    }

    /// The Last-Modified (seconds since 1970) of `path` holding the content `tag`: the one given
    /// before while the content is unchanged; for new content the file's time, but never earlier than
    /// one second after the time given before, so that it never goes backwards.
    func lastModified(path: String, tag: String, fileSeconds: Int64) -> Int64 {
        state.withLock { state in
            if let previous = state.lastModified[path] {
                if previous.tag == tag { return previous.seconds }
                let seconds = max(fileSeconds, previous.seconds + 1)
                state.lastModified[path] = (tag, seconds)
                return seconds
            }
            state.lastModified[path] = (tag, fileSeconds)
            return fileSeconds
        }
    }
}
