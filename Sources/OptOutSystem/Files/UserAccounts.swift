import OptOutCore

/// The machine's user accounts as its password file (/etc/passwd) lists them: a user's home folder for
/// `~name/…` paths, and the name that goes with an id in messages. optout reads the file itself: the
/// static release binary has no C library password database to ask (it would load NSS modules), and one
/// rule for both builds is easier to trust. Users known only to a directory service (LDAP) are not listed;
/// their `~name` is refused with a sentence that says to give the whole path.
public struct UserAccounts: Sendable {
    struct Account: Sendable {
        var name: String
        var id: UInt32
        var home: String
    }

    private let accounts: [Account]

    /// The accounts of a password file's text (`name:password:id:group:comment:home:shell` per line).
    public init(passwordFile text: String) {
        accounts = text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 7, !line.hasPrefix("#"), let id = UInt32(fields[2]) else { return nil }
            return Account(name: String(fields[0]), id: id, home: String(fields[5]))
        }
    }

    /// The accounts of /etc/passwd, read when asked (none when it cannot be read).
    public static func system() -> UserAccounts {
        let data = (try? RegularFileReader.read("/etc/passwd")).flatMap { $0 }
        return UserAccounts(passwordFile: data.map { String(decoding: $0, as: UTF8.self) } ?? "")
    }

    /// The home folder of the user `name`, or nil.
    public func home(of name: String) -> String? {
        accounts.first { $0.name == name }?.home
    }

    /// The name of the user with this id, or nil.
    public func name(of id: UInt32) -> String? {
        accounts.first { $0.id == id }?.name
    }

    /// A path that starts with `~name` (not `~` or `~/`, which mean HOME): the user's name, and the path with
    /// their home folder in its place, nil when no such user is listed. Nil for any other path.
    public static func expandingUserHome(_ path: String) -> (user: String, expanded: String?)? {
        let scalars = path.unicodeScalars
        guard scalars.first == "~" else { return nil }
        let rest = scalars.dropFirst()
        let name = String(rest.prefix { $0 != "/" })
        guard !name.isEmpty else { return nil }
        guard let home = system().home(of: name) else { return (name, nil) }
        let after = String(rest.dropFirst(name.unicodeScalars.count))
        return (name, after.isEmpty ? home : PathText.join(home, String(after.unicodeScalars.dropFirst())))
    }
}
