/// Which front end a run uses.
public enum FrontEndKind: Equatable, Sendable {
    case fullScreen
    case plain
}

extension FrontEndKind {
    /// Plain line-by-line mode when asked for, or when standard input or output is not a terminal,
    /// `TERM` is `dumb` (or unset), or `ACCESSIBLE` is set to a non-empty value; the full screen otherwise.
    public static func choose(
        plainFlag: Bool, stdinIsTerminal: Bool, stdoutIsTerminal: Bool, environment: [String: String]
    ) -> FrontEndKind {
        if plainFlag || !stdinIsTerminal || !stdoutIsTerminal { return .plain }
        if let accessible = environment["ACCESSIBLE"], !accessible.isEmpty { return .plain }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .plain }
        return .fullScreen
    }
}
