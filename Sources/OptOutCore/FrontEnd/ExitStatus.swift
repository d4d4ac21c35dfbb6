/// Exit statuses every command shares; the README lists them.
public enum ExitStatus {
    /// Success; for `status` and the walkthrough: the checklist is complete.
    public static let ok: Int32 = 0
    /// The checklist is unfinished (or the member declined, for `reset`; or standard output could not be
    /// written).
    public static let unfinished: Int32 = 1
    /// No progress has been saved yet.
    public static let nothingSaved: Int32 = 2
    /// The progress file cannot be read or written (or HOME is not set and nothing else names it).
    public static let progressFileProblem: Int32 = 3
    /// Another optout is using the progress file.
    public static let busy: Int32 = 4
    /// A guide file (`--guide`, `guide validate`) is unreadable or invalid.
    public static let badGuide: Int32 = 5
    /// An output file named on the command line (`--output`, `--ics`) cannot be written.
    public static let outputProblem: Int32 = 6
    /// `optout qr` could not give a usable code: the link is too long for a QR code, the locale and the
    /// output cannot show one, or the terminal is narrower than the code. The link is printed instead.
    public static let noQRCode: Int32 = 7
    /// The command line was wrong (from the argument parser).
    public static let usage: Int32 = 64
}

/// The program's version, shown by `optout --version`.
public enum OptOutVersion {
    public static let current = "0.1.0"
}
