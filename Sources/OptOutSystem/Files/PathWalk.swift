import OptOutCore

/// A path taken apart part by part, as the kernel walks it.
///
/// `resolvingLinks` follows every symbolic link on the way, the last part's and the folders' alike, and
/// applies the kernel's fs.protected_symlinks rule to each (see `FileTarget`). `normalized` gives the path
/// the member's messages show: `.` dropped, and `..` taken away with the part before it wherever that part is
/// a real folder or is not there; after a link (whose `..` is the parent of where it points) or a file, the
/// `..` stays for the kernel.
enum PathWalk {
    /// The path's parts, without empty ones (`//`).
    static func parts(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    static func joined(_ parts: [String], absolute: Bool) -> String {
        let text = parts.joined(separator: "/")
        return absolute ? "/" + text : (text.isEmpty ? "." : text)
    }

    /// The path with `.` dropped and `..` taken lexically where that means what the kernel would make of it,
    /// or where the folder before it is missing (so nothing is made for a folder the path only passes
    /// through).
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        // Each part kept, and whether a `..` after it may take it away.
        var kept: [(name: String, removable: Bool)] = []
        var missing = false
        for part in parts(path) {
            if part == "." { continue }
            if part == ".." {
                if let last = kept.last, last.removable {
                    kept.removeLast()
                } else if absolute && kept.isEmpty {
                    continue  // `/..` is `/`
                } else {
                    kept.append(("..", false))
                }
                continue
            }
            var removable = true
            if !missing {
                if let info = FileCalls.linkInfo(joined(kept.map(\.name) + [part], absolute: absolute)) {
                    removable = info.st_mode & S_IFMT == S_IFDIR
                } else {
                    missing = true
                }
            }
            kept.append((part, removable))
        }
        let result = joined(kept.map(\.name), absolute: absolute)
        return path.hasSuffix("/") && result != "/" ? result + "/" : result
    }

    /// The path with every link on the way resolved (at most 40 links, as the kernel allows), `.` dropped
    /// and `..` taken, where each part is what the kernel would find. A link in a folder that is sticky and
    /// writable by all is followed only when it belongs to this user or to the folder's owner. Parts from
    /// the first one that is not there are taken as written (`..` after a missing folder takes it away).
    static func resolvingLinks(_ path: String) throws(FileError) -> String {
        var absolute = path.hasPrefix("/")
        // The parts walked, each with whether a `..` after it takes it away (not after `..` itself, nor
        // after a file, where the kernel stops with "not a directory").
        var done: [(name: String, removable: Bool)] = []
        var names: [String] { done.map(\.name) }
        // The parts still to walk, the next one last.
        var pending = Array(parts(path).reversed())
        var hops = 0
        var missing = false
        while let part = pending.popLast() {
            if part == "." { continue }
            if part == ".." {
                if let last = done.last, last.removable {
                    done.removeLast()
                } else if !absolute || !done.isEmpty {
                    done.append(("..", false))
                }
                continue
            }
            let candidate = joined(names + [part], absolute: absolute)
            guard !missing, let info = FileCalls.linkInfo(candidate) else {
                missing = true
                done.append((part, true))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFLNK else {
                done.append((part, info.st_mode & S_IFMT == S_IFDIR))
                continue
            }
            hops += 1
            guard hops <= 40 else { throw FileError(path: path, action: .use, cause: .system(errno: ELOOP)) }
            try checkLinkMayBeFollowed(candidate, info, in: joined(names, absolute: absolute))
            guard let destination = FileCalls.linkDestination(candidate) else {
                throw FileError(path: candidate, action: .readLink, cause: .system(errno: errno))
            }
            if destination.hasPrefix("/") {
                done = []
                absolute = true
            }
            pending.append(contentsOf: parts(destination).reversed())
        }
        return joined(names, absolute: absolute)
    }

    /// The kernel's fs.protected_symlinks rule: in a folder that is sticky and writable by all, a link is
    /// followed only when it belongs to whoever follows it or to the folder's owner.
    static func checkLinkMayBeFollowed(_ link: String, _ info: stat, in folder: String) throws(FileError) {
        guard let folderInfo = FileCalls.info(folder) else { return }
        let shared = S_ISVTX | S_IWOTH
        guard folderInfo.st_mode & mode_t(shared) == mode_t(shared) else { return }
        if info.st_uid == geteuid() || info.st_uid == folderInfo.st_uid { return }
        throw FileError(path: link, action: .use, cause: .untrustedLink)
    }
}
