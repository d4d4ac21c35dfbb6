/// The member's region. It changes the explanation a step gives, never the path through the settings.
public enum Region: String, Codable, Sendable, CaseIterable {
    case euEEA = "eu-eea"
    case switzerland
    case uk
    case canada
    case hongKong = "hong-kong"
    case elsewhere
}

extension Region {
    /// The region as it reads after "If you live in": "the EU or EEA", "the UK", in the interface language.
    var placeInside: String {
        // Translators: a region as it follows "in" in "If you live in {places}". A language that puts a different
        // word before each place (French "en Suisse", "au Royaume-Uni") may write it here and leave it out there.
        switch self {
        case .euEEA: tr("the EU or EEA", context: "region, after in")
        case .switzerland: tr("Switzerland", context: "region, after in")
        case .uk: tr("the UK", context: "region, after in")
        case .canada: tr("Canada", context: "region, after in")
        case .hongKong: tr("Hong Kong", context: "region, after in")
        case .elsewhere: tr("anywhere else", context: "region, after in")
        }
    }

    /// The region as it reads after "If you live outside", in the interface language.
    var placeOutside: String {
        // Translators: a region as it follows "outside" in "If you live outside {places}" (German: in the genitive).
        switch self {
        case .euEEA: tr("the EU or EEA", context: "region, after outside")
        case .switzerland: tr("Switzerland", context: "region, after outside")
        case .uk: tr("the UK", context: "region, after outside")
        case .canada: tr("Canada", context: "region, after outside")
        case .hongKong: tr("Hong Kong", context: "region, after outside")
        case .elsewhere: tr("anywhere else", context: "region, after outside")
        }
    }

    /// Who a region note is for, as the start of a sentence: "If you live in Canada or Hong Kong",
    /// "If you live outside the EU or EEA, Switzerland and the UK", in the interface language.
    public static func condition(_ regions: [Region]) -> String {
        if regions.contains(.elsewhere) {
            let outside = Region.allCases.filter { $0 != .elsewhere && !regions.contains($0) }
            if outside.isEmpty { return tr("Wherever you live") }
            // Translators: the start of a note for some regions; {places} lists them ("the EU or EEA, Switzerland and the UK").
            return tr("If you live outside {places}", ["places": Words.and(outside.map(\.placeOutside))])
        }
        let inside = Region.allCases.filter { regions.contains($0) }
        // Translators: the start of a note for some regions; {places} lists them ("Canada or Hong Kong").
        return tr("If you live in {places}", ["places": Words.or(inside.map(\.placeInside))])
    }
}
