/// The program's version, shown by `optout --version`.
public enum OptOutVersion {
    public static let current = "0.1.0"
}
