"""German demo texts for the page tree, written from shared/CONTEXT.md."""

import datetime

from core.choices import ActionField

HOME = {
    "title": "Smart Kassel – die Smart-City-Strategie gemeinsam gestalten",
    "slug": "home",
    "intro": (
        "<p>Kassel ist seit 2021 eine von bundesweit ausgewählten Modellkommunen im Förderprogramm "
        "„Modellprojekte Smart Cities: Stadtentwicklung und Digitalisierung“. Bis 2028 fließen 11 Millionen Euro "
        "Bundesmittel und fast 6 Millionen Euro Eigenmittel der Stadt in Projekte, die Technik dorthin bringen, "
        "wo sie im Alltag wirklich gebraucht wird.</p>"
        "<p>Die Smart-City-Strategie entsteht <b>gemeinsam mit Ihnen</b>: Lesen Sie, worum es in den fünf "
        "Handlungsfeldern geht, bringen Sie Ihre Ideen ein und sagen Sie, was Kassel digital besser machen kann.</p>"
    ),
    "timeline": [
        {
            "title": "Bewerbung und Auswahl",
            "start": datetime.date(2020, 5, 11),
            "end": datetime.date(2020, 9, 30),
            "description": "Die Stadtverordnetenversammlung beschließt am 11. Mai 2020 die Bewerbung; "
            "Kassel wird als Modellprojekt Smart Cities ausgewählt.",
        },
        {
            "title": "Phase A: Strategie gemeinsam entwickeln",
            "start": datetime.date(2021, 4, 1),
            "end": datetime.date(2023, 3, 31),
            "description": "Ein Bürgerrat aus 32 ausgelosten Menschen, Denklabore in Oberzwehren, Kirchditmold "
            "und im Wesertor und die Online-Beteiligung erarbeiten Bedarfe für die integrierte Strategie.",
        },
        {
            "title": "Phase B: Projekte umsetzen",
            "start": datetime.date(2023, 4, 1),
            "end": datetime.date(2028, 3, 31),
            "description": "Aus der Strategie werden konkrete Projekte in den fünf Handlungsfeldern – "
            "weiterhin mit Beteiligung der Stadtgesellschaft.",
        },
    ],
}

ACTION_FIELDS = [
    {
        "action_field": ActionField.WELCOME,
        "slug": "smart-welcome-city",
        "teaser": "Ankommen und sich zu Hause fühlen: digitale Stadtservices für Neubürgerinnen und Neubürger, "
        "Studierende, Fachkräfte und Gäste.",
        "intro": "<p>Wer nach Kassel kommt – zum Studium, für die Arbeit oder zur documenta – soll schnell "
        "ankommen. Das Handlungsfeld bündelt mehrsprachige Informationen, digitale Wege ins Bürgerbüro und "
        "Angebote, die Orientierung geben.</p>",
        "goals": [
            ("Bürgerbüro online", "Häufige Anliegen wie die Anmeldung lassen sich digital erledigen."),
            (
                "Mehrsprachig informieren",
                "Wichtige Informationen gibt es in mehreren Sprachen und in Leichter Sprache.",
            ),
            ("Gäste willkommen heißen", "Besucherinnen und Besucher finden sich in der Stadt leicht zurecht."),
        ],
    },
    {
        "action_field": ActionField.CITIZEN,
        "slug": "smart-city-goes-citizen",
        "teaser": "Digitale Teilhabe für alle: Kompetenzen in jedem Alter, offene Daten, öffentliches WLAN "
        "und eine Verwaltung, die einfach zu nutzen ist.",
        "intro": "<p>Eine Smart City gelingt nur, wenn alle mitkommen. Dieses Handlungsfeld stärkt digitale "
        "Kompetenzen von Jung bis Alt, macht Daten der Stadt offen nutzbar und schafft Räume für Nachbarschaft "
        "– online und vor Ort.</p>"
        "<p>Den Anfang macht dieses Portal: Vorschläge, Stimmen und die Themen der Strategie stehen als "
        '<a href="/offene-daten/">offene Daten</a> zum Herunterladen bereit.</p>',
        "goals": [
            ("Digitale Kompetenzen", "Lernangebote für alle Altersgruppen in den Stadtteilen."),
            ("Offene Daten", "Daten der Stadt stehen maschinenlesbar und frei zur Verfügung."),
            ("Einfache Verwaltung", "Digitale Angebote der Verwaltung sind verständlich und barrierefrei."),
        ],
    },
    {
        "action_field": ActionField.ECOSYSTEM,
        "slug": "smart-ecosystem-services",
        "teaser": "Die natürlichen Systeme der Stadt messen und pflegen: Stadtgrün gegen Hitze, Regenwasser, "
        "Luftqualität, Artenvielfalt, Parks und Kreislaufwirtschaft.",
        "intro": "<p>Von der Karlsaue bis zum Bergpark Wilhelmshöhe: Kassels Grün und die Fulda prägen die Stadt. "
        "Sensoren und offene Daten helfen, Bäume gegen Hitze zu schützen, Regenwasser zu nutzen und die Luft "
        "sauber zu halten.</p>",
        "goals": [
            ("Stadtbäume schützen", "Bodenfeuchte-Sensoren zeigen, wann Bäume Wasser brauchen."),
            ("Luftqualität sichtbar machen", "Messwerte aus den Stadtteilen sind für alle einsehbar."),
            ("Ressourcen schonen", "Abfall und Recycling werden einfacher und effizienter."),
        ],
    },
    {
        "action_field": ActionField.H2QUARTERS,
        "slug": "smart-h2quarters",
        "teaser": "Energie und Wasserstoff in den Quartieren: erneuerbare und lokale Energie, Wasserstoff für "
        "Busse und Industrie, Fernwärme und Solardächer.",
        "intro": "<p>Die Energiewende findet in den Quartieren statt. Das Handlungsfeld erprobt Wasserstoff für "
        "Busse und Industrie, lokale Energiegemeinschaften, Solardächer und energieeffiziente Sanierung.</p>",
        "goals": [
            ("Wasserstoff nutzen", "Busse und Betriebe erproben Wasserstoff aus erneuerbaren Quellen."),
            ("Solardächer", "Mehr Dächer in Kassel erzeugen Strom für das eigene Quartier."),
            ("Energiegemeinschaften", "Nachbarschaften teilen lokal erzeugte Energie."),
        ],
    },
    {
        "action_field": ActionField.MOBILITY,
        "slug": "smart-safe-mobility",
        "teaser": "Sicher und vernetzt unterwegs: Rad- und Fußverkehr, sichere Schulwege, Tram und Bus mit "
        "Echtzeitdaten, Sharing und Sicherheit bei Nacht.",
        "intro": "<p>Ob zu Fuß, mit dem Rad, mit Tram, Bus oder RegioTram: Wege in Kassel sollen sicher und "
        "gut verbunden sein. Echtzeitdaten der KVG, sichere Kreuzungen und Schulwege stehen im Mittelpunkt.</p>",
        "goals": [
            ("Sichere Schulwege", "Gefährliche Stellen werden erkannt und entschärft."),
            ("Echtzeit im Nahverkehr", "Tram und Bus zeigen verlässlich, wann sie kommen."),
            ("Sicher bei Nacht", "Gut beleuchtete Wege und Haltestellen."),
        ],
    },
]

