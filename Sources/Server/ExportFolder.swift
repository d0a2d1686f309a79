import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The served folder: turns a request path into a file opened inside it, or nothing.
///
/// Each request resolves its path again from the root, opens the file once and reads it through that
/// descriptor, so a programme folder swapped whole by an export is served either all old or all new.
/// A file is served only when the path the kernel gives for the open descriptor is inside the root:
/// `..`, percent-encoded traversal and symbolic links that lead out all end in 404.
struct ExportFolder: Sendable {
    let root: String

    /// What a request path names.
    enum Target {
        /// A regular file, open for reading.
        case file(OpenFile)
        /// A folder asked for without its final `/`: answered with a redirect, so relative links work.
        case folder
        /// The root folder, which has no `index.html`: answered with a list of the programmes.
        case listing([String])
    }

    /// The decoded segments of a request path (`/a%20b/c.ics` is `["a b", "c.ics"]`); nil when a
    /// segment is `.`, `..` or hidden (starts with `.`), holds `/`, `\` or NUL, or is not valid
    /// percent-encoded UTF-8.
    static func segments(ofPath path: String) -> [String]? {
        var result: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding, !segment.isEmpty,
                  !segment.hasPrefix("."), !segment.contains("/"), !segment.contains("\\"), !segment.contains("\0")
            else { return nil }
            result.append(segment)
        }
        return result
    }

    /// Opens what `segments` name; nil when it does not exist, is not a regular file or folder, or is
    /// outside the root once symbolic links are resolved. A folder is answered by its `index.html`.
    func resolve(_ segments: [String], endsWithSlash: Bool) -> Target? {
        let rootDescriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootDescriptor >= 0 else { return nil }
        defer { close(rootDescriptor) }
        guard let rootPath = Self.path(of: rootDescriptor) else { return nil }
        let relative = segments.isEmpty ? "." : segments.joined(separator: "/")
        guard let file = OpenFile(at: relative, in: rootDescriptor) else { return nil }
        guard let resolved = Self.path(of: file.descriptor),
              resolved == rootPath || resolved.hasPrefix(rootPath == "/" ? "/" : rootPath + "/")
        else { return nil }
        if file.isRegular { return .file(file) }
        guard file.isDirectory else { return nil }
        guard segments.isEmpty || endsWithSlash else { return .folder }
        if let index = OpenFile(at: "index.html", in: file.descriptor), index.isRegular,
           let indexPath = Self.path(of: index.descriptor), indexPath.hasPrefix(rootPath + "/") {
            return .file(index)
        }
        return segments.isEmpty ? .listing(programmes(in: rootDescriptor)) : nil
    }

    /// The folders of the root that hold an `index.html`, sorted.
    private func programmes(in descriptor: Int32) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let directory = fdopendir(copy) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            if let index = OpenFile(at: name + "/index.html", in: descriptor), index.isRegular { names.append(name) }
        }
        return names.sorted()
    }

    /// The path the kernel gives for an open descriptor (symbolic links resolved).
    static func path(of descriptor: Int32) -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        var buffer = [CChar](repeating: 0, count: Int(MAXPATHLEN))
        guard fcntl(descriptor, F_GETPATH, &buffer) != -1 else { return nil }
        return String(cString: buffer)
        #endif
    }
}
