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
    /// settings follow. The content is plain data: every fact carries the ids of
    /// its sources, and what the sources do not confirm is listed in each step's
    /// `unverified`. Checked against its sources on `lastVerified`.
    public static let linkedInAITraining: Guide = Guide(
        id: "linkedin-ai-training",
        title: "Opt out of LinkedIn's AI training",
        version: "1.0.0",
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
                    "It takes two separate things: the \"Data for Generative AI Improvement\" setting, "
                        + "and the Data Processing Objection Form. The setting covers AI that creates content. "
                        + "The form covers LinkedIn's other machine learning.",
                    "This guide was last verified on 2026-11-29. LinkedIn's screens may have changed since. "
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
                    "The direct link to the setting works on any device. "
                        + "You can fall back to it whichever you pick.",
                ],
                choice: StepChoice(
                    answerKey: "platform",
                    prompt: "Which will you use?",
                    options: [
                        ChoiceOption(
                            id: "web",
                            label: "Desktop web browser",
                            detail: "LinkedIn's website on a computer. The menus start at \"Me\", top right."
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
                            + "From 2025-11-03, it uses some of your data to train generative AI. "
                            + "The same opt-out setting applies. LinkedIn announced this on 2025-09-18."
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "In 2024, LinkedIn said it did not train AI on data of members "
                            + "in Switzerland, and the setting was not shown there. "
                            + "From 2025-11-03, it uses some of your data to train generative AI. "
                            + "The same opt-out setting applies. LinkedIn announced this on 2025-09-18."
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "From 2024-09-20, LinkedIn said it did not train AI on data of UK members, "
                            + "according to a statement by the UK Information Commissioner's Office that day. "
                            + "The setting was not shown in the UK. From 2025-11-03, LinkedIn uses some "
                            + "of your data to train generative AI. The same opt-out setting applies. "
                            + "LinkedIn announced this on 2025-09-18."
                    ),
                    RegionNote(
                        regions: [.canada, .hongKong],
                        text: "From 2025-11-03, LinkedIn uses some data of members in Canada and Hong Kong "
                            + "to train generative AI. The same opt-out setting applies. "
                            + "LinkedIn announced this on 2025-09-18."
                    ),
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "For training that is not about creating content (for example security, "
                            + "trust and content classification), LinkedIn names \"legitimate interests\" "
                            + "as its legal basis. It says you can object at any time."
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "In the EU and EEA, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 GDPR."
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "In the UK, objecting to processing based on legitimate interests "
                            + "is your right under Article 21 of the UK GDPR."
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "That statement is in LinkedIn's European Regional Privacy Notice, "
                            + "which covers members in Switzerland as well as the EU, EEA and UK."
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Italy's data protection authority (the Garante) said on 2025-10-28: "
                            + "an objection made before 2025-11-03 kept all of a member's data out of training; "
                            + "an objection made after that date covers only later content. "
                            + "People who are not members but are named in LinkedIn content may object too."
                    ),
                    RegionNote(
                        regions: [.elsewhere],
                        text: "Outside the regions listed, the setting has been on by default since 2024. "
                            + "It appeared in August and September 2024 and was reported on 2024-09-18."
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
                title: "Open \"Data privacy\"",
                kind: .action,
                body: [
                    "The AI setting sits in the \"Data privacy\" part of LinkedIn's settings.",
                ],
                instructions: PerPlatform(
                    web: [
                        "Click \"Me\", your profile picture at the top right.",
                        "Click \"Settings & Privacy\". Some screens write it \"Settings and Privacy\".",
                        "Click \"Data privacy\" in the left rail.",
                        "Find the section \"How LinkedIn uses your data\".",
                    ],
                    app: [
                        "Tap your profile picture at the top left.",
                        "Tap \"Settings\".",
                        "Tap \"Data privacy\".",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["Me", "Settings & Privacy", "Data privacy"],
                    app: ["Profile picture", "Settings", "Data privacy"]
                ),
                expected: "The \"Data privacy\" settings are open. "
                    + "On the website they include the section \"How LinkedIn uses your data\".",
                unverified: [
                    "No source gives separate paths for the iOS and Android apps, or for LinkedIn's mobile website.",
                    "The app's labels may differ slightly from the ones shown here.",
                ],
                sourceIds: ["help-92055", "third-party-guides"]
            ),
            GuideStep(
                id: "open-genai-setting",
                title: "Open \"Data for Generative AI Improvement\"",
                kind: .action,
                body: [
                    "This setting decides whether LinkedIn may use your data to train AI that creates content.",
                    "Some pages write its name \"Data for generative AI improvement\".",
                    "The direct link opens the setting on any device. "
                        + "Use it if you cannot find the menu entry.",
                ],
                instructions: PerPlatform(
                    web: [
                        "Under \"How LinkedIn uses your data\", click \"Data for Generative AI Improvement\".",
                        "If you cannot find it, open the direct link instead.",
                    ],
                    app: [
                        "In \"Data privacy\", tap \"Data for Generative AI Improvement\".",
                        "If you cannot find it, open the direct link instead.",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["Me", "Settings & Privacy", "Data privacy", "Data for Generative AI Improvement"],
                    app: ["Profile picture", "Settings", "Data privacy", "Data for Generative AI Improvement"]
                ),
                link: GuideLink(
                    label: "Data for Generative AI Improvement",
                    url: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
                ),
                expected: "The page asks: \"Can LinkedIn use your personal data and content you create "
                    + "on LinkedIn to train generative AI models that create content?\"",
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
                        + "are under 18, even when the setting shows On.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Find the toggle \"Use my data for training content creation AI models\".",
                        "Switch it to Off.",
                        "Check that it now shows Off.",
                    ]
                ),
                menuPath: PerPlatform(
                    web: ["Me", "Settings & Privacy", "Data privacy", "Data for Generative AI Improvement"],
                    app: ["Profile picture", "Settings", "Data privacy", "Data for Generative AI Improvement"]
                ),
                link: GuideLink(
                    label: "Data for Generative AI Improvement",
                    url: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
                ),
                expected: "The toggle \"Use my data for training content creation AI models\" shows Off.",
                sourceIds: ["help-a6278444", "autiomaa-2025-09-18"],
                recheck: RecheckQuestion(
                    question: "Open \"Data for Generative AI Improvement\" (the link above). "
                        + "Does \"Use my data for training content creation AI models\" still show Off?",
                    ifNo: "Turn it Off again. The walkthrough marks this step to do again; run optout to go through it.",
                    onNo: .reopen
                ),
                receipt: "\"Use my data for training content creation AI models\" turned Off"
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
                title: "Send the Data Processing Objection Form",
                kind: .action,
                body: [
                    "The setting does not cover LinkedIn's other machine learning: personalization, "
                        + "moderation, security, trust and content classification.",
                    "To object to that processing, or to ask LinkedIn to restrict it, "
                        + "use the Data Processing Objection Form.",
                    "LinkedIn's European Regional Privacy Notice links to this form as the way to object.",
                    "One account says you do not need to give a reason.",
                ],
                instructions: PerPlatform(
                    any: [
                        "Open the Data Processing Objection Form with the link.",
                        "Fill in your name.",
                        "Fill in your email address.",
                        "Choose the kind of objection that fits. If none fits, choose \"Other\" "
                            + "and write what you object to.",
                        "If the form asks for a short explanation, write one or two sentences.",
                        "Submit the form.",
                        "Record in optout the day you sent it, and the confirmation email's subject or reference "
                            + "if you have it. The step then waits for the confirmation.",
                        "When the confirmation email arrives, mark it received in optout.",
                    ]
                ),
                link: GuideLink(
                    label: "Data Processing Objection Form",
                    url: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
                ),
                expected: "The form shows that it was sent, and optout has the day you sent it.",
                regionNotes: [
                    RegionNote(
                        regions: [.euEEA, .switzerland, .uk],
                        text: "LinkedIn names \"legitimate interests\" as its legal basis for training "
                            + "that is not about creating content. It says you can object at any time."
                    ),
                    RegionNote(
                        regions: [.euEEA],
                        text: "Your objection uses your right under Article 21 GDPR."
                    ),
                    RegionNote(
                        regions: [.uk],
                        text: "Your objection uses your right under Article 21 of the UK GDPR."
                    ),
                    RegionNote(
                        regions: [.switzerland],
                        text: "LinkedIn's European Regional Privacy Notice, which covers Switzerland, "
                            + "gives this form as the way to object."
                    ),
                ],
                unverified: [
                    "The fields listed here come from third-party accounts, not from the live form. "
                        + "The live form may ask for other things.",
                    "Whether a confirmation email always follows. One account says it does.",
                    "How long LinkedIn takes to respond. No source states a response time.",
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
                receipt: "Data Processing Objection Form sent"
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
                        "Find \"Data sharing\". You may also reach it through \"Ads outside of LinkedIn\".",
                        "Turn data sharing with Microsoft off, if you do not want it.",
                        "In \"Data privacy\", find \"Social, economic and workplace research\".",
                        "Turn it off, if you do not want it.",
                        "Open \"Job seeking preferences\", then \"Job application settings\".",
                        "Turn \"Save resumes and application data\" off, if you do not want it.",
                    ]
                ),
                link: GuideLink(
                    label: "Ads settings",
                    url: "https://www.linkedin.com/mypreferences/d/categories/ads"
                ),
                expected: "Each of these settings shows the choice you want.",
                unverified: [
                    "The exact label of the Microsoft data-sharing toggle after 2025-11-03.",
                    "Where \"Job seeking preferences\" sits in the menus; the sources name it but not its place.",
                ],
                sourceIds: ["help-a1397243", "linkedin-faq-2025-09"]
            ),
            GuideStep(
                id: "finish",
                title: "Done: what to keep",
                kind: .finish,
                body: [
                    "The summary shows which steps you finished, skipped, or are still waiting on.",
                    "Keep the objection form's confirmation email, and the note with its date and reference.",
                    "When the confirmation arrives, mark it received on the form step, or answer yes in `optout recheck`.",
                    "Keep the progress file as your record of what you did and when.",
                    "Check the setting again from time to time with `optout recheck`; `optout remind --ics FILE` adds a reminder to your calendar. LinkedIn's screens and terms may change.",
                ],
                sourceIds: ["help-a6278444", "erpn"]
            ),
        ],
        caveats: [
            "Opting out does not undo training that already happened.",
            "The setting covers only models that generate content. "
                + "The Data Processing Objection Form is the way to object to LinkedIn's other machine learning.",
            "The rules differ by region, and they have changed over time, notably on 2025-11-03.",
            "LinkedIn's screens may change. This guide was last verified on 2026-11-29.",
            "Some details are not confirmed by the sources. Each step lists them.",
        ],
        sources: [
            GuideSource(
                id: "help-a6278444",
                title: "LinkedIn Help, answer a6278444: the \"Data for Generative AI Improvement\" setting"
            ),
            GuideSource(
                id: "help-92055",
                title: "LinkedIn Help, answer 92055: reaching \"Data privacy\" in Settings & Privacy"
            ),
            GuideSource(
                id: "erpn",
                title: "LinkedIn European Regional Privacy Notice, effective 2025-11-03"
            ),
            GuideSource(
                id: "linkedin-faq-2025-09",
                title: "LinkedIn FAQ on data used for generative AI, as quoted in September 2025"
            ),
            GuideSource(
                id: "help-a1397243",
                title: "LinkedIn Help, answer a1397243: data sharing with Microsoft for ads"
            ),
            GuideSource(
                id: "reports-2024-09-18",
                title: "Press reports that the setting had appeared, 2024-09-18"
            ),
            GuideSource(
                id: "ico-2024-09-20",
                title: "UK Information Commissioner's Office, statement on LinkedIn, 2024-09-20"
            ),
            GuideSource(
                id: "helpnet-2025-09-18",
                title: "Help Net Security, 2025-09-18: LinkedIn's terms effective 2025-11-03"
            ),
            GuideSource(
                id: "autiomaa-2025-09-18",
                title: "blog.autiomaa.org, 2025-09-18: the setting's name, toggle and question"
            ),
            GuideSource(
                id: "garante-2025-10-28",
                title: "Italian data protection authority (Garante), 2025-10-28: objecting before and after 2025-11-03"
            ),
            GuideSource(
                id: "third-party-guides",
                title: "Independent how-to guides: menu steps after \"Data privacy\", and the objection form's fields"
            ),
        ]
    )
}
