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
    /// `lastVerified` is the day the oldest part was checked against its sources: the facts and the
    /// labels were read again on 2026-12-07 (the labels in other languages were first read on 2026-12-01).
    /// `changelog` says what each version changed; docs/guide-changes.md gives the sources.
    public static let linkedInAITraining: Guide = Guide(
        id: "linkedin-ai-training",
        title: "Opt out of LinkedIn's AI training",
        version: "1.2.0",
        lastVerified: "2026-12-07",
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
                        + "The form covers LinkedIn's other machine learning, and has a choice for AI that creates content too.",
                    "This guide was last verified on {lastVerified}. LinkedIn's screens may have changed since. "
                        + "If your screen differs from a step, say so and carry on as best you can.",
                ],
                sourceIds: ["help-a6278444", "erpn", "legalclarity-2026", "dutchcowboys-2025-09-19"]
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
                sourceIds: ["help-92055", "eyerys-2024-09", "nl-iphoned"]
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
                        text: "In 2024, LinkedIn said it did not train generative AI on data of members "
                            + "in the EU or EEA and would not show the setting there. "
                            + "Since 2025-11-03 it uses some of your data to train AI that creates content, "
                            + "with the same opt-out setting. LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["staffingindustry-2024-09", "helpnet-2025-09-18", "nextink-2025-09-18", "erpn"]
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "In 2024, LinkedIn said it did not train generative AI on data of members "
                            + "in Switzerland and would not show the setting there. "
                            + "Since 2025-11-03 it uses some of your data to train AI that creates content, "
                            + "with the same opt-out setting. LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["staffingindustry-2024-09", "helpnet-2025-09-18", "nextink-2025-09-18", "erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "On 2024-09-18 LinkedIn said it would not train generative AI on UK members' data, "
                            + "nor show the setting in the UK, until further notice. On 2024-09-20 the UK Information "
                            + "Commissioner's Office (ICO) said LinkedIn had suspended that training pending further "
                            + "engagement with it. The ICO updated its statement on 2025-09-23: LinkedIn had decided to "
                            + "resume its plans, and the ICO would keep monitoring. Since 2025-11-03 LinkedIn uses some "
                            + "of your data to train AI that creates content, with the same opt-out setting.",
                        sourceIds: ["staffingindustry-2024-09", "ico-2024-09-20", "register-2025-10-27", "erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, LinkedIn also shares data with its parent company, Microsoft, for Microsoft's "
                            + "own AI training: your posts, comments, articles, collaborative articles and LinkedIn video, "
                            + "LinkedIn Learning videos and transcripts, company page data and job postings. "
                            + "The same setting turns this off.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong],
                        text: "Since 2025-11-03, LinkedIn uses some data of members in Canada and Hong Kong "
                            + "to train AI that creates content, with the same opt-out setting. "
                            + "LinkedIn announced this on 2025-09-18.",
                        sourceIds: ["register-2025-10-27", "helpnet-2025-09-18"]
                    ),
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "LinkedIn names \"legitimate interests\" as its legal basis both for training AI that "
                            + "creates content and for its other machine learning (for example security, trust and "
                            + "content classification). It says you can object at any time.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "In the EU and EEA, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 GDPR.",
                        sourceIds: ["cnpd-2025-10"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 of the UK GDPR.",
                        sourceIds: ["ico-right-to-object"]
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
                            + "later covers only content published afterwards. That date has passed: an objection you "
                            + "make now covers only your content from now on. People who are not members but are named "
                            + "in LinkedIn content may object too. The Garante is working with other European "
                            + "authorities to check whether the ways to object work, which data are used, and whether "
                            + "legitimate interests can be the legal basis.",
                        sourceIds: ["garante-2025-10-28"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Ireland's Data Protection Commission (DPC), LinkedIn's lead authority in the EU, said in "
                            + "November 2025 that after it raised concerns LinkedIn agreed to use less personal data, "
                            + "drawn from a shorter period, to filter sensitive pages and groups (including trade "
                            + "union content), to do more to keep out data of members under 18, and to report to the "
                            + "DPC within five months of starting. The Dutch data protection authority had warned that "
                            + "LinkedIn planned to use data going back to 2003.",
                        sourceIds: ["irishlegal-2025-11", "pinsentmasons-2025-11", "nl-security-nl"]
                    ),
                    RegionNote(
                        regions: [.elsewhere],
                        text: "Outside the EU/EEA, Switzerland, the UK, Canada and Hong Kong, the setting has been "
                            + "on by default since 2024. It was reported on 2024-09-18.",
                        sourceIds: ["inquirer-2024-09", "eyerys-2024-09"]
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
                    "help-a6278444", "erpn", "helpnet-2025-09-18", "register-2025-10-27", "ico-2024-09-20",
                    "staffingindustry-2024-09", "garante-2025-10-28", "inquirer-2024-09",
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
                    "The direct link is a web page. If you cannot find the menu entry, open the link "
                        + "in a web browser where you are signed in to LinkedIn.",
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
                link: GuideLink(
                    label: "{data-privacy}",
                    url: "https://www.linkedin.com/mypreferences/d/categories/privacy",
                    sourceIds: ["erpn"]
                ),
                expected: "The {data-privacy} settings are open. "
                    + "On the website they include the section {how-linkedin-uses-your-data}.",
                unverified: [
                    "No source gives separate paths for the iOS and Android apps, or for LinkedIn's mobile website.",
                    "The app's labels may differ slightly from the ones shown here.",
                ],
                sourceIds: ["help-92055", "jarovsky-2025-09", "eyerys-2024-09", "nl-iphoned"]
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
                sourceIds: [
                    "help-a6278444", "autiomaa-2025-09-18", "erpn", "b2bgrowthco", "inquirer-2024-09", "eyerys-2024-09",
                ]
            ),
            GuideStep(
                id: "turn-off-genai",
                title: "Turn the setting off",
                kind: .action,
                body: [
                    "The setting is on by default.",
                    "Turning it off does not undo training that already happened. What it covers from then on "
                        + "depends on where you live and when you turn it off: the note for your region says what "
                        + "LinkedIn has said.",
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
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "LinkedIn began this training for members where you live on 2025-11-03. It said that day "
                            + "that an opt-out set from then on does not cover information and content given to it "
                            + "before: turning the setting off now keeps out what you add afterwards, not what you "
                            + "gave before 2025-11-03.",
                        sourceIds: ["security-nl-2025-11-03"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Italy's Garante said the same: an objection made after 2025-11-03 covers only content "
                            + "published afterwards.",
                        sourceIds: ["garante-2025-10-28"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, the same setting also stops LinkedIn sharing your data with Microsoft "
                            + "for Microsoft's own AI training.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong],
                        text: "LinkedIn began this training for members where you live on 2025-11-03. It said of its "
                            + "European members that an opt-out set from then on does not cover information and "
                            + "content given before; whether that holds where you live is not verified, so do not "
                            + "count on the setting covering what you gave before you turn it off.",
                        sourceIds: ["register-2025-10-27", "security-nl-2025-11-03"]
                    ),
                    RegionNote(
                        regions: [.elsewhere],
                        text: "LinkedIn's help page says that once the setting is off, it will not use your data and "
                            + "content to train these models going forward.",
                        sourceIds: ["help-a6278444"]
                    ),
                ],
                unverified: [
                    "Whether an opt-out set after 2025-11-03 leaves out earlier content in Canada and Hong Kong, "
                        + "as LinkedIn said it does for its European members.",
                ],
                sourceIds: ["help-a6278444", "autiomaa-2025-09-18", "security-nl-2025-11-03"],
                recheck: RecheckQuestion(
                    question: "Open {genai-setting} (the link above). Does the toggle {genai-toggle} still show {off}?",
                    ifNo: "Switch it to {off} again. The walkthrough marks this step to do again; "
                        + "run optout to go through it.",
                    onNo: .reopen
                ),
                receipt: "{genai-toggle} switched to {off} in the setting {genai-setting}"
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
                    "Data LinkedIn says it does not use: private messages (InMail and your inbox), "
                        + "log-in details, payment data, and salary or job-application data tied to you.",
                    "LinkedIn also says it uses privacy enhancing technologies to redact or remove "
                        + "personal data from what it trains on.",
                ],
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "Data LinkedIn's European Regional Privacy Notice lists for training AI that creates "
                            + "content: your profile, what it calls conversation data, group activity and group "
                            + "messages, the content you post, and answers to screening questions and resumes you add "
                            + "to your account. Feedback you give on AI output is listed under improving LinkedIn's "
                            + "services generally, which the objection form covers, not the setting.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK the setting also covers LinkedIn's sharing of your data with Microsoft for "
                            + "Microsoft's own AI training.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "After the Irish DPC raised concerns, LinkedIn agreed to use less personal data for this "
                            + "training, from a shorter period, and to filter sensitive pages and groups.",
                        sourceIds: ["irishlegal-2025-11"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong, .elsewhere],
                        text: "Data LinkedIn's FAQ listed in September 2025 for this training: your profile (such as "
                            + "name, photo, positions, education, location, skills and certifications); what you type "
                            + "into AI features; answers to screening questions and saved resumes; group activity and "
                            + "group messages; posts, articles, poll responses and comments; and feedback you give on "
                            + "AI output.",
                        sourceIds: ["linkedin-faq-2025-09", "jarovsky-2025-09"]
                    ),
                ],
                unverified: [
                    "The lists for members outside the EU/EEA, Switzerland and the UK come from LinkedIn's FAQ "
                        + "as quoted in September 2025. The current FAQ may differ.",
                ],
                sourceIds: ["help-a6278444", "erpn", "linkedin-faq-2025-09", "jarovsky-2025-09"]
            ),
            GuideStep(
                id: "objection-form",
                title: "Send the objection form",
                kind: .action,
                body: [
                    "The {objection-form} is LinkedIn's form for objecting to a use of your data, or asking "
                        + "LinkedIn to restrict it. LinkedIn's European Regional Privacy Notice links to it as the "
                        + "way to object.",
                    "It covers what the setting does not: LinkedIn's other machine learning, such as "
                        + "personalization, moderation, security, trust and content classification.",
                    "It also has a choice for objecting to the training of AI that creates content. For members "
                        + "the setting does that too; people who are not members but are named in LinkedIn content "
                        + "can object only through the form.",
                    "The objection text optout drafts lists the uses you tick. Training AI that creates content "
                        + "is ticked at first unless you recorded turning the setting off.",
                    "A consumer organisation, Test-Achats in Belgium, reports that LinkedIn does not answer the "
                        + "form. Keep the day you sent it and a screenshot of the page confirming it was sent.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Open the {objection-form} with the link.",
                        "Fill in your name.",
                        "Fill in the email address of your LinkedIn account.",
                        "Choose the kind of objection that fits; one is for the training of AI that creates content. "
                            + "If none fits, choose {other-option} and write what you object to.",
                        "If the form asks for an explanation, use your objection text, or write one or two sentences.",
                        "Submit the form, and take a screenshot of the page that confirms it was sent.",
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
                        text: "LinkedIn names \"legitimate interests\" as its legal basis for training AI that creates "
                            + "content and for its other machine learning. It says you can object at any time.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Your objection uses your right under Article 21 GDPR. An objection under Article 21(1) "
                            + "needs grounds relating to your particular situation: the draft asks for them, in "
                            + "brackets, for you to write in your own words.",
                        sourceIds: ["cnpd-2025-10", "cnpd-droit-opposition"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "Your objection uses your right under Article 21 of the UK GDPR. The draft asks for your "
                            + "particular situation, in brackets, as it does for the EU.",
                        sourceIds: ["ico-right-to-object"]
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "LinkedIn's European Regional Privacy Notice, which covers Switzerland, "
                            + "gives this form as the way to object.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Italy's Garante said that people who are not members but are named in LinkedIn content "
                            + "have the right to object too.",
                        sourceIds: ["garante-2025-10-28"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong, .elsewhere],
                        text: "LinkedIn's statement that members can object is in its European Regional Privacy "
                            + "Notice, which covers the EU/EEA, Switzerland and the UK. The sources do not say "
                            + "whether LinkedIn acts on objections from where you live. You can still send the form.",
                        sourceIds: ["erpn"]
                    ),
                ],
                unverified: [
                    "The fields listed here come from one account of the form, not from the live form. "
                        + "The live form may ask for other things.",
                    "The English words of the form's choice for AI that creates content: the sources quote it "
                        + "in Dutch and Italian, or describe it.",
                    "Whether a confirmation email always follows. One account says it does; a consumer "
                        + "organisation reports that LinkedIn does not answer.",
                    "How long LinkedIn takes to respond. No source states a response time.",
                    "Whether LinkedIn acts on objections from members outside the EU/EEA, Switzerland and the UK.",
                ],
                sourceIds: [
                    "erpn", "legalclarity-2026", "dutchcowboys-2025-09-19", "it-edotto", "garante-2025-10-28",
                    "particle-2025-10", "testachats-2025",
                ],
                objectionDraft: true,
                confirmation: ConfirmationTracking(reference: "the confirmation email's subject or reference"),
                recheck: RecheckQuestion(
                    question: "Has LinkedIn's confirmation of your objection arrived?",
                    ifNo: "Keep waiting and look again later. No source states how long LinkedIn takes to respond, and "
                        + "a consumer organisation reports that it does not answer. Keep the day you sent the form and "
                        + "your screenshot of its confirmation page.",
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
                    "LinkedIn says that from 2025-11-03 it shares more data with Microsoft for ads, "
                        + "outside the EU/EEA and Switzerland.",
                    "{data-sharing} and {ads-outside-linkedin} are two settings. LinkedIn says that turning "
                        + "{ads-outside-linkedin} off also turns {data-sharing} off.",
                    "Saved resumes are one of the kinds of data LinkedIn uses for AI training.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Open the Ads settings with the link.",
                        "Find {data-sharing} and {ads-outside-linkedin}: they are two settings.",
                        "Turn off the ones you do not want.",
                        "In {data-privacy}, look for the setting on research with your data, and turn it off "
                            + "if you do not want it.",
                        "In {data-privacy}, under {job-seeking-preferences}, open {job-application-settings}.",
                        "Turn {save-resumes} off, if you do not want LinkedIn to keep your resumes and answers.",
                    ]
                ),
                link: GuideLink(
                    label: "Ads settings",
                    url: "https://www.linkedin.com/mypreferences/d/categories/ads",
                    sourceIds: ["erpn"]
                ),
                expected: "Each of these settings shows the choice you want.",
                regionNotes: [
                    RegionNote(
                        regions: [.canada, .hongKong, .elsewhere],
                        text: "The added data sharing with Microsoft for ads applies where you live.",
                        sourceIds: ["help-a1397243"]
                    ),
                    RegionNote(
                        regions: [.euEEA, .switzerland],
                        text: "The added data sharing with Microsoft for ads is outside your region, "
                            + "so there may be nothing to change for it.",
                        sourceIds: ["help-a1397243"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "LinkedIn's help page names the EU/EEA and Switzerland as outside the added data sharing "
                            + "with Microsoft for ads, not the UK. Whether it applies in the UK is not verified: "
                            + "look at the setting.",
                        sourceIds: ["help-a1397243"]
                    ),
                ],
                unverified: [
                    "The exact label of the Microsoft data-sharing toggle after 2025-11-03.",
                    "Whether the data-sharing setting is shown in the EU/EEA, the UK and Switzerland.",
                    "Whether the added data sharing with Microsoft for ads applies in the UK.",
                    "The label {save-resumes} comes from a LinkedIn help page that describes an older layout "
                        + "of the settings.",
                    "The research setting's name in English. A German data protection authority names it, beside "
                        + "the AI setting, \"Sozial-, Wirtschafts- und Arbeitsplatzforschung\".",
                ],
                sourceIds: ["help-a1397243", "erpn", "help-92055", "help-102697", "linkedin-faq-2025-09", "de-tlfdi"]
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
                        + "the form sent and the confirmation received on the form step.",
                    "Keep the confirmation email too, or your screenshot of the page that confirmed the form was sent.",
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
                + "The {objection-form} is the way to object to LinkedIn's other machine learning; it also has a "
                + "choice for AI that creates content, and people who are not members can object only through it.",
            "Where LinkedIn began this training on 2025-11-03, an opt-out set after that day may not cover "
                + "what you gave LinkedIn before it.",
            "The rules differ by region, and they have changed over time, notably on 2025-11-03.",
            "LinkedIn's screens may change. This guide was last verified on {lastVerified}.",
            "Some details are not confirmed by the sources. The steps concerned list them under \"Not verified\".",
        ],
        sources: [
        GuideSource(
            id: "help-a6278444", publisher: "LinkedIn",
            title: "LinkedIn Help, answer a6278444: the \"Data for Generative AI Improvement\" setting",
            url: "https://www.linkedin.com/help/linkedin/answer/a6278444", dateRead: "2026-12-07"),
        GuideSource(
            id: "help-92055", publisher: "LinkedIn",
            title: "LinkedIn Help, answer 92055: reaching \"Data privacy\" in Settings & Privacy, and its sections",
            url: "https://www.linkedin.com/help/linkedin/answer/92055", dateRead: "2026-12-07"),
        GuideSource(
            id: "erpn", publisher: "LinkedIn",
            title: "LinkedIn European Regional Privacy Notice, effective 2026-08-21 (its AI sections as in the version effective 2025-11-03)",
            url: "https://www.linkedin.com/legal/privacy/eu", dateRead: "2026-12-07"),
        GuideSource(
            id: "linkedin-faq-2025-09", publisher: "LinkedIn",
            title: "LinkedIn Help, answer a5538339: FAQ on the data used to train generative AI, as quoted in September 2025",
            url: "https://www.linkedin.com/help/linkedin/answer/a5538339", dateRead: "2026-12-07"),
        GuideSource(
            id: "jarovsky-2025-09", publisher: "Luiza Jarovsky (LinkedIn post)",
            title: "How to opt out of LinkedIn's generative-AI training, quoting LinkedIn's FAQ, 2025-09-19",
            url: "https://www.linkedin.com/posts/luizajarovsky_important-if-you-dont-want-linkedin-activity-7374703497134620673-HqLY",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "help-a1397243", publisher: "LinkedIn",
            title: "LinkedIn Help, answer a1397243: data sharing with Microsoft for ads",
            url: "https://www.linkedin.com/help/linkedin/answer/a1397243", dateRead: "2026-12-07"),
        GuideSource(
            id: "help-102697", publisher: "LinkedIn",
            title: "LinkedIn Help, answer 102697: saving your job application information (Job application settings)",
            url: "https://www.linkedin.com/help/linkedin/answer/102697", dateRead: "2026-12-07"),
        GuideSource(
            id: "staffingindustry-2024-09", publisher: "Staffing Industry Analysts",
            title: "LinkedIn no longer training AI on UK users' data: LinkedIn's post of 2024-09-18 and the ICO's statement of 2024-09-20",
            url: "https://www.staffingindustry.com/news/global-daily-news/linkedin-no-longer-training-ai-on-uk-users-data",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "inquirer-2024-09", publisher: "Inquirer Technology",
            title: "How to stop LinkedIn AI learning from your account (the setting noticed on 2024-09-18)",
            url: "https://technology.inquirer.net/137250/how-to-stop-linkedin-ai-learning-from-your-account",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "eyerys-2024-09", publisher: "Eyerys",
            title: "LinkedIn has been harvesting users' posts to train AI: the setting on desktop and in the app, September 2024",
            url: "https://www.eyerys.com/articles/news/linkedin-have-been-harvesting-users-posts-train-ai-long-before-asking-permission",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "b2bgrowthco", publisher: "B2B Growth Co",
            title: "LinkedIn's generative AI privacy setting: how to turn it off",
            url: "https://b2bgrowthco.com/linkedin-generative-ai-privacy-settings/", dateRead: "2026-12-07"),
        GuideSource(
            id: "ico-2024-09-20", publisher: "UK Information Commissioner's Office",
            title: "Our statement on changes to LinkedIn AI data policy, 2024-09-20, with its updated statement of 2025-09-23",
            url: "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy", dateRead: "2026-12-07"),
        GuideSource(
            id: "ico-right-to-object", publisher: "UK Information Commissioner's Office",
            title: "Right to object (guidance on the UK GDPR)",
            url: "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/individual-rights/right-to-object/",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "helpnet-2025-09-18", publisher: "Help Net Security",
            title: "LinkedIn's User Agreement and Privacy Policy changes effective 2025-11-03, 2025-09-18",
            url: "https://www.helpnetsecurity.com/2025/09/18/linkedin-ai-data-privacy-policy/", dateRead: "2026-12-07"),
        GuideSource(
            id: "nextink-2025-09-18", publisher: "Next",
            title: "LinkedIn s'autorise à utiliser vos données pour l'IA générative: comment refuser, 2025-09-18",
            url: "https://next.ink/200635/linkedin-sautorise-a-utiliser-vos-donnees-pour-lia-generative-comment-refuser/",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "register-2025-10-27", publisher: "The Register (read in a copy at vuink.com)",
            title: "LinkedIn's AI training from 2025-11-03: members in the EU, EEA, Switzerland, Canada and Hong Kong, and the UK, 2025-10-27",
            url: "https://vuink.com/post/gurertvfgre-d-dpbz/2025/10/27/linkedin_ai_profile_scraping", dateRead: "2026-12-07"),
        GuideSource(
            id: "security-nl-2025-11-03", publisher: "Security.NL",
            title: "LinkedIn gebruikt nu data van Europese gebruikers voor training AI-modellen, 2025-11-03",
            url: "https://www.security.nl/posting/911530/LinkedIn+gebruikt+nu+data+van+Europese+gebruikers+voor+training+AI-modellen",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "autiomaa-2025-09-18", publisher: "blog.autiomaa.org",
            title: "Opting out of LinkedIn's GenAI data mining: the setting's name, toggle and question, 2025-09-18",
            url: "https://blog.autiomaa.org/2025/09/18/outout-from-linkedins-genai-data", dateRead: "2026-12-07"),
        GuideSource(
            id: "garante-2025-10-28", publisher: "BitCity, reporting the Garante per la protezione dei dati personali (Italy)",
            title: "The Garante on objecting to LinkedIn's AI training before and after 2025-11-03 (its statement of 2025-10-28), 2025-10-30",
            url: "https://www.bitcity.it/news/47814/dal-3-novembre-linkedin-addestrera-i-suoi-sistemi-utilizzando-i-dati-personali-degli-utenti-che-non-si-saranno-opposti.html",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "cnpd-2025-10", publisher: "CNPD (Luxembourg's data protection authority)",
            title: "LinkedIn and AI: the right to object under Article 21 GDPR, October 2025",
            url: "https://cnpd.public.lu/fr/actualites/international/2025/10/linkedin-ia.html", dateRead: "2026-12-07"),
        GuideSource(
            id: "cnpd-droit-opposition", publisher: "CNPD (Luxembourg's data protection authority)",
            title: "Le droit d'opposition: the right to object and the grounds it needs",
            url: "https://cnpd.public.lu/fr/particuliers/vos-droits/droit-opposition.html", dateRead: "2026-12-07"),
        GuideSource(
            id: "irishlegal-2025-11", publisher: "Irish Legal News",
            title: "LinkedIn changes AI plan after DPC intervention, November 2025",
            url: "https://www.irishlegal.com/articles/linkedin-changes-ai-plan-after-dpc-internvetion", dateRead: "2026-12-07"),
        GuideSource(
            id: "pinsentmasons-2025-11", publisher: "Pinsent Masons (Out-Law News)",
            title: "LinkedIn changes gen-AI training plans after data watchdog intervenes, November 2025",
            url: "https://www.pinsentmasons.com/en-gb/out-law/news/linkedin-gen-ai-training-plans-data-watchdog-intervenes",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "legalclarity-2026", publisher: "LegalClarity",
            title: "How to fill out and submit the LinkedIn Data Processing Objection Form, 2026",
            url: "https://legalclarity.org/how-to-fill-out-and-submit-the-linkedin-data-processing-objection-form/",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "dutchcowboys-2025-09-19", publisher: "Dutch Cowboys",
            title: "LinkedIn gaat je data gewoon gebruiken om AI te trainen: the form's choice for AI that creates content, 2025-09-19",
            url: "https://www.dutchcowboys.nl/socialmedia/linkedin-gaat-je-data-gewoon-gebruiken-om-ai-te-trainen",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "particle-2025-10", publisher: "Particle",
            title: "LinkedIn to use user-posted content to train generative AI starting Nov 3: objecting, and the confirmation email",
            url: "https://particle.news/story/linkedin-to-use-user-posted-content-to-train-generative-ai-starting-nov-3",
            dateRead: "2026-12-07"),
        GuideSource(
            id: "testachats-2025", publisher: "Media7, reporting Test-Achats (Belgian consumer organisation)",
            title: "Belgique: plainte contre LinkedIn pour sa nouvelle politique de confidentialité: the objection form goes unanswered",
            url: "https://fr.media7.ma/belgique-plainte-contre-linkedin-pour-sa-nouvelle-politique-de-confidentialite/",
            dateRead: "2026-12-07"),
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
            id: "de-hbdi", publisher: "HBDI (Hessen's data protection authority)",
            title: "LinkedIn trainiert seine KI künftig mit Daten von Nutzerinnen und Nutzern: Widerspruch ist möglich",
            url: "https://datenschutz.hessen.de/presse/linkedin-trainiert-seine-ki-kuenftig-mit-daten-von-nutzerinnen-und-nutzern-widerspruch-ist-moeglich", dateRead: "2026-12-07"),
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
            id: "de-mein-deal", publisher: "mein-deal.com (deal blog, citing heise)",
            title: "Blog post on LinkedIn data and AI training",
            url: "https://www.mein-deal.com/linkedin-daten-ki-training", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-blick", publisher: "Blick (romand)",
            title: "LinkedIn: l'astuce pour éviter que son IA ne pompe vos données, 2025-11-04",
            url: "https://www.blick.ch/fr/suisse/linkedin-lastuce-pour-eviter-que-son-ia-ne-pompe-vos-donnees-id21389433.html", dateRead: "2026-12-01"),
        GuideSource(
            id: "fr-apd-be", publisher: "APD (Belgium's data protection authority)",
            title: "Entraînement de l'IA de LinkedIn sur vos données: comment faire si vous voulez vous y opposer, 2025-09-29",
            url: "https://www.autoriteprotectiondonnees.be/citoyen/actualites/2025/09/29/entrainement-de-l-ia-de-linkedin-sur-vos-donnees-comment-faire-si-vous-voulez-vous-y-opposer", dateRead: "2026-12-07"),
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
            title: "LinkedIn confirmó cuándo comenzará a entrenar su IA con tus publicaciones, 2025-10-06",
            url: "https://www.eldestapeweb.com/tecnologia/inteligencia-artificial/linkedin-confirmo-cuando-comenzara-a-entrenar-su-ia-con-tus-publicaciones-2025106192427", dateRead: "2026-12-01"),
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
            title: "LinkedIn está usando seus dados para treinar IA: veja como negar essa permissão, September 2024",
            url: "https://protegermeusdados.com/linkedin-esta-usando-seus-dados-para-treinar-ia-veja-como-negar-essa-permissao", dateRead: "2026-12-01"),
        GuideSource(
            id: "pt-poupancasimples", publisher: "Poupança Simples (Portugal)",
            title: "LinkedIn inicia uso de dados de utilizadores para IA, 2025-11-03",
            url: "https://poupancasimples.pt/2025/11/03/linkedin-inicia-uso-de-dados-de-utilizadores-para-ia-2", dateRead: "2026-12-01"),
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
            + "(for example its issue tracker)",
        changelog: [
            GuideRevision(
                version: "1.0.0", date: "2026-11-29",
                summary: "The first version: the setting, the objection form and the related settings, with notes by region.",
                sourceIds: ["help-a6278444", "help-92055", "erpn"]
            ),
            GuideRevision(
                version: "1.1.0", date: "2026-12-01",
                summary: "LinkedIn's labels in your LinkedIn language, a question on that language, "
                    + "and each source with its publisher, address and the day it was read.",
                sourceIds: ["de-linkedin-privacy-hub", "pt-tek-sapo", "pt-canaltech"]
            ),
            GuideRevision(
                version: "1.2.0", date: "2026-12-07",
                summary: "Checked again against LinkedIn's privacy notice and regulators: the form also has a choice "
                    + "for AI that creates content, which the draft can now tick, and the sources are corrected.",
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "Where you live, LinkedIn says an opt-out set after 2025-11-03 does not cover what you "
                            + "gave it before that day.",
                        sourceIds: ["security-nl-2025-11-03"]
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, the setting also stops LinkedIn sharing your data with Microsoft for "
                            + "Microsoft's own AI training.",
                        sourceIds: ["erpn"]
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong],
                        text: "Where you live, whether an opt-out set after 2025-11-03 covers what you gave LinkedIn "
                            + "before that day is not verified.",
                        sourceIds: ["register-2025-10-27", "security-nl-2025-11-03"]
                    ),
                ],
                sourceIds: [
                    "erpn", "security-nl-2025-11-03", "legalclarity-2026", "dutchcowboys-2025-09-19", "ico-2024-09-20",
                    "irishlegal-2025-11", "cnpd-2025-10", "testachats-2025",
                ]
            ),
        ]
    )
}
