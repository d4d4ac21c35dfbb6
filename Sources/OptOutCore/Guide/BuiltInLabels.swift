extension Guide {
    /// LinkedIn's labels the built-in guide names, in every language it knows, each with how sure it
    /// is and where it was seen. English from LinkedIn's Help and how-to guides; the other languages
    /// from news sites, data protection authorities and consumer organisations (read 2026-12-01, the
    /// judgements checked again on 2026-12-07): no LinkedIn page in those languages about the setting
    /// was among the sources, so none is "official". docs/sources.md lists every source and every label.
    static let linkedInLabels: [String: [String: LabelWording]] = [
        "me": [
            "en": LabelWording(.official, ["Me"], sources: ["help-92055"]),
            "de": LabelWording(.single, ["Sie"], sources: ["de-srf"]),
            "fr": LabelWording(.agreed, ["Vous"], sources: ["fr-blick", "fr-vert", "fr-huffpost"]),
            "nl": .notFound,
            "es": LabelWording(.agreed, ["Yo"], sources: ["es-notipress", "es-elartedelasredes"]),
            "it": LabelWording(.agreed, ["Tu"], sources: ["it-rsi", "it-ebas"]),
            "pt": LabelWording(.single, ["Eu"], sources: ["pt-bukib"]),
        ],
        "settings-privacy": [
            "en": LabelWording(.official, ["Settings & Privacy"], sources: ["help-92055"]),
            "de": LabelWording(
                .agreed, ["Einstellungen & Datenschutz"],
                sources: ["de-hbdi", "de-srf", "de-basicthinking-2019", "de-marketing4building", "de-weyer"]),
            "fr": LabelWording(
                .agreed, ["Préférences et confidentialité"],
                sources: ["fr-apd-be", "fr-blick", "fr-bfmtv", "fr-clubic-585727", "fr-huffpost", "fr-kaspersky"]),
            "nl": LabelWording(
                .single, ["Instellingen & Privacy", "Instellingen en privacy"],
                sources: ["nl-security-nl", "nl-accountancy-vanmorgen", "nl-clickx"]),
            "es": LabelWording(
                .single, ["Configuración y privacidad", "Ajustes y privacidad"],
                sources: ["es-eldestape", "es-elartedelasredes", "es-wwwhatsnew", "es-enter", "es-notipress"]),
            "it": LabelWording(.agreed, ["Impostazioni e privacy"], sources: ["it-rsi", "it-up4business", "it-tecnoandroid"]),
            "pt": LabelWording(
                .agreed, ["Configurações e privacidade"], sources: ["pt-canaltech", "pt-tek-sapo", "pt-exame", "pt-bukib"]),
        ],
        "data-privacy": [
            "en": LabelWording(.official, ["Data privacy"], sources: ["help-92055"]),
            "de": LabelWording(
                .agreed, ["Datenschutz"],
                sources: ["de-linkedin-privacy-hub", "de-hbdi", "de-srf", "de-netzpolitik", "de-lfd-niedersachsen"]),
            "fr": LabelWording(
                .agreed, ["Confidentialité des données"],
                sources: ["fr-apd-be", "fr-blick", "fr-bfmtv", "fr-vert", "fr-clubic-585727", "fr-huffpost", "fr-lebigdata"]),
            "nl": LabelWording(.agreed, ["Gegevensprivacy"], sources: ["nl-security-nl", "nl-iphoned", "nl-clickx"]),
            "es": LabelWording(
                .agreed, ["Privacidad de datos"], sources: ["es-eldestape", "es-larazon", "es-enter", "es-notipress"]),
            "it": LabelWording(
                .agreed, ["Privacy dei dati"], sources: ["it-rsi", "it-skytg24", "it-unionesarda", "it-libero", "it-fastweb"]),
            "pt": LabelWording(.agreed, ["Privacidade dos dados"], sources: ["pt-canaltech", "pt-tek-sapo", "pt-rr", "pt-bukib"]),
        ],
        "how-linkedin-uses-your-data": [
            "en": LabelWording(.official, ["How LinkedIn uses your data"], sources: ["help-92055", "inquirer-2024-09"]),
            "de": LabelWording(
                .agreed, ["So verwendet LinkedIn Ihre Daten"],
                sources: ["de-hbdi", "de-netzpolitik", "de-sonntagsblatt", "de-meinrecht"]),
            "fr": LabelWording(.single, ["Comment LinkedIn utilise vos données"], sources: ["fr-cookie-com"]),
            "nl": LabelWording(.single, ["Hoe LinkedIn je gegevens gebruikt"], sources: ["nl-clickx"]),
            "es": .notFound,
            // The only Italian wordings come from machine translations, so none is shown.
            "it": .notFound,
            "pt": LabelWording(.agreed, ["Como o LinkedIn utiliza seus dados"], sources: ["pt-canaltech", "pt-bukib"]),
        ],
        "genai-setting": [
            "en": LabelWording(.official, ["Data for Generative AI Improvement"], sources: ["help-a6278444", "autiomaa-2025-09-18"]),
            "de": LabelWording(
                .agreed, ["Daten zur Verbesserung generativer KI"],
                sources: ["de-lfd-niedersachsen", "de-hbdi", "de-tlfdi", "de-srf", "de-netzpolitik", "de-sonntagsblatt", "de-meinrecht"]),
            "fr": LabelWording(
                .agreed, ["Données pour l’amélioration de l’IA générative"],
                sources: ["fr-apd-be", "fr-clubic-580495", "fr-blick", "fr-bfmtv", "fr-vert", "fr-huffpost"]),
            "nl": LabelWording(
                .agreed, ["Gegevens voor verbetering van generatieve AI"],
                sources: ["nl-security-nl", "nl-accountancy-vanmorgen", "nl-iphoned"]),
            "es": LabelWording(
                .single, ["Datos para mejorar la IA generativa", "Datos para la IA generativa"],
                sources: ["es-eldestape", "es-enter", "es-notipress"]),
            "it": LabelWording(
                .agreed, ["Dati per migliorare l’IA generativa"],
                sources: ["it-rsi", "it-skytg24", "it-unionesarda", "it-libero", "it-edotto"]),
            "pt": LabelWording(
                .agreed, ["Dados para aprimoramento da IA generativa"],
                sources: ["pt-tek-sapo", "pt-rr", "pt-bukib", "pt-protegermeusdados", "pt-poupancasimples"]),
        ],
        "genai-toggle": [
            "en": LabelWording(
                .official, ["Use my data for training content creation AI models"],
                sources: ["help-a6278444", "autiomaa-2025-09-18"]),
            // Two full quotes that may share one upstream text, and a partial one: judged single.
            "de": LabelWording(
                .single, ["Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen"],
                sources: ["de-sonntagsblatt", "de-meinrecht", "de-watson"]),
            "fr": LabelWording(
                .single,
                [
                    "Utiliser mes données pour entraîner les modèles d’IA de création de contenu",
                    "Utiliser mes données pour entraîner des modèles d’IA de création de contenu",
                ],
                sources: ["fr-frc", "fr-geeko", "fr-vert", "fr-it-connect"]),
            "nl": LabelWording(
                .single, ["Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt"],
                sources: ["nl-iphoned"]),
            "es": LabelWording(.single, ["Usar mis datos para entrenar modelos de IA que crean contenido"], sources: ["es-enter"]),
            "it": LabelWording(
                .agreed, ["Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti"],
                sources: ["it-rsi", "it-vociamo", "it-fastweb"]),
            "pt": LabelWording(
                .agreed, ["Usar meus dados para treinar modelos de IA para criar conteúdos"],
                sources: ["pt-idec", "pt-rr", "pt-bukib"]),
        ],
        "genai-question": [
            "en": LabelWording(
                .official,
                ["Can LinkedIn use your personal data and content you create on LinkedIn to train generative AI models that create content?"],
                sources: ["help-a6278444", "autiomaa-2025-09-18"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound,
            "pt": LabelWording(
                .single,
                [
                    "O LinkedIn e suas empresas afiliadas podem usar seus dados pessoais e conteúdos que você cria no LinkedIn para treinar os modelos de IA generativa que criam conteúdos?",
                    "O LinkedIn e suas empresas afiliadas podem usar seus dados pessoais e conteúdos que você cria no LinkedIn para treinar os modelos de IA generativa?",
                ],
                sources: ["pt-protegermeusdados", "pt-teoriacultural"]),
        ],
        "on": [
            "en": LabelWording(.official, ["On"], sources: ["help-a6278444"]),
            "de": LabelWording(.agreed, ["Ein"], sources: ["de-lfd-niedersachsen", "de-tlfdi", "de-netzpolitik", "de-sonntagsblatt"]),
            "fr": .notFound,
            "nl": .notFound,
            // The one Spanish page attributes "Si" to an English source: a translation, so none is shown.
            "es": .notFound,
            "it": LabelWording(.agreed, ["Sì"], sources: ["it-skytg24", "it-lacapitalenews"]),
            "pt": LabelWording(.single, ["Ativado", "Ativada"], sources: ["pt-protegermeusdados", "pt-teoriacultural"]),
        ],
        "off": [
            "en": LabelWording(.official, ["Off"], sources: ["help-a6278444"]),
            "de": LabelWording(
                .agreed, ["Aus"],
                sources: ["de-lfd-niedersachsen", "de-tlfdi", "de-srf", "de-watson", "de-sonntagsblatt", "de-meinrecht"]),
            "fr": .notFound,
            "nl": LabelWording(.single, ["Uit"], sources: ["nl-hartvannederland"]),
            "es": .notFound,
            "it": LabelWording(.agreed, ["No"], sources: ["it-rsi", "it-skytg24", "it-lacapitalenews", "it-libero"]),
            "pt": LabelWording(.single, ["Desativado", "Desativada"], sources: ["pt-protegermeusdados", "pt-teoriacultural"]),
        ],
        "app-settings": [
            "en": LabelWording(.single, ["Settings"], sources: ["eyerys-2024-09"]),
            "de": LabelWording(.agreed, ["Einstellungen"], sources: ["de-meinrecht", "de-tlfdi", "de-basicthinking-2023"]),
            "fr": LabelWording(.single, ["Réglages"], sources: ["fr-blick"]),
            "nl": LabelWording(.single, ["Instellingen"], sources: ["nl-iphoned"]),
            "es": .notFound,
            // The Italian pages use "Impostazioni" for the settings in general, not as the app's menu entry.
            "it": .notFound,
            "pt": LabelWording(.agreed, ["Configurações"], sources: ["pt-bukib", "pt-exame"]),
        ],
        "objection-form": [
            "en": LabelWording(.official, ["Data Processing Objection Form"], sources: ["erpn"]),
            // The German page describes the form in prose; it does not give its title.
            "de": .notFound,
            "fr": .notFound,
            "nl": .notFound,
            // The only Spanish wording comes from a machine translation, so none is shown.
            "es": .notFound,
            "it": .notFound,
            "pt": LabelWording(
                .single, ["formulário de Objeção ao Processamento de Dados do LinkedIn"], sources: ["pt-noticiasaominuto"]),
        ],
        "other-option": [
            "en": LabelWording(.single, ["Other"], sources: ["legalclarity-2026"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
        "data-sharing": [
            "en": LabelWording(.official, ["Data sharing"], sources: ["help-a1397243"]),
            "de": LabelWording(.single, ["Daten mit verbundenen Unternehmen und Partnern teilen"], sources: ["de-mein-deal"]),
            "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
        "ads-outside-linkedin": [
            "en": LabelWording(.official, ["Ads outside of LinkedIn"], sources: ["help-a1397243"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
        "job-seeking-preferences": [
            "en": LabelWording(.official, ["Job seeking preferences"], sources: ["help-92055", "help-102697"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
        "job-application-settings": [
            "en": LabelWording(.single, ["Job application settings"], sources: ["help-102697"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
        "save-resumes": [
            "en": LabelWording(.single, ["Save and manage your resumes and answers"], sources: ["help-102697"]),
            "de": .notFound, "fr": .notFound, "nl": .notFound, "es": .notFound, "it": .notFound, "pt": .notFound,
        ],
    ]
}
