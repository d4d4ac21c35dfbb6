/// Where the member carries out the steps. Instructions and menu paths differ between them.
public enum Platform: String, Codable, Sendable, CaseIterable {
    /// LinkedIn in a desktop web browser.
    case web
    /// The LinkedIn mobile app (iOS or Android).
    case app
}

extension Platform {
    /// The platform's name for people.
    public var displayName: String {
        switch self {
        case .web: "On the website"
        case .app: "In the mobile app"
        }
    }
}
