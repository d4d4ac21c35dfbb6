/// What a front end shows for one step, resolved for the member's platform, region and LinkedIn language.
/// Both the plain mode and the full screen draw from this, so they always say the same thing.
public struct StepContent: Equatable, Sendable {
    /// Instructions under an optional heading (a platform's name when both platforms are shown).
    public struct Section: Equatable, Sendable {
        public var heading: String?
        public var lines: [String]
        /// The platform `heading` names, when there is one.
        public var platform: Platform?

        public init(heading: String?, lines: [String], platform: Platform? = nil) {
            self.heading = heading
            self.lines = lines
            self.platform = platform
        }
    }

    /// "Step 3 of 11".
    public var position: String
    public var title: String
    public var optional: Bool
    public var body: [String]
    /// The menu path for the platform, as labels. Empty when the step has none.
    public var breadcrumbs: [Section]
    public var instructions: [Section]
    public var link: GuideLink?
    public var expected: String?
    public var regionNotes: [String]
    public var unverified: [String]
    public var choice: StepChoice?

    /// Resolves a step. With no platform chosen yet, a step whose instructions differ by platform
    /// shows both, each under its platform's name. LinkedIn's labels are shown in `language`
    /// (English when none is known), with the English beside them. `index` must be one of
    /// `guide.steps.indices`, as for an array's subscript.
    public init(guide: Guide, index: Int, platform: Platform?, region: Region?, language: LinkedInLanguage? = nil) {
        let step = guide.steps[index].resolvingLabels(with: guide.labelResolver(for: language))
        // Translators: where the step is in the guide: "Step 3 of 12".
        position = tr("Step {number} of {count}", ["number": String(index + 1), "count": String(guide.steps.count)])
        title = step.title
        optional = step.optional
        body = step.body
        breadcrumbs = Self.sections(step.menuPath, platform: platform)
        instructions = Self.sections(step.instructions, platform: platform)
        link = step.link
        expected = step.expected
        regionNotes = step.notes(for: region)
        unverified = step.unverified
        choice = step.choice
    }

    /// The content for the member's current state, if they are on a step.
    public init?(state: WalkthroughState) {
        guard case let .onStep(index) = state.phase else { return nil }
        self.init(
            guide: state.guide, index: index, platform: state.progress.platform, region: state.progress.region,
            language: state.progress.linkedInLanguage)
    }

    private static func sections(_ value: PerPlatform<[String]>?, platform: Platform?) -> [Section] {
        guard let value else { return [] }
        if let platform {
            return value.value(for: platform).map { [Section(heading: nil, lines: $0)] } ?? []
        }
        if !value.differsByPlatform {
            return value.value(for: .web).map { [Section(heading: nil, lines: $0)] } ?? []
        }
        return Platform.allCases.compactMap { p in
            value.value(for: p).map { Section(heading: p.displayName, lines: $0, platform: p) }
        }
    }
}
