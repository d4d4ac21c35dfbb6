import ArgumentParser
import OptOutCore

/// One region whose notes alone are shown (`--region`), for the printed guide.
struct RegionOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Show only the notes for the region you live in: " + Region.allCases.map(\.rawValue).joined(separator: ", ")
                + " (without it, every region's notes).",
            valueName: "region"))
    var region: String?

    func validate() throws {
        guard let region, Region(rawValue: region.lowercased()) == nil else { return }
        // Translators: {region} is what was typed; {regions} the region codes --region takes (eu-eea, uk, ...).
        throw ValidationError(tr(
            "\"{region}\" is not a region optout knows. --region takes one of: {regions}.",
            ["region": TerminalSafeText.sanitize(region), "regions": Region.allCases.map(\.rawValue).joined(separator: ", ")]))
    }

    var value: Region? { region.flatMap { Region(rawValue: $0.lowercased()) } }
}
