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
    /// The region as it reads after "in": "the EU or EEA", "the UK".
    var placeName: String {
        switch self {
        case .euEEA: "the EU or EEA"
        case .switzerland: "Switzerland"
        case .uk: "the UK"
        case .canada: "Canada"
        case .hongKong: "Hong Kong"
        case .elsewhere: "anywhere else"
        }
    }

    /// Who a region note is for, as the start of a sentence: "If you live in Canada or Hong Kong",
    /// "If you live outside the EU or EEA, Switzerland and the UK".
    public static func condition(_ regions: [Region]) -> String {
        func list(_ names: [String], _ last: String) -> String {
            names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(last) " + names.last!
        }
        if regions.contains(.elsewhere) {
            let outside = Region.allCases.filter { $0 != .elsewhere && !regions.contains($0) }
            if outside.isEmpty { return "Wherever you live" }
            return "If you live outside " + list(outside.map(\.placeName), "and")
        }
        let inside = Region.allCases.filter { regions.contains($0) }
        return "If you live in " + list(inside.map(\.placeName), "or")
    }
}
