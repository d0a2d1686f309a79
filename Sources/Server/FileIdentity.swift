/// One version of a file as the file system tells it: a new export (a new inode) or a rewrite in
/// place (new size or change time) is a new identity.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var changedSeconds: Int64
    var changedNanoseconds: Int64
}