TITLES = {
    ActionField.WELCOME: "Smart Welcome City",
    ActionField.CITIZEN: "Smart City goes Citizen",
    ActionField.ECOSYSTEM: "Smart Ecosystem Services",
    ActionField.H2QUARTERS: "Smart H2Quarters",
    ActionField.MOBILITY: "Smart Safe Mobility",
}

CONTENT_PAGES = [
    {
        "slug": "beteiligungsregeln",
        "title": "Beteiligungsregeln",
        "intro": "So diskutieren wir auf Smart Kassel respektvoll und sachlich miteinander.",
        "body": [
            (
                "paragraph",
                "<p>Smart Kassel ist ein Ort für Ideen zur digitalen Zukunft unserer Stadt. Bitte "
                "bleiben Sie beim Thema, schreiben Sie respektvoll und veröffentlichen Sie keine personenbezogenen "
                "Daten anderer Menschen.</p><p>Beiträge, die beleidigen, diskriminieren oder werben, blendet das "
                "Projektbüro aus. Sie können jeden Beitrag melden.</p>",
            ),
        ],
    },
    {
        "slug": "leichte-sprache",
        "title": "Leichte Sprache",
        "intro": "Hier erklären wir Smart Kassel in Leichter Sprache.",
        "body": [
            (
                "paragraph",
                "<p>Kassel will eine Smart City sein.</p><p>Smart City bedeutet: "
                "Die Stadt nutzt Computer und Internet.</p><p>Das soll das Leben in Kassel besser machen.</p>"
                "<p>Die Stadt möchte wissen: Was brauchen Sie?</p><p>Auf dieser Internet-Seite können Sie Ideen "
                "aufschreiben.</p><p>Andere Menschen können die Ideen lesen.</p><p>Die Stadt liest die Ideen auch.</p>",
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "intro": "Die Stadt Kassel möchte Smart Kassel für alle Menschen zugänglich machen.",
        "body": [
            (
                "paragraph",
                "<p>Diese Erklärung gilt für das Beteiligungsportal Smart Kassel. Grundlage ist die "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die auf die WCAG 2.1 in Stufe AA "
                "verweist.</p>",
            ),
            ("heading", "Stand der Vereinbarkeit"),
            (
                "paragraph",
                "<p>Das Portal wird laufend auf Barrierefreiheit geprüft, auch automatisiert. Inhalte "
                "in Deutscher Gebärdensprache sind in Vorbereitung.</p>",
            ),
            ("heading", "Feedback und Kontakt"),
            (
                "paragraph",
                "<p>Sind Ihnen Barrieren aufgefallen? Schreiben Sie dem Projektbüro Smart City: "
                '<a href="mailto:smartcity@kassel.example">smartcity@kassel.example</a>. Wir antworten innerhalb von '
                "zwei Wochen.</p>",
            ),
            ("heading", "Schlichtungsverfahren"),
            (
                "paragraph",
                "<p>Wenn Ihre Rückmeldung nicht zufriedenstellend beantwortet wird, können Sie sich an "
                "die Durchsetzungs- und Ombudsstelle für Barrierefreiheit des Landes Hessen wenden.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "intro": "Wir verarbeiten so wenige personenbezogene Daten wie möglich.",
        "body": [
            ("heading", "Verantwortliche Stelle"),
            (
                "paragraph",
                "<p>Magistrat der Stadt Kassel, Hauptamt, Projektbüro Smart City, Obere Königsstraße 8, "
                "34117 Kassel.</p>",
            ),
            ("heading", "Welche Daten wir verarbeiten"),
            (
                "paragraph",
                "<p>Wenn Sie ein Konto anlegen, speichern wir Ihre E-Mail-Adresse, Ihren öffentlichen "
                "Anzeigenamen und Ihre Beiträge. Ihre E-Mail-Adresse wird nie öffentlich angezeigt.</p>",
            ),
            ("heading", "Keine Drittanbieter"),
            (
                "paragraph",
                "<p>Das Portal lädt keine Schriften, Skripte oder Karten von fremden Servern. "
                "Kartenkacheln werden erst geladen, wenn Sie der Anzeige der Karte ausdrücklich zustimmen.</p>",
            ),
            ("heading", "Ihre Rechte"),
            (
                "paragraph",
                "<p>Sie können Ihre Daten jederzeit herunterladen und Ihr Konto löschen. Sie haben das "
                "Recht auf Auskunft, Berichtigung, Löschung und Beschwerde beim Hessischen Beauftragten für "
                "Datenschutz und Informationsfreiheit.</p>",
            ),
        ],
    },
    {
        "slug": "impressum",
        "title": "Impressum",
        "intro": "Angaben gemäß § 5 DDG.",
        "body": [
            (
                "paragraph",
                "<p>Magistrat der Stadt Kassel<br>Obere Königsstraße 8<br>34117 Kassel</p>"
                "<p>Die Stadt Kassel ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den "
                "Oberbürgermeister.</p><p>Inhaltlich verantwortlich: Projektbüro Smart City im Hauptamt.</p>"
                "<p>Gefördert durch das Bundesprogramm „Modellprojekte Smart Cities“.</p>",
            ),
        ],
    },
]

STRATEGY_OVERVIEW = {
    "title": "Die Smart-City-Strategie im Überblick",
    "slug": "strategie",
    "intro": (
        "<p>Hier sehen Sie, wie weit die Strategie in den fünf Handlungsfeldern ist, welche Themen aus der "
        "Beteiligung entstanden sind und wie viele Menschen mitgemacht haben.</p>"
    ),
    "method": (
        "<p>Ein Computerprogramm ordnet Vorschläge, die Ähnliches sagen, zu <b>Themen</b>. Die <b>Zustimmung</b> "
        "zählt die Stimmen zu den Vorschlägen eines Themas: Zustimmung, Ablehnung und Enthaltung.</p>"
        "<p>Menschen, die ähnlich abgestimmt haben, bilden eine <b>Meinungsgruppe</b>. Ein Thema heißt "
        "<b>Konsens</b>, wenn Menschen aus allen Gruppen zustimmen, und <b>umstritten</b>, wenn die Gruppen "
        "verschieden abstimmen. Umstrittene Themen stehen als „Offene Fragen“ auf den Strategieseiten.</p>"
        "<p>Jeder Satz einer Zusammenfassung stammt wörtlich aus einem Vorschlag und führt zu ihm. Das "
        "Projektbüro prüft jeden Entwurf, bevor er veröffentlicht wird.</p>"
        "<p><b>Grenzen:</b> Wer mitgemacht hat, ist keine repräsentative Stichprobe der Kasseler Bevölkerung. "
        "Die Zahlen zeigen, was die Teilnehmenden gesagt haben – nicht, was alle denken. Über die Strategie "
        "entscheidet die Stadtverordnetenversammlung.</p>"
    ),
}

STATISTICS = {
    "title": "Beteiligung in Zahlen",
    "slug": "statistik",
    "intro": (
        "<p>Wie viele Vorschläge, Kommentare und Stimmen sind eingegangen – im Lauf der Zeit, je Handlungsfeld "
        "und je Ortsbezirk? Jedes Diagramm hat eine Tabelle mit denselben Zahlen.</p>"
    ),
}
