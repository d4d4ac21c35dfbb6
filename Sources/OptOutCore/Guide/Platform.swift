/// A value that may differ by platform: `any` applies wherever no platform-specific value is given.
public struct PerPlatform<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var any: Value?
    public var web: Value?
    public var app: Value?

    public init(any: Value? = nil, web: Value? = nil, app: Value? = nil) {
        self.any = any
        self.web = web
        self.app = app
    }

    /// The value for a platform, falling back to `any`.
    public func value(for platform: Platform) -> Value? {
        switch platform {
        case .web: web ?? any
        case .app: app ?? any
        }
    }

    /// True when web and app have different values, so a front end that does not know the
    /// platform should show both.
    public var differsByPlatform: Bool {
        value(for: .web) != value(for: .app)
    }
}

extension PerPlatform {
    /// The values for each platform changed by `transform`.
    func map(_ transform: (Value) -> Value) -> PerPlatform<Value> {
        PerPlatform(any: any.map(transform), web: web.map(transform), app: app.map(transform))
    }
}

/// Where the member carries out the steps. Instructions and menu paths differ between them.
public enum Platform: String, Codable, Sendable, CaseIterable {
    /// LinkedIn in a desktop web browser.
    case web
    /// The LinkedIn mobile app (iOS or Android).
    case app
}

extension Platform {
    /// The platform's name for people, as a heading over its instructions, in the interface language.
    public var displayName: String {
        switch self {
        // Translators: a heading over the instructions for LinkedIn's website.
        case .web: tr("On the website")
        // Translators: a heading over the instructions for LinkedIn's mobile app.
        case .app: tr("In the mobile app")
        }
    }
}
