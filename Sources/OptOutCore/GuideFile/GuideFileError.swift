/// One thing wrong with a guide file, at a JSON path such as `$.steps[3].link.url`.
public struct GuideProblem: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

/// Why a guide file could not be used.
public enum GuideFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, problems: [GuideProblem])

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "Could not read the guide file \(path): \(reason)."
        case let .invalid(path, problems):
            "The guide file \(path) has \(problems.count) problem\(problems.count == 1 ? "" : "s"), the first at "
                + "\(problems.first?.description ?? "?"). Run `optout guide validate \(path)` to list them all."
        }
    }
}
