/// The handout's and the receipt's own words, in one place: headings, labels and the sentences around
/// the guide's text, with the language they are in. A text with a value in it is a template whose
/// `{name}` places `fill` replaces, so a translation can move the value where its language wants it.
///
/// Only English exists today (`english`); another language is another value of this type, and its
/// `language` becomes the page's `<html lang>`. What the core says (a step's position, region
/// conditions, statuses, the stale-guide warning, the record's lines) comes from the core in its words.
public struct HandoutWords: Sendable, Equatable {
    /// The language of these words and of the page's prose, a BCP 47 tag: `<html lang>`.
    public var language: String

    // The top of the handout.
    /// "Guide {id} {version}, last verified {date}"
    public var guideLine: String
    /// "LinkedIn's labels are in English." (the guide's labels in English)
    public var labelsInEnglish: String
    /// LinkedIn's labels in {language}, the English in brackets.
    public var labelsInLanguage: String
    /// Which region's notes are shown: "{region}".
    public var regionShown: String
    /// Every region's notes are shown.
    public var everyRegionShown: String
    /// How to use the page on paper and on a phone.
    public var howToUse: String
    /// The label of the stale-guide warning.
    public var warningLabel: String

    // A step.
    /// Marks an optional step's title.
    public var optional: String
    public var menuPath: String
    public var directLink: String
    /// The accessible name of a link's QR code: "QR code for {url}".
    public var qrCodeName: String
    /// Beside an address that is not an https link, so it is not made one.
    public var notALink: String
    public var whatYouShouldSee: String
    public var notVerified: String
    public var stepSources: String

    // The end of the handout.
    public var caveatsHeading: String
    public var sourcesHeading: String
    /// "read {date}"
    public var sourceRead: String

    // The receipt.
    /// "{title}: summary"
    public var receiptTitle: String
    /// "Started {started}; last change {changed}"
    public var receiptTimes: String
    public var platform: String
    public var linkedInLanguage: String
    public var region: String
    public var recordHeading: String
    public var stepsHeading: String
    public var note: String
    /// "reason: {reason}"
    public var reason: String
    public var screenDiffered: String
    public var stillToDoHeading: String
    public var skippedHeading: String
    public var screensDifferedHeading: String
    /// Under the screens that differed: "Guide {id} {version}; worth reporting with optout report."
    public var screensDifferedNote: String

    /// The words in English.
    public static let english = HandoutWords(
        language: "en",
        guideLine: "Guide {id} {version}, last verified {date}",
        labelsInEnglish: "LinkedIn's labels are shown in English.",
        labelsInLanguage: "LinkedIn's labels are shown in {language}, each followed by the English in brackets; "
            + "\"not verified\" marks a wording only one source gives, or one the sources disagree on.",
        regionShown: "Only the notes for one region are shown: {region}.",
        everyRegionShown: "The notes for every region are shown.",
        howToUse: "Tick each box when you have done the step. To open a link on your phone, scan its code "
            + "with the phone's camera, or type the address written beside it.",
        warningLabel: "Note",
        optional: "optional",
        menuPath: "Menu path",
        directLink: "Direct link",
        qrCodeName: "QR code for {url}",
        notALink: "(not an https address, so it is not a link)",
        whatYouShouldSee: "What you should see",
        notVerified: "Not verified",
        stepSources: "Sources",
        caveatsHeading: "Keep in mind",
        sourcesHeading: "Sources",
        sourceRead: "read {date}",
        receiptTitle: "{title}: summary",
        receiptTimes: "Started {started}; last change {changed}",
        platform: "Platform",
        linkedInLanguage: "LinkedIn language",
        region: "Region",
        recordHeading: "Record",
        stepsHeading: "Steps",
        note: "Note",
        reason: "reason: {reason}",
        screenDiffered: "Screen differed",
        stillToDoHeading: "Still to do",
        skippedHeading: "Skipped or left out",
        screensDifferedHeading: "Screens that did not match the guide",
        screensDifferedNote: "Guide {id} {version}; worth reporting with optout report.")

    /// A text of these words as HTML: the template escaped (words are text, whatever a translation
    /// holds), each `{name}` filled with its value escaped.
    public func html(_ template: String, _ values: [String: String] = [:]) -> String {
        Self.fill(HTMLText.escape(template), values.mapValues(HTMLText.escape))
    }

    /// A template with each `{name}` replaced by its value, put in as it is.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            out += rest[..<open]
            if let value = values[name] {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
