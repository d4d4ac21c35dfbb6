#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Guide {
    /// The built-in walkthrough for opting out of LinkedIn's AI training.
    ///
    /// It covers the two separate things a member has to do: turn off the
    /// "Data for Generative AI Improvement" setting, and send the Data Processing
    /// Objection Form for LinkedIn's other machine learning. Optional related
    /// settings follow. The content is plain data: LinkedIn's labels are named by
    /// key (`{data-privacy}`) and shown in the member's LinkedIn language
    /// (`linkedInLabels`), every fact carries the ids of its sources, and what
    /// the sources do not confirm is listed in each step's `unverified`.
    ///
    /// `lastVerified` is the day the oldest part was checked against its sources:
    /// the facts were read on 2026-11-29, the labels in other languages on 2026-12-01.
    public static let linkedInAITraining: Guide = Guide(
        id: "linkedin-ai-training",
        title: "Opt out of LinkedIn's AI training",
        version: "1.1.0",
        lastVerified: "2026-11-29",
        purpose: "Stop LinkedIn from using your data to train AI that creates content, "
            + "and object to its other machine learning. You make each change yourself; "
            + "optout shows the way and keeps a record.",
        steps: [
            GuideStep(
                id: "about",
                title: "What optout does",
                kind: .info,
                body: [
                    "optout guides you, one step at a time, through opting out of LinkedIn's AI training.",
                    "It does not log in to LinkedIn. It does not use the network. "
                        + "It never changes your account by itself.",
                    "You make every change yourself, on LinkedIn. optout tells you where to go, "
                        + "what you should see, and keeps track.",
                    "Your progress is saved in a local file on this computer after every step. "
                        + "You can stop and come back later.",
                    "It takes two separate things: the setting {genai-setting}, and the {objection-form}. "
                        + "The setting covers AI that creates content. "
                        + "The form covers LinkedIn's other machine learning.",
                    "This guide was last verified on {lastVerified}. LinkedIn's screens may have changed since. "
                        + "If your screen differs from a step, say so and carry on as best you can.",
                ],
                sourceIds: ["help-a6278444", "erpn"]
            ),
            GuideStep(
                id: "platform",
                title: "Where will you make the changes?",
                kind: .choice,
                body: [
                    "The menus differ between the website and the mobile app. "
                        + "Pick the one you will use, so the steps match your screen.",
                    "Where a step has a direct link, you can also open the link in a web browser "
                        + "where you are signed in to LinkedIn.",
                ],
                choice: StepChoice(
                    answerKey: "platform",
                    prompt: "Which will you use?",
                    options: [
                        ChoiceOption(
                            id: "web",
                            label: "Desktop web browser",
                            detail: "LinkedIn's website on a computer. The menus start at {me}, top right."
                        ),
                        ChoiceOption(
                            id: "app",
                            label: "LinkedIn mobile app",
                            detail: "The LinkedIn app on a phone or tablet. "
                                + "The menus start at your profile picture, top left."
                        ),
                    ]
                ),
                sourceIds: ["help-92055", "third-party-guides"]
            ),
            GuideStep(
                id: "linkedin-language",
                title: "Which language is your LinkedIn in?",
                kind: .choice,
                body: [
                    "LinkedIn names its menus and settings in the language you use it in. "
                        + "optout shows each of LinkedIn's labels in that language, followed by the English "
                        + "in brackets, so you can match either. For example: {data-privacy}.",
                    "optout's own words follow your computer's language setting (or --language) where "
                        + "they have been translated. No label is guessed or machine-translated: "
                        + "each comes from the published sources listed at the end of optout guide.",
                    "A wording that only one source gives, or that sources disagree on, is marked "
                        + "\"not verified\", and every wording seen is shown. Where the wording in your "
                        + "language is not known, the English label is shown with a note.",
                ],
                choice: StepChoice(
                    answerKey: LinkedInLanguage.answerKey,
                    prompt: "Which language does LinkedIn show you?",
                    options: LinkedInLanguage.allCases.map { language in
                        ChoiceOption(
                            id: language.rawValue, label: language.displayName,
                            detail: language == .pt ? "The sources show the same wording in Brazil and in Portugal." : nil)
                    }
                ),
                unverified: [
                    "The labels in languages other than English come from news sites, data protection "
                        + "authorities and consumer organisations, not from LinkedIn's own pages in those languages.",
                ],
                sourceIds: ["de-linkedin-privacy-hub", "pt-tek-sapo", "pt-canaltech"]
            ),
            GuideStep(
                id: "region",
                title: "Where do you live?",
                kind: .choice,
                body: [
                    "Your region changes the explanation, not the path. The steps are the same everywhere.",
                    "LinkedIn's rules on AI training differ by region, and they changed on 2025-11-03.",
                ],
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA],
                        text: "In 2024, LinkedIn said it did not train AI on data of members "
                            + "in the EU or EEA, and the setting was not shown there. "
                            + "Since 2025-11-03 it uses some of your data to train generative AI, "
                            + "with the same opt-out setting. LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["reports-2024-09-18", "helpnet-2025-09-18", "erpn"]
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "In 2024, LinkedIn said it did not train AI on data of members "
                            + "in Switzerland, and the setting was not shown there. "
                            + "Since 2025-11-03 it uses some of your data to train generative AI, "
                            + "with the same opt-out setting. LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["reports-2024-09-18", "helpnet-2025-09-18", "erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "On 2024-09-20 the UK Information Commissioner's Office said LinkedIn had stopped "
                            + "training AI on UK members' data, and the setting was not shown in the UK. "
                            + "Since 2025-11-03 LinkedIn uses some of your data to train generative AI, "
                            + "with the same opt-out setting. LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["ico-2024-09-20", "helpnet-2025-09-18", "erpn"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong],
                        text: "Since 2025-11-03, LinkedIn uses some data of members in Canada and Hong Kong "
                            + "to train generative AI, with the same opt-out setting. "
                            + "LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["helpnet-2025-09-18"]
                    ),
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "For training that is not about creating content (for example security, "
                            + "trust and content classification), LinkedIn names \"legitimate interests\" "
                            + "as its legal basis. It says you can object at any time.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "In the EU and EEA, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 GDPR.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 of the UK GDPR.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "That statement is in LinkedIn's European Regional Privacy Notice, "
                            + "which covers members in Switzerland as well as the EU, EEA and UK.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Italy's data protection authority (the Garante) said on 2025-10-28 that an objection "
                            + "made before 2025-11-03 kept all of a member's data out of training, and that one made "
                            + "later covers only later content. That date has passed: an objection you make now "
                            + "covers only your content from now on. People who are not members but are named in "
                            + "LinkedIn content may object too.",
                        sourceIds: ["garante-2025-10-28"]
                    ),
                    RegionNote(
                        regions: [.elsewhere],
                        text: "Outside the EU/EEA, Switzerland, the UK, Canada and Hong Kong, the setting has been "
                            + "on by default since 2024. It appeared in August and September 2024 and was "
                            + "reported on 2024-09-18.",
                        sourceIds: ["reports-2024-09-18"]
                    ),
                ],
                choice: StepChoice(
                    answerKey: "region",
                    prompt: "Which region applies to you?",
                    options: [
                        ChoiceOption(
                            id: "eu-eea",
                            label: "European Union / EEA",
                            detail: "A country of the European Union or the European Economic Area."
                        ),
                        ChoiceOption(id: "switzerland", label: "Switzerland"),
                        ChoiceOption(id: "uk", label: "United Kingdom"),
                        ChoiceOption(id: "canada", label: "Canada"),
                        ChoiceOption(id: "hong-kong", label: "Hong Kong"),
                        ChoiceOption(
                            id: "elsewhere",
                            label: "Somewhere else",
                            detail: "Any other country or territory."
                        ),
                    ]
                ),
                unverified: [
                    "The sources do not say whether LinkedIn used data of members in Canada "
                        + "or Hong Kong for generative-AI training before 2025-11-03.",
                ],
                sourceIds: [
                    "help-a6278444", "erpn", "helpnet-2025-09-18", "ico-2024-09-20",
                    "garante-2025-10-28", "reports-2024-09-18",
                ]
            ),
            GuideStep(
                id: "sign-in",
                title: "Sign in to LinkedIn",
                kind: .action,
                body: [
                    "Sign in to LinkedIn yourself, in your browser or the app.",
                    "optout never asks for your password.",
                ],
                instructions: PerPlatform(
                    web: [
                        "Open linkedin.com in your web browser.",
                        "Sign in to your own account, if you are not signed in already.",
                    ],
                    app: [
                        "Open the LinkedIn app.",
                        "Sign in to your own account, if you are not signed in already.",
                    ]
                ),
                expected: "You are signed in to LinkedIn as yourself."
            ),
            GuideStep(
                id: "open-data-privacy",
                title: "Open the data privacy settings",
                kind: .action,
                body: [
                    "The AI setting sits in the {data-privacy} part of LinkedIn's settings.",
                ],
                instructions: PerPlatform(
                    web: [
                        "Click {me}, your profile picture at the top right.",
                        "Click {settings-privacy}. In English, some screens write it \"Settings and Privacy\".",
                        "Click {data-privacy} in the left rail.",
                        "Find the section {how-linkedin-uses-your-data}.",
                    ],
                    app: [
                        "Tap your profile picture at the top left.",
                        "Tap {app-settings}.",
                        "Tap {data-privacy}.",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["{me}", "{settings-privacy}", "{data-privacy}"],
                    app: ["Profile picture", "{app-settings}", "{data-privacy}"]
                ),
                expected: "The {data-privacy} settings are open. "
                    + "On the website they include the section {how-linkedin-uses-your-data}.",
                unverified: [
                    "No source gives separate paths for the iOS and Android apps, or for LinkedIn's mobile website.",
                    "The app's labels may differ slightly from the ones shown here.",
                ],
                sourceIds: ["help-92055", "third-party-guides"]
            ),
            GuideStep(
                id: "open-genai-setting",
                title: "Open the setting for generative AI",
                kind: .action,
                body: [
                    "The setting {genai-setting} decides whether LinkedIn may use your data to train AI "
                        + "that creates content.",
                    "In English, some pages write its name \"Data for generative AI improvement\".",
                    "The direct link is a web page. If you cannot find the menu entry, open the link "
                        + "in a web browser where you are signed in to LinkedIn.",
                ],
                instructions: PerPlatform(
                    web: [
                        "Under {how-linkedin-uses-your-data}, click {genai-setting}.",
                        "If you cannot find it, open the direct link in this browser.",
                    ],
                    app: [
                        "In {data-privacy}, tap {genai-setting}.",
                        "If you cannot find it, open the direct link in a web browser where you are "
                            + "signed in to LinkedIn.",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["{me}", "{settings-privacy}", "{data-privacy}", "{genai-setting}"],
                    app: ["Profile picture", "{app-settings}", "{data-privacy}", "{genai-setting}"]
                ),
                link: GuideLink(
                    label: "{genai-setting}",
                    url: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
                    sourceIds: ["erpn"]
                ),
                expected: "The page asks: {genai-question}",
                unverified: [
                    "The app's label for this entry may differ slightly.",
                ],
                sourceIds: ["help-a6278444", "autiomaa-2025-09-18", "erpn", "third-party-guides"]
            ),
            GuideStep(
                id: "turn-off-genai",
                title: "Turn the setting off",
                kind: .action,
                body: [
                    "The setting is on by default.",
                    "Turning it off stops LinkedIn from using your data for this training from now on.",
                    "If you are under 18: LinkedIn says it does not use data of members it believes "
                        + "are under 18, even when the setting shows {on}.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Find the toggle {genai-toggle}.",
                        "Switch it to {off}.",
                        "Check that it now shows {off}.",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["{me}", "{settings-privacy}", "{data-privacy}", "{genai-setting}"],
                    app: ["Profile picture", "{app-settings}", "{data-privacy}", "{genai-setting}"]
                ),
                link: GuideLink(
                    label: "{genai-setting}",
                    url: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
                    sourceIds: ["erpn"]
                ),
                expected: "The toggle {genai-toggle} shows {off}.",
                sourceIds: ["help-a6278444", "autiomaa-2025-09-18"],
                recheck: RecheckQuestion(
                    question: "Open {genai-setting} (the link above). Does the toggle {genai-toggle} still show {off}?",
                    ifNo: "Switch it to {off} again. The walkthrough marks this step to do again; "
                        + "run optout to go through it.",
                    onNo: .reopen
                ),
                receipt: "{genai-toggle} switched to {off}"
            ),
            GuideStep(
                id: "understand-limits",
                title: "What the setting does and does not cover",
                kind: .info,
                body: [
                    "Turning the setting off does not undo training that already happened.",
                    "It covers only models that generate content, trained by LinkedIn and its affiliates.",
                    "It does not cover machine learning for personalization, security, safety, anti-abuse, "
                        + "moderation or content classification. The objection form in the next step is for those.",
                    "You can still use LinkedIn's AI features after opting out.",
                    "Data LinkedIn says it uses for this training: your profile (such as name, photo, positions, "
                        + "education, location, skills and certifications); what you type into AI features; "
                        + "answers to screening questions and saved resumes; group activity and group messages; "
                        + "posts, articles, poll responses and comments; and feedback you give on AI output.",
                    "Data LinkedIn says it does not use: private messages (InMail and your inbox), "
                        + "log-in details, payment data, and salary or job-application data tied to you.",
                    "LinkedIn also says it uses privacy enhancing technologies to redact or remove "
                        + "personal data from what it trains on.",
                ],
                unverified: [
                    "The lists of data used and not used come from LinkedIn's FAQ as quoted in September 2025. "
                        + "The current FAQ may differ.",
                ],
                sourceIds: ["help-a6278444", "linkedin-faq-2025-09"]
            ),
            GuideStep(
                id: "objection-form",
                title: "Send the objection form",
                kind: .action,
                body: [
                    "The setting does not cover LinkedIn's other machine learning: personalization, "
                        + "moderation, security, trust and content classification.",
                    "To object to that processing, or to ask LinkedIn to restrict it, use the {objection-form}.",
                    "LinkedIn's European Regional Privacy Notice links to this form as the way to object. "
                        + "Reports on LinkedIn's AI training name the form as the way to opt out of its other "
                        + "machine learning, without naming regions.",
                    "One account says you do not need to give a reason.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Open the {objection-form} with the link.",
                        "Fill in your name.",
                        "Fill in the email address of your LinkedIn account.",
                        "Choose the kind of objection that fits. If none fits, choose {other-option} "
                            + "and write what you object to.",
                        "If the form asks for a short explanation, write one or two sentences.",
                        "Submit the form.",
                        "Record in optout the day you sent it, and the confirmation email's subject or reference "
                            + "if you have it. The step then waits for the confirmation.",
                        "When the confirmation email arrives, mark it received in optout.",
                    ]
                ),
                link: GuideLink(
                    label: "{objection-form}",
                    url: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                    sourceIds: ["erpn"]
                ),
                expected: "The form shows that it was sent, and optout has the day you sent it.",
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "LinkedIn names \"legitimate interests\" as its legal basis for training "
                            + "that is not about creating content. It says you can object at any time.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Your objection uses your right under Article 21 GDPR.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "Your objection uses your right under Article 21 of the UK GDPR.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "LinkedIn's European Regional Privacy Notice, which covers Switzerland, "
                            + "gives this form as the way to object.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong, .elsewhere],
                        text: "LinkedIn's statement that members can object is in its European Regional Privacy "
                            + "Notice, which covers the EU/EEA, Switzerland and the UK. The sources do not say "
                            + "whether LinkedIn acts on objections from where you live. You can still send the form.",
                        sourceIds: ["erpn", "third-party-guides"]
                    ),
                ],
                unverified: [
                    "The fields listed here come from third-party accounts, not from the live form. "
                        + "The live form may ask for other things.",
                    "Whether a confirmation email always follows. One account says it does.",
                    "How long LinkedIn takes to respond. No source states a response time.",
                    "Whether LinkedIn acts on objections from members outside the EU/EEA, Switzerland and the UK.",
                ],
                sourceIds: ["erpn", "third-party-guides"],
                objectionDraft: true,
                confirmation: ConfirmationTracking(reference: "the confirmation email's subject or reference"),
                recheck: RecheckQuestion(
                    question: "Has LinkedIn's confirmation of your objection arrived?",
                    ifNo: "Keep waiting and look again later. No source states how long LinkedIn takes to respond.",
                    onNo: .keep,
                    onlyWhen: .waiting
                ),
                receipt: "{objection-form} sent"
            ),
            GuideStep(
                id: "related-settings",
                title: "Related settings",
                kind: .action,
                optional: true,
                body: [
                    "These settings are not part of the AI-training opt-out. A thorough member may want to check them.",
                    "You can skip this step if you do not want to.",
                    "LinkedIn says that from 2025-11-03 it shares more data with Microsoft for ads "
                        + "outside the EU, the UK and Switzerland.",
                    "Saved resumes are one of the kinds of data LinkedIn uses for AI training.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Open the Ads settings with the link.",
                        "Find {data-sharing}. You may also reach it through {ads-outside-linkedin}.",
                        "Turn data sharing with Microsoft off, if you do not want it.",
                        "In {data-privacy}, find {research}.",
                        "Turn it off, if you do not want it.",
                        "Open {job-seeking-preferences}, then {job-application-settings}.",
                        "Turn {save-resumes} off, if you do not want it.",
                    ]
                ),
                link: GuideLink(
                    label: "Ads settings",
                    url: "https://www.linkedin.com/mypreferences/d/categories/ads",
                    sourceIds: ["help-a1397243"]
                ),
                expected: "Each of these settings shows the choice you want.",
                regionNotes: [
                    RegionNote(
                        regions: [.canada, .hongKong, .elsewhere],
                        text: "The added data sharing with Microsoft for ads applies where you live.",
                        sourceIds: ["help-a1397243"]
                    ),
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "The added data sharing with Microsoft for ads is outside your region, "
                            + "so there may be nothing to change for it.",
                        sourceIds: ["help-a1397243"]
                    ),
                ],
                unverified: [
                    "The exact label of the Microsoft data-sharing toggle after 2025-11-03.",
                    "Whether the data-sharing setting is shown in the EU/EEA, the UK and Switzerland.",
                    "Where {job-seeking-preferences} sits in the menus; the sources name it but not its place.",
                ],
                sourceIds: ["help-a1397243", "linkedin-faq-2025-09", "third-party-guides"]
            ),
            GuideStep(
                id: "finish",
                title: "Done: what to keep",
                kind: .finish,
                body: [
                    "The summary shows which steps you finished, skipped, or are still waiting on.",
                    "Keep the record: optout summary --format markdown > optout-record.md saves it as a file. "
                        + "The progress file is only working state: starting over or a reset replaces it.",
                    "The day you sent the objection form and its reference are recorded when you mark "
                        + "the form sent and the confirmation received on the form step. Keep the confirmation "
                        + "email too.",
                    "When the confirmation arrives, mark it received on the form step, or answer yes in optout recheck.",
                    "LinkedIn's screens and terms may change. Check the setting again from time to time "
                        + "with optout recheck.",
                    "optout remind --ics FILE writes a calendar file for the next re-check. "
                        + "Import it into your calendar to be reminded.",
                ],
                sourceIds: ["help-a6278444", "erpn"]
            ),
        ],
        caveats: [
            "Opting out does not undo training that already happened.",
            "The setting covers only models that generate content. "
                + "The {objection-form} is the way to object to LinkedIn's other machine learning.",
            "The rules differ by region, and they have changed over time, notably on 2025-11-03.",
            "LinkedIn's screens may change. This guide was last verified on {lastVerified}.",
            "Some details are not confirmed by the sources. The steps concerned list them under \"Not verified\".",
        ],
        sources: [
        GuideSource(
            id: "help-a6278444", publisher: "LinkedIn",
            title: "LinkedIn Help, answer a6278444: the \"Data for Generative AI Improvement\" setting",
            url: "https://www.linkedin.com/help/linkedin/answer/a6278444", dateRead: "2026-11-29"),
        GuideSource(
            id: "help-92055", publisher: "LinkedIn",
            title: "LinkedIn Help, answer 92055: reaching \"Data privacy\" in Settings & Privacy",
            url: "https://www.linkedin.com/help/linkedin/answer/92055", dateRead: "2026-11-29"),
        GuideSource(
            id: "erpn", publisher: "LinkedIn",
            title: "LinkedIn European Regional Privacy Notice, effective 2025-11-03",
            url: "https://www.linkedin.com/legal/privacy/eu", dateRead: "2026-11-29"),
        GuideSource(
            id: "linkedin-faq-2025-09", publisher: "LinkedIn",
            title: "LinkedIn FAQ on data used for generative AI, as quoted in September 2025",
            url: nil, dateRead: "2026-11-29"),
        GuideSource(
            id: "help-a1397243", publisher: "LinkedIn",
            title: "LinkedIn Help, answer a1397243: data sharing with Microsoft for ads",
            url: "https://www.linkedin.com/help/linkedin/answer/a1397243", dateRead: "2026-11-29"),
        GuideSource(
            id: "reports-2024-09-18", publisher: "Press reports",
            title: "Reports that the setting had appeared, 2024-09-18",
            url: nil, dateRead: "2026-11-29"),
        GuideSource(
            id: "ico-2024-09-20", publisher: "UK Information Commissioner's Office",
            title: "Statement on changes to LinkedIn's AI data policy, 2024-09-20",
            url: "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy", dateRead: "2026-11-29"),
        GuideSource(
            id: "helpnet-2025-09-18", publisher: "Help Net Security",
            title: "LinkedIn's terms effective 2025-11-03, 2025-09-18",
            url: nil, dateRead: "2026-11-29"),
        GuideSource(
            id: "autiomaa-2025-09-18", publisher: "blog.autiomaa.org",
            title: "Opting out of LinkedIn's GenAI data mining: the setting's name, toggle and question, 2025-09-18",
            url: "https://blog.autiomaa.org/2025/09/18/outout-from-linkedins-genai-data", dateRead: "2026-11-29"),
        GuideSource(
            id: "garante-2025-10-28", publisher: "Garante per la protezione dei dati personali (Italy)",
            title: "Information sheet on objecting to LinkedIn's use of data, before and after 2025-11-03, 2025-10-28",
            url: nil, dateRead: "2026-11-29"),
        GuideSource(
            id: "third-party-guides", publisher: "Independent how-to guides",
            title: "Menu steps after \"Data privacy\", the app's path, and the objection form's fields",
            url: nil, dateRead: "2026-11-29"),
        GuideSource(
            id: "de-linkedin-privacy-hub", publisher: "LinkedIn",
            title: "LinkedIn privacy hub, German: \"Datenschutz\" as the settings area",
            url: "https://privacy.linkedin.com/de-de/settings", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-srf", publisher: "SRF (Espresso)",
            title: "LinkedIn nutzt Daten für KI-Training: so können Sie sich wehren, 2025-10-29",
            url: "https://www.srf.ch/sendungen/kassensturz-espresso/espresso/datensicherheit-linkedin-nutzt-daten-fuer-ki-training-so-koennen-sie-sich-wehren", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-basicthinking-2019", publisher: "BASIC thinking",
            title: "LinkedIn-Tracking deaktivieren, 2019-06-02",
            url: "https://basicthinking.de/blog/2019/06/02/linkedin-tracking-deaktivieren", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-basicthinking-2023", publisher: "BASIC thinking",
            title: "LinkedIn: Daten-Verwendung für Forschung verbieten, 2023-03-26",
            url: "https://basicthinking.de/blog/2023/03/26/linkedin-daten-verwendung-forschung-verbieten", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-marketing4building", publisher: "marketing4building (agency blog)",
            title: "Änderung der Nutzungsbedingungen auf LinkedIn",
            url: "https://www.marketing4building.de/aenderung-der-nutzungsbedingungen-auf-linkedin", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-weyer", publisher: "Weyer Gruppe (company blog)",
            title: "Blog post on LinkedIn's settings (headline not recorded)",
            url: "https://www.weyer-gruppe.com/?p=236661", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-netzpolitik", publisher: "netzpolitik.org",
            title: "Opt-out-Anleitung: So verhinderst du, dass LinkedIn mit deinen Daten KI trainiert, 2025-09-22",
            url: "https://netzpolitik.org/2025/opt-out-anleitung-so-verhinderst-du-dass-linkedin-mit-deinen-daten-ki-trainiert/", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-lfd-niedersachsen", publisher: "LfD Niedersachsen (data protection authority)",
            title: "LinkedIn startet KI-Training mit Nutzerdaten: Hinweise zur Widerspruchsmöglichkeit, 2025-10-23",
            url: "https://www.lfd.niedersachsen.de/startseite/infothek/linkedin-startet-ki-training-mit-nutzerdaten-wir-geben-hinweise-zur-widerspruchsmoglichkeit-245909.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-sonntagsblatt", publisher: "Sonntagsblatt",
            title: "LinkedIn nutzt eure Daten fürs KI-Training: so bleibt eure Privatsphäre geschützt, 2025-10-24",
            url: "https://www.sonntagsblatt.de/artikel/medien/linkedin-nutzt-eure-daten-fuers-ki-training-so-bleibt-eure-privatsphaere-geschuetzt", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-meinrecht", publisher: "MEINRECHT",
            title: "LinkedIn: KI-Training mit Ihren Daten deaktivieren",
            url: "https://www.meinrecht.de/magazin/linkedin-deaktivieren-ki-training-mit-ihren-daten", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-tlfdi", publisher: "Eichsfeld Nachrichten, quoting the TLfDI (Thüringen's data protection authority)",
            title: "Datennutzung widersprechen",
            url: "https://www.eichsfeldnachrichten.de/datennutzung-widersprechen", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-watson", publisher: "watson.ch",
            title: "LinkedIn will mit deinen Daten KI trainieren: so kannst du es verhindern, 2025-10-29",
            url: "https://www.watson.ch/digital/social-media/615691308-linkedin-will-mit-deinen-daten-ki-trainieren-so-kannst-du-es-verhindern", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-kommunales-sachsen-anhalt", publisher: "Kommunales Sachsen-Anhalt, citing LfD Sachsen-Anhalt (2025-10-22)",
            title: "News item: LinkedIn provides a separate form to object to data processing",
            url: "https://www.kommunales-sachsen-anhalt.de/Gemeinsame-Startseite/Aktuelle-Informationen-/index.php?La=1&NavID=39.19&object=tx%7C2348.6542.1", dateRead: "2026-12-01"),
        GuideSource(
            id: "de-mein-deal", publisher: "mein-deal.com (deal blog, citing heise)",
            title: "Blog post on LinkedIn data and AI training",
            url: "https://www.mein-deal.com/linkedin-daten-ki-training", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-blick", publisher: "Blick (romand)",
            title: "LinkedIn: l'astuce pour éviter que son IA ne pompe vos données, 2025-11-04",
            url: "https://www.blick.ch/fr/suisse/linkedin-lastuce-pour-eviter-que-son-ia-ne-pompe-vos-donnees-id21389433.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-vert", publisher: "Vert",
            title: "LinkedIn va utiliser vos données pour entraîner son IA: comment l'en empêcher",
            url: "https://vert.eco/articles/linkedin-va-utiliser-vos-donnees-pour-entrainer-son-ia-voici-comment-len-empecher-avant-le-3-novembre", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-huffpost", publisher: "europesays.com, relaying HuffPost France (Numerama's procedure)",
            title: "LinkedIn and AI training: how to refuse (HuffPost France, relayed)",
            url: "https://www.europesays.com/fr/508672", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-bfmtv", publisher: "BFMTV",
            title: "LinkedIn veut entraîner son IA avec vos données, 2025-11-02",
            url: "https://mediaplayer.bfmtv.com/tech/linked-in-veut-entrainer-son-ia-avec-vos-donnees-vous-avez-jusqu-a-ce-soir-pour-refuser_AV-202511020281.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-clubic-585727", publisher: "Clubic",
            title: "LinkedIn utilise désormais vos données pour entraîner les IA de Microsoft: comment vous y opposer",
            url: "https://www.clubic.com/actualite-585727-linkedin-utilise-desormais-vos-donnees-pour-entrainer-les-ia-de-microsoft-voici-comment-vous-y-opposer.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-clubic-580495", publisher: "Clubic",
            title: "Sur LinkedIn, vos données pour entraîner une IA, 2025-09-24",
            url: "https://www.clubic.com/actualite-580495-sur-linkedin-vos-donnees-pour-entrainer-une-ia-c-est-le-nouveau-prix-a-payer-pour-decrocher-un-job.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-kaspersky", publisher: "Kaspersky",
            title: "LinkedIn privacy settings guide in French, 2021-06-22",
            url: "https://privacy.kaspersky.com/fr/articles/linkedin-windows-relaxed", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-lebigdata", publisher: "LeBigData",
            title: "LinkedIn: nourrissez l'IA avec vos données, 2025-09-25",
            url: "https://www.lebigdata.fr/linkedin-nourrissez-lia-avec-vos-donnees-ou-restez-au-chomage", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-cookie-com", publisher: "Cookie Com (agency blog)",
            title: "Blog post on LinkedIn's generative-AI setting (headline not recorded)",
            url: "https://cookie-com.com/?p=1373", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-frc", publisher: "FRC (Fédération romande des consommateurs)",
            title: "Après Meta, c'est au tour de LinkedIn d'utiliser vos données pour l'IA, 2025-09-23",
            url: "https://www.frc.ch/apres-meta-cest-au-tour-de-linkedin-dutiliser-vos-donnees-pour-lia", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-geeko", publisher: "Geeko / Le Soir",
            title: "Comment empêcher LinkedIn d'entraîner son IA avec vos données, 2025-09-24",
            url: "https://geeko.lesoir.be/2025/09/24/comment-empecher-linkedin-dentrainer-son-ia-avec-vos-donnees", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-it-connect", publisher: "IT-Connect",
            title: "LinkedIn va utiliser vos données pour entraîner l'IA: comment refuser, 2025-09-19",
            url: "https://www.it-connect.fr/linkedin-va-utiliser-vos-donnees-pour-entrainer-ia-voici-comment-refuser/", dateRead: "2026-12-01"),
        GuideSource(
            id: "nl-security-nl", publisher: "Security.NL, relaying the Autoriteit Persoonsgegevens",
            title: "AP zeer bezorgd over AI-training LinkedIn en adviseert gebruikers op-out, 2025-09-24",
            url: "https://www.security.nl/posting/905970/AP+zeer+bezorgd+over+AI-training+LinkedIn+en+adviseert+gebruikers+op-out", dateRead: "2026-12-01"),
        GuideSource(
            id: "nl-accountancy-vanmorgen", publisher: "Accountancy Vanmorgen, relaying the Autoriteit Persoonsgegevens",
            title: "Privacywaakhond waarschuwt voor AI-plannen LinkedIn, 2025-09-25",
            url: "https://www.accountancyvanmorgen.nl/2025/09/25/privacywaakhond-waarschuwt-voor-ai-plannen-linkedin/", dateRead: "2026-12-01"),
        GuideSource(
            id: "nl-clickx", publisher: "Clickx",
            title: "Privacytips voor LinkedIn, 2021-07",
            url: "https://www.clickx.be/tips/175973/privacytips-voor-linkedin-ga-professioneel-om-met-privacy/", dateRead: "2026-12-01"),
        GuideSource(
            id: "nl-iphoned", publisher: "iPhoned",
            title: "Zet gegevens delen voor AI op LinkedIn uit, 2025-10-02",
            url: "https://www.iphoned.nl/nieuws/zet-gegevens-delen-voor-ai-op-linkedin-uit/", dateRead: "2026-12-01"),
        GuideSource(
            id: "nl-hartvannederland", publisher: "Hart van Nederland",
            title: "LinkedIn en AI-training met data van Europese gebruikers, 2025-09-19",
            url: "https://www.hartvannederland.nl/tech/ai/artikelen/tech-linkedin-ai-training-data-europese-gebruikers", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-notipress", publisher: "NotiPress (Mexico)",
            title: "Cómo evitar que LinkedIn use tus datos para entrenar IA",
            url: "https://notipress.mx/tecnologia/como-evitar-linkedin-use-datos-entrenar-ia-microsoft-openai/amp/24501", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-elartedelasredes", publisher: "El Arte de las Redes (blog)",
            title: "Que no te vean en LinkedIn: la guía para controlar tu privacidad",
            url: "https://elartedelasredes.com/redes-sociales/linkedin/que-no-te-vean-en-linkedin-la-guia-para-controlar-tu-privacidad", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-eldestape", publisher: "El Destape (Argentina)",
            title: "LinkedIn confirmó cuándo comenzará a entrenar su IA con tus publicaciones, 2025-10-06 (address not recorded in full)",
            url: "https://www.eldestapeweb.com/", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-wwwhatsnew", publisher: "wwwhatsnew.com",
            title: "Cómo visitar perfiles en LinkedIn de forma anónima, 2024-03-03",
            url: "https://wwwhatsnew.com/2024/03/03/como-visitar-perfiles-en-linkedin-de-forma-anonima/", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-enter", publisher: "ENTER.CO (Colombia)",
            title: "Cómo configurar LinkedIn para que no utilice tus datos (address not recorded in full)",
            url: "https://www.enter.co/", dateRead: "2026-12-01"),
        GuideSource(
            id: "es-larazon", publisher: "La Razón",
            title: "El nuevo plan de LinkedIn con tu perfil, currículum y actividad, 2025-09-23 (address not recorded in full)",
            url: "https://www.larazon.es/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-rsi", publisher: "RSI (Radiotelevisione svizzera)",
            title: "LinkedIn userà i dati degli utenti per addestrare l'IA, October 2025",
            url: "https://www.rsi.ch/info/dialogo/LinkedIn-user%C3%A0-i-dati-degli-utenti-per-addestrare-l%E2%80%99IA--3237912.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-ebas", publisher: "eBanking – aber sicher! (ebas.ch)",
            title: "Impostazioni di LinkedIn, as of 2022-08-10",
            url: "https://www.ebas.ch/it/impostazioni-di-linkedin/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-up4business", publisher: "up4business.it",
            title: "Impostazioni privacy LinkedIn (blog)",
            url: "https://up4business.it/blog/impostazioni-privacy-linkedin/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-tecnoandroid", publisher: "tecnoandroid.it",
            title: "Article on LinkedIn's privacy settings, 2024-04-05 (address not recorded in full)",
            url: "https://www.tecnoandroid.it/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-skytg24", publisher: "Sky TG24",
            title: "LinkedIn e i dati per l'IA, 2025-10-30",
            url: "https://tg24.sky.it/tecnologia/2025/10/30/linkedin-dati-ai", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-unionesarda", publisher: "L'Unione Sarda",
            title: "LinkedIn userà i dati per addestrare l'IA, 2025-09-29",
            url: "https://www.unionesarda.it/news/mondo/linkedin-usera-i-dati-per-addestrare-lia-iap7lauw", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-libero", publisher: "Libero Tecnologia",
            title: "Il 3 novembre LinkedIn userà i dati degli utenti (address not recorded in full)",
            url: "https://www.libero.it/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-fastweb", publisher: "Fastweb",
            title: "Come evitare che LinkedIn usi i tuoi dati per addestrare l'IA (address not recorded in full)",
            url: "https://www.fastweb.it/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-edotto", publisher: "edotto.com",
            title: "Garante privacy: istruzioni per opporsi all'uso dei dati su LinkedIn, 2025-10-29",
            url: "https://www.edotto.com/articolo/garante-privacy-istruzioni-per-opporsi-alluso-dei-dati-su-linkedin", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-vociamo", publisher: "vociamo.com (forum post relaying the Garante's steps)",
            title: "Forum thread: LinkedIn da lunedì 3 novembre (address not recorded in full)",
            url: "https://vociamo.com/", dateRead: "2026-12-01"),
        GuideSource(
            id: "it-lacapitalenews", publisher: "La Capitale News",
            title: "Article on LinkedIn using personal data for AI (address not recorded in full)",
            url: "https://www.lacapitalenews.it/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-bukib", publisher: "bukib.com (blog)",
            title: "Não quer que o LinkedIn use seus dados para treinar IA? Veja como desativar",
            url: "https://bukib.com/nao-quer-que-o-linkedin-use-seus-dados-para-treinar-ia-veja-como-desativar", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-canaltech", publisher: "Canaltech (Brazil)",
            title: "LinkedIn usa dados de usuários para treinar IA: veja como desativar",
            url: "https://canaltech.com.br/redes-sociais/linkedin-usa-dados-de-usuarios-para-treinar-ia-veja-como-desativar", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-tek-sapo", publisher: "TEK / SAPO (Portugal)",
            title: "LinkedIn já começou a usar dados dos utilizadores para treinar IA: veja como desativar",
            url: "https://tek.web.sapo.io/how-to/artigos/linkedin-ja-comecou-a-usar-dados-dos-utilizadores-para-treinar-ia-veja-como-desativar", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-exame", publisher: "Exame (Brazil)",
            title: "Article on LinkedIn's settings, 2024-03-04 (address not recorded in full)",
            url: "https://exame.com/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-rr", publisher: "Rádio Renascença / Lusa (Portugal)",
            title: "Tem LinkedIn? IA começou a usar dados de utilizadores, mas há formas de impedir, 2025-11-03",
            url: "https://rr.pt/noticia/vida/2025/11/03/tem-linkedin-ia-comecou-a-usar-dados-de-utilizadores-mas-ha-formas-de-impedir/446291/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-protegermeusdados", publisher: "protegermeusdados.com (blog)",
            title: "Blog post on LinkedIn using members' data, September 2024 (address not recorded in full)",
            url: "https://protegermeusdados.com/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-poupancasimples", publisher: "Poupança Simples (Portugal)",
            title: "Article on LinkedIn and AI training, 2025-11-03 (address not recorded in full)",
            url: "https://poupancasimples.pt/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-idec", publisher: "Idec (Brazilian consumer protection institute)",
            title: "LinkedIn está usando os seus dados para treinar IA: saiba como desativar essa opção, updated 2024-09-19",
            url: "https://idec.org.br/dicas-e-direitos/linkedin-esta-usando-os-seus-dados-para-treinar-ia-saiba-como-desativar-essa-opcao", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-teoriacultural", publisher: "teoriacultural.com.br",
            title: "Article on LinkedIn and AI training (address not recorded)",
            url: "https://teoriacultural.com.br/", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-noticiasaominuto", publisher: "Notícias ao Minuto (Portugal), quoting LinkedIn's Portuguese help page",
            title: "LinkedIn vai treinar IA com perfis, currículos e posts dos utilizadores",
            url: "https://noticiasaominuto.com/tech/2857596/linkedin-vai-treinar-ia-com-perfis-curriculos-e-posts-dos-utilizadores", dateRead: "2026-12-01"),
        ],
        labels: linkedInLabels,
        reportTo: "the people who keep this guide: the optout project, where you got optout "
            + "(for example its issue tracker)"
    )
}
