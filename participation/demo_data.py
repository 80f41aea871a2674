"""Fictional demo texts for Smart Kassel: citizens, proposals, comments and opinion patterns."""

# Everything here is invented for demonstrations and tests: no real person wrote these texts, and every name
# is a pseudonym. Plain data without Django imports, so scripts and tests can use it without a database.

# Hand-written pseudonyms; the rest of CITIZENS is combined from the word lists below.
_HANDPICKED_NAMES = [
    "Radfahrerin_Wehlheiden",
    "Marlene K.",
    "FuldaFan",
    "OpaHeinz34",
    "student_uni_kassel",
    "Nordstadtkind",
    "Jana_radelt",
    "KönigsplatzPendler",
    "Herkules_Blick",
    "Tobias M.",
    "Gärtnerin_im_Vorderen_Westen",
    "Hausbesitzer_Kirchditmold",
    "Sabine W.",
    "Karlsaue_Spaziergänger",
    "Linde_vor_der_Tür",
    "Mama_von_drei",
    "Brückenhof_Bernd",
    "Ute aus Waldau",
    "Papa_Zentgrafenstraße",
    "Unterneustädterin",
    "Kletterer_Dönche",
    "Fabian R.",
    "Neu_in_Kassel_2023",
    "Dachwohnung_Nordholland",
    "Lehrerin_Südstadt",
    "RegioTram_Nutzer",
    "Helleböhner",
    "Formularfrust",
    "Ahle_Wurscht_Fan",
    "Gisela B.",
    "Ralf aus Forstfeld",
    "Bienenfreundin",
    "Wesertor_Will",
    "Oma_Hilde_78",
    "Kassel_Jogger",
    "Mehmet Y.",
    "Harleshäuser_Urgestein",
    "Laura_KS",
    "Elke S.",
    "Waldauer_Pendlerin",
    "Holländische_Anwohnerin",
    "Bettenhäuser_Jung",
    "Documenta_Liebhaberin",
    "Elternvertreterin_Nordshausen",
    "Geschichtsfreund_Unterneustadt",
    "Kathrin L.",
    "E-Auto_Erik",
    "Perso_abgelaufen",
    "Lindenpatin",
    "Dirk_aus_Jungfernkopf",
    "Siebenschläfer",
    "Miriam T.",
    "Busfahrer_a_D",
    "Wehlheider_Papa",
    "Sophie_Rothenditmold",
    "Kasseler_Original",
    "Nachteule_Kulturbahnhof",
    "Andreas P.",
    "Peter_sorgt_sich",
    "Pendler_Wilhelmshöhe",
    "Grünzeug",
    "Wolfsanger_Nachbarin",
    "Ingrid H.",
    "Nordstädterin_Ayse",
    "Lars_Fahrrad",
    "Frau_Schmidt_Kirchditmold",
    "Nordshausener_Pendler",
    "Thomas K.",
    "Baumfreund_Aue",
    "Melanie_S.",
    "Repaircafé_Fan",
    "Kai aus Bettenhausen",
    "Hasenhecke_Hannes",
    "Wärmepumpen_Wolfgang",
    "Kunststudentin_KS",
    "Zweirad_Zoe",
    "Sonnenanbeter",
    "Parkplatzsucher",
    "Zahlenmensch",
    "Jutta F.",
    "Stefan_Drusel",
    "Wasserratte_Aue",
    "Laufbus_Mama",
    "Petra aus Philippinenhof",
    "Anwohner_Losse",
    "Carsten G.",
    "Brasselsberger",
    "Skeptischer_Ingenieur",
    "Umzug_nach_Kirchditmold",
    "Hannelore_W.",
    "Leseratte_Mitte",
    "Hitzegeplagt",
    "Kaffeeklatsch_Südstadt",
    "Nico_Oberzwehren",
    "Birgit M.",
    "Altbau_Sanierer",
    "RegioTram_Rita",
    "Bibliotheksgänger",
    "Julian_H.",
    "Bahnhofsgängerin",
    "Aylin_new_in_Kassel",
    "Emir B.",
    "Priya_S.",
    "Lukas_Rothenditmold",
    "intl_student_ks",
    "Olena_aus_Kyjiw",
    "Carlos_BlueCard",
    "Solar_Jungfernkopf",
    "Wei_Masterstudent",
    "blind_and_online",
    "Heike aus Harleshausen",
    "Maria_from_Porto",
    "Achim K.",
    "Morning_Runner_Fulda",
    "Schattensucher",
    "Vereinsmeier_Jungfernkopf",
    "Tenant_Tom",
    "Gewerbe_Waldau",
    "Zugezogene_aus_Hamburg",
    "Samir_at_Koenigsplatz",
]

_FIRST_NAMES = [
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hannes",
    "Ida",
    "Jonas",
    "Katrin",
    "Leon",
    "Mia",
    "Noah",
    "Olga",
    "Paul",
    "Rosa",
    "Simon",
    "Tanja",
    "Uwe",
    "Vera",
    "Yusuf",
    "Zeynep",
    "Helga",
    "Jürgen",
    "Monika",
    "Klaus",
    "Sandra",
    "Marco",
    "Nina",
    "Oskar",
    "Lea",
    "Till",
    "Frieda",
    "Hamid",
    "Irina",
    "Kerstin",
    "Matthias",
    "Nadine",
    "Rainer",
]
_INITIALS = "ABDEFGHJKLMNOPRSTUVWZ"
_PLACES = [
    "Mitte",
    "Südstadt",
    "Wehlheiden",
    "Kirchditmold",
    "Rothenditmold",
    "Harleshausen",
    "Waldau",
    "Forstfeld",
    "Bettenhausen",
    "Wesertor",
    "Nordshausen",
    "Jungfernkopf",
    "Brasselsberg",
    "Fasanenhof",
    "Wolfsanger",
    "Oberzwehren",
    "Niederzwehren",
    "Unterneustadt",
    "Helleböhn",
    "Nordstadt",
    "Druseltal",
    "Philippinenhof",
    "Süsterfeld",
    "Warteberg",
    "Hasenhecke",
]
_HOBBIES = [
    "Radlerin",
    "Radler",
    "Gärtner",
    "Gärtnerin",
    "Leseratte",
    "Hundemama",
    "Hundepapa",
    "Läuferin",
    "Pendler",
    "Pendlerin",
    "Imker",
    "Bastlerin",
    "Chorsängerin",
    "Fotograf",
    "Wanderin",
    "Kleingärtner",
    "Vereinsmensch",
    "Schachspieler",
    "Nachtschwärmer",
    "Frühaufsteherin",
    "Kaffeetrinker",
    "Bücherwurm",
    "Sonntagsbäcker",
]


def _build_citizens(count: int = 320) -> list[str]:
    """The hand-written names, then fixed combinations of the word lists until there are `count` unique ones."""
    names = list(_HANDPICKED_NAMES)
    seen = {name.casefold() for name in names}
    step = 0
    while len(names) < count:
        k, pattern = divmod(step, 4)
        first = _FIRST_NAMES[(k * 7 + pattern) % len(_FIRST_NAMES)]
        if pattern == 0:
            name = f"{first} {_INITIALS[(k * 5 + k // len(_INITIALS)) % len(_INITIALS)]}."
        elif pattern == 1:
            name = f"{_HOBBIES[k % len(_HOBBIES)]}_{_PLACES[(k * 3 + k // len(_HOBBIES)) % len(_PLACES)]}"
        elif pattern == 2:
            name = f"{first}_aus_{_PLACES[(k * 11 + 4) % len(_PLACES)]}"
        else:
            name = f"{first.lower()}{1941 + (k * 17) % 65}"
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
        step += 1
    return names


# 320 unique display names (3–40 characters) of demo citizens; proposals refer to them by index.
CITIZENS = _build_citizens()

# About 30 proposals per action field, grouped into themes (theme "" = a one-off idea). lat/lon lie inside
# Kassel's bounds (51.26–51.36 N, 9.38–9.56 E) or are both None; `author` is an index into CITIZENS.
PROPOSALS = [
    {
        "key": "buergerbuero-termine-online",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3128,
        "lon": 9.4893,
        "author": 12,
        "title": "Termine im Bürgerbüro online buchen – ohne Warteschlange am Morgen",
        "body": (
            "Wer sich ummelden oder einen Ausweis beantragen will, steht morgens vor dem Rathaus an und "
            "hofft auf eine Wartenummer. Für Berufstätige ist das kaum machbar.\n\n"
            "Vorschlag: Ein Online-Terminkalender für alle Leistungen des Bürgerbüros, mit Erinnerung per "
            "E-Mail oder SMS und der Möglichkeit, Termine selbst abzusagen, damit sie wieder frei werden.\n\n"
            "Wichtig wäre mir, dass es daneben weiter offene Sprechzeiten gibt – nicht jeder kommt mit so "
            "einem Portal zurecht."
        ),
    },
    {
        "key": "buergerbuero-termin-app",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3131,
        "lon": 9.4897,
        "author": 47,
        "title": "Bürgerbüro: Termin per Handy statt stundenlang warten",
        "body": (
            "Hab letzte Woche 2 Stunden im Bürgerbüro gesessen nur für nen neuen Perso. Warum kann man da "
            "nicht einfach online nen Termin machen wie beim Arzt?? Andere Städte könnens doch auch."
        ),
    },
    {
        "key": "ummeldung-komplett-online",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "de",
        "district": "kirchditmold",
        "lat": 51.3268,
        "lon": 9.4415,
        "author": 88,
        "title": "Ummeldung nach Umzug komplett online erledigen",
        "body": (
            "Beim Umzug innerhalb von Kassel (bei uns vom Wesertor nach Kirchditmold) musste ich extra "
            "persönlich hin, obwohl sich nur die Adresse ändert. Mit der Online-Ausweisfunktion sollte "
            "das digital gehen, inklusive Adressaufkleber für den Ausweis per Post."
        ),
    },
    {
        "key": "register-address-online-en",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "en",
        "district": "nord-holland",
        "lat": 51.3232,
        "lon": 9.5038,
        "author": 100,
        "title": "Let newcomers register their address online (Anmeldung)",
        "body": (
            "I moved to Kassel for my master's at the university, and the Anmeldung was the hardest part "
            "of arriving. All appointments were gone for weeks, and without the registration I could not "
            "open a bank account.\n\n"
            "Please offer online booking in English, a list of the documents to bring, and maybe reserved "
            "slots for new arrivals in April and October when the semesters start."
        ),
    },
    {
        "key": "wartenummer-live",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3126,
        "lon": 9.4889,
        "author": 140,
        "title": "Wartenummer live auf dem Handy anzeigen",
        "body": (
            "Wenn man schon vor Ort eine Nummer zieht, wäre es schön, den aktuellen Stand auf dem Handy "
            "zu sehen. Dann kann man in der Zwischenzeit in der Königsstraße einen Kaffee trinken, statt "
            "im Flur zu sitzen."
        ),
    },
    {
        "key": "ausweis-abholbereit-nachricht",
        "action_field": "welcome",
        "theme": "welcome-citizens-office-online",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3129,
        "lon": 9.4895,
        "author": 231,
        "title": "Benachrichtigung, wenn Ausweis oder Pass abholbereit ist",
        "body": (
            "Kurze SMS oder Mail, sobald der neue Ausweis im Rathaus liegt. Aktuell soll man einfach nach "
            "drei, vier Wochen mal vorbeischauen – und dann ist er doch noch nicht fertig."
        ),
    },
    {
        "key": "stadtinfo-mehrsprachig",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 5,
        "title": "Wichtige Stadtinformationen in mehr Sprachen",
        "body": (
            "Auf der Website der Stadt gibt es vieles nur auf Deutsch. In Kassel leben Menschen aus sehr "
            "vielen Ländern. Die wichtigsten Seiten – Anmeldung, Müllabfuhr, Kita, Schule, Notfälle – "
            "sollten mindestens auf Englisch, Türkisch, Arabisch, Russisch und Ukrainisch verfügbar sein."
        ),
    },
    {
        "key": "english-city-website-en",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "en",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 102,
        "title": "An English version of the city's most used pages",
        "body": (
            "As an international student I often run kassel.de through a translator, but forms and PDFs "
            "can't be translated that way. Even a short English summary on each service page (what it is, "
            "what to bring, how much it costs) would help a lot."
        ),
    },
    {
        "key": "abfallkalender-sprachen",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3290,
        "lon": 9.4960,
        "author": 63,
        "title": "Abfallkalender in mehreren Sprachen und mit Bildern",
        "body": (
            "In unserem Haus in der Nordstadt wohnen Familien aus sechs Ländern, und die Mülltrennung "
            "klappt nicht, weil keiner den Abfallkalender versteht. Eine Version mit Piktogrammen und in "
            "mehreren Sprachen (als App und zum Ausdrucken) wäre super."
        ),
    },
    {
        "key": "leichte-sprache-amt",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 150,
        "title": "Behördenbriefe und Infos in Leichter Sprache",
        "body": (
            "Meine Mutter hat eine Lernbehinderung und versteht die Schreiben vom Amt nicht. Bitte alle "
            "wichtigen Infos auch in Leichter Sprache anbieten, und zwar nicht nur eine Übersichtsseite, "
            "sondern auch die Formulare."
        ),
    },
    {
        "key": "infos-tuerkisch-arabisch",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "de",
        "district": "rothenditmold",
        "lat": 51.3302,
        "lon": 9.4705,
        "author": 171,
        "title": "Stadt-Infos auch auf Türkisch und Arabisch bitte",
        "body": (
            "viele Nachbarn bei uns in Rothenditmold lesen nicht so gut Deutsch. Die Infos von der Stadt "
            "(zb Sperrmüll, Kita-Anmeldung) sollte es auch in ihrer Sprache geben, sonst kommen die "
            "einfach nicht an."
        ),
    },
    {
        "key": "infostelen-bahnhoefe",
        "action_field": "welcome",
        "theme": "welcome-multilingual-info",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3181,
        "lon": 9.4887,
        "author": 99,
        "title": "Digitale Infostelen an den Bahnhöfen mit Sprachauswahl",
        "body": (
            "Am Kulturbahnhof und am Bahnhof Wilhelmshöhe kommen täglich viele Menschen an, die sich "
            "nicht auskennen. Infostelen mit Sprachauswahl, Stadtplan, Verbindungen der KVG und den "
            "wichtigsten Anlaufstellen würden den Einstieg erleichtern."
        ),
    },
    {
        "key": "willkommenspaket-digital",
        "action_field": "welcome",
        "theme": "welcome-newcomer-guide",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 22,
        "title": "Digitales Willkommenspaket für Neu-Kasselerinnen und Neu-Kasseler",
        "body": (
            "Wer neu nach Kassel zieht, muss sich alles selbst zusammensuchen: Wo ist der Wertstoffhof, "
            "welche Linie fährt wohin, wie melde ich das Kind in der Kita an, wo gibt es Sportvereine?\n\n"
            "Idee: Nach der Anmeldung bekommt man einen Link zu einem digitalen Willkommenspaket – eine "
            "Checkliste für die ersten Wochen, Infos zum eigenen Stadtteil, Gutscheine für Museen und ein "
            "Schnupperticket für Bus und Tram.\n\n"
            "Das Ganze sollte es auch auf Papier geben, für alle, die nicht so digital unterwegs sind."
        ),
    },
    {
        "key": "neu-in-kassel-checkliste",
        "action_field": "welcome",
        "theme": "welcome-newcomer-guide",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3168,
        "lon": 9.4672,
        "author": 118,
        "title": "Checkliste „Neu in Kassel“ nach der Anmeldung",
        "body": (
            "Als ich hergezogen bin, hätte ich mir eine einfache Liste gewünscht: Was muss ich in den "
            "ersten vier Wochen erledigen, wo finde ich was? Am besten direkt vom Bürgerbüro per Mail."
        ),
    },
    {
        "key": "student-arrival-guide-en",
        "action_field": "welcome",
        "theme": "welcome-newcomer-guide",
        "lang": "en",
        "district": "nord-holland",
        "lat": 51.3228,
        "lon": 9.5046,
        "author": 104,
        "title": "Arrival guide for international students, made with the university",
        "body": (
            "The first weeks are confusing: residence permit, health insurance, semester ticket, bank "
            "account, flat search. Many of us get our information from WhatsApp groups, and it is often "
            "wrong.\n\n"
            "The city and the University of Kassel could publish one arrival guide in English, with a map "
            "of the offices, the tram lines from Holländischer Platz and a timeline of what to do first."
        ),
    },
    {
        "key": "stadtteilpaten-neuzugezogene",
        "action_field": "welcome",
        "theme": "welcome-newcomer-guide",
        "lang": "de",
        "district": "harleshausen",
        "lat": 51.3428,
        "lon": 9.4295,
        "author": 36,
        "title": "Stadtteilpaten für Neuzugezogene über eine Plattform vermitteln",
        "body": (
            "Viele Ältere in Harleshausen hätten Zeit und würden Neuen gern den Stadtteil zeigen: Bäcker, "
            "Arzt, Verein, Spazierwege. Eine einfache Plattform, die Paten und Neuzugezogene "
            "zusammenbringt, wäre ein schöner Anfang."
        ),
    },
    {
        "key": "neubuergerempfang-stream",
        "action_field": "welcome",
        "theme": "welcome-newcomer-guide",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3127,
        "lon": 9.4892,
        "author": 265,
        "title": "Neubürgerempfang auch online übertragen",
        "body": (
            "Den Neubürgerempfang im Rathaus finde ich eine nette Sache, aber ich hatte an dem Abend "
            "Schichtdienst. Eine Aufzeichnung oder ein Livestream mit Fragen im Chat wäre toll."
        ),
    },
    {
        "key": "documenta-besucher-app",
        "action_field": "welcome",
        "theme": "welcome-documenta-visitors",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3128,
        "lon": 9.4975,
        "author": 74,
        "title": "Eine App für Besucherinnen und Besucher der documenta",
        "body": (
            "Zur documenta kommen Hunderttausende, und viele irren mit Papierplänen zwischen "
            "Fridericianum, documenta-Halle und Karlsaue herum. Eine Stadt-App mit Ausstellungsorten, "
            "Wartezeiten, Toiletten, Trinkwasser und KVG-Verbindungen würde helfen – und bliebe zwischen "
            "den Ausstellungen als Stadtführer nutzbar."
        ),
    },
    {
        "key": "kunst-im-stadtraum-karte",
        "action_field": "welcome",
        "theme": "welcome-documenta-visitors",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3179,
        "lon": 9.4893,
        "author": 160,
        "title": "Digitale Karte der documenta-Kunstwerke im Stadtraum",
        "body": (
            "Vom Himmelsstürmer am Kulturbahnhof über die 7000 Eichen bis zur Spitzhacke an der Fulda: In "
            "Kassel stehen so viele Kunstwerke früherer documenta-Ausstellungen, aber kaum jemand kennt "
            "die Geschichten dazu. Eine Karte mit Audio-Infos (auch auf Englisch) wäre für Gäste und für "
            "uns Kasseler schön."
        ),
    },
    {
        "key": "documenta-wegweiser-wlan",
        "action_field": "welcome",
        "theme": "welcome-documenta-visitors",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3132,
        "lon": 9.4968,
        "author": 277,
        "title": "Digitale Wegweiser zur documenta und WLAN am Friedrichsplatz",
        "body": (
            "Im documenta-Sommer ist die Innenstadt voll mit Gästen, die sich durchfragen. Digitale "
            "Wegweiser mit Karte und freies WLAN rund um den Friedrichsplatz wären eine gute Visitenkarte "
            "für Kassel."
        ),
    },
    {
        "key": "erst-bewohner-dann-touristen",
        "action_field": "welcome",
        "theme": "welcome-documenta-visitors",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2862,
        "lon": 9.5158,
        "author": 190,
        "title": "Erst an die Menschen in den Stadtteilen denken, dann an Touristen",
        "body": (
            "Alle fünf Jahre wird für die documenta alles schick gemacht, und danach passiert in Waldau "
            "oder Forstfeld wieder nichts. Bevor Geld in Besucher-Apps fließt, sollten die digitalen "
            "Angebote für die Leute funktionieren, die hier wohnen."
        ),
    },
    {
        "key": "kombiticket-documenta-tram",
        "action_field": "welcome",
        "theme": "welcome-documenta-visitors",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 55,
        "title": "Kombiticket documenta plus Bus und Tram aufs Handy",
        "body": (
            "Beim Kauf der documenta-Karte sollte automatisch ein Tagesticket für Bus und Tram aufs Handy "
            "kommen. Dann lassen mehr Gäste das Auto am Stadtrand stehen."
        ),
    },
    {
        "key": "anerkennung-berufsabschluss-lotse",
        "action_field": "welcome",
        "theme": "welcome-skilled-workers",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 101,
        "title": "Online-Lotse für die Anerkennung ausländischer Berufsabschlüsse",
        "body": (
            "Meine Frau ist Krankenpflegerin aus Bosnien. Bis klar war, welche Stelle für die Anerkennung "
            "zuständig ist und welche Unterlagen übersetzt werden müssen, sind Monate vergangen. Ein "
            "digitaler Lotse, der Schritt für Schritt erklärt, was wo zu tun ist, würde Kassel für "
            "Fachkräfte attraktiver machen."
        ),
    },
    {
        "key": "residence-permit-status-en",
        "action_field": "welcome",
        "theme": "welcome-skilled-workers",
        "lang": "en",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 106,
        "title": "Track the status of my residence permit online",
        "body": (
            "I applied for the extension of my EU Blue Card and for weeks I didn't know if anything was "
            "happening. A simple status page (received – in progress – ready for pickup) would save the "
            "office many phone calls and e-mails."
        ),
    },
    {
        "key": "fachkraefte-portal-betriebe",
        "action_field": "welcome",
        "theme": "welcome-skilled-workers",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2878,
        "lon": 9.5196,
        "author": 117,
        "title": "Gemeinsames Willkommensportal von Stadt und Kasseler Betrieben",
        "body": (
            "Die Betriebe im Gewerbegebiet Waldau suchen Fachkräfte aus dem Ausland. Ein gemeinsames "
            "Portal mit Stellen, Wohnungssuche, Sprachkursen und Kita-Infos würde helfen, die Leute auch "
            "hier zu halten."
        ),
    },
    {
        "key": "deutschkurse-uebersicht",
        "action_field": "welcome",
        "theme": "welcome-skilled-workers",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3145,
        "lon": 9.4830,
        "author": 132,
        "title": "Übersicht aller Deutschkurse in Kassel an einem Ort",
        "body": (
            "VHS, Vereine, Uni, private Schulen – jeder hat seine eigene Seite. Eine gemeinsame Übersicht "
            "mit Niveau, Uhrzeit und freien Plätzen wäre hilfreich. Gerne auch Kurse am Abend für "
            "Berufstätige."
        ),
    },
    {
        "key": "auebad-auslastung",
        "action_field": "welcome",
        "theme": "",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.2965,
        "lon": 9.4925,
        "author": 81,
        "title": "Auslastung im Schwimmbad online anzeigen",
        "body": (
            "Im Auebad ist es am Wochenende oft so voll, dass man kaum schwimmen kann. Eine Anzeige, wie "
            "viele gerade drin sind, wäre praktisch."
        ),
    },
    {
        "key": "toiletten-karte-innenstadt",
        "action_field": "welcome",
        "theme": "",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3138,
        "lon": 9.4930,
        "author": 293,
        "title": "Wo ist das nächste öffentliche WC? Karte für die Innenstadt",
        "body": (
            "Gerade mit kleinen Kindern oder für Ältere wichtig: eine Karte aller öffentlichen Toiletten "
            "in der Innenstadt, auch für die Zeit des Weihnachtsmarkts."
        ),
    },
    {
        "key": "qr-codes-historische-gebaeude",
        "action_field": "welcome",
        "theme": "",
        "lang": "de",
        "district": "unterneustadt",
        "lat": 51.3117,
        "lon": 9.5046,
        "author": 44,
        "title": "QR-Codes an historischen Gebäuden",
        "body": (
            "An vielen Häusern in der Unterneustadt weiß man gar nicht, was da früher war. Kleine "
            "Schilder mit QR-Code und der Geschichte dazu – fänd ich schön."
        ),
    },
    {
        "key": "fundbuero-online",
        "action_field": "welcome",
        "theme": "",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 9,
        "title": "Fundbüro online durchsuchen",
        "body": (
            "Ich hab in der Tram meinen Schal verloren. Wäre toll, wenn man online nachsehen könnte, ob "
            "was abgegeben wurde, statt dreimal anzurufen."
        ),
    },
    {
        "key": "handy-sprechstunde-senioren",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "niederzwehren",
        "lat": 51.2803,
        "lon": 9.4612,
        "author": 33,
        "title": "Handy-Sprechstunde für Seniorinnen und Senioren in den Stadtteilen",
        "body": (
            "Ich bin 78 und habe von meinen Enkeln ein Smartphone bekommen. Vieles geht inzwischen nur "
            "noch online – Bahnfahrkarte, Arzttermin, Rentenbescheid –, aber ich traue mich oft nicht, "
            "weil ich Angst habe, etwas falsch zu machen.\n\n"
            "In den Stadtteilbibliotheken oder Bürgerhäusern könnte es eine feste Sprechstunde geben, "
            "einmal pro Woche, wo Ehrenamtliche oder Schülerinnen und Schüler geduldig helfen. Am besten "
            "ohne Anmeldung und kostenlos.\n\n"
            "In Niederzwehren würde ich sofort hingehen."
        ),
    },
    {
        "key": "smartphone-kurs-aeltere",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "forstfeld",
        "lat": 51.3004,
        "lon": 9.5347,
        "author": 176,
        "title": "Smartphone-Kurse für ältere Menschen direkt im Stadtteil",
        "body": (
            "Meine Nachbarin (82) möchte gern mit ihrer Familie videotelefonieren, weiß aber nicht wie. "
            "Es braucht Kurse direkt im Stadtteil, nicht nur in der Innenstadt, z.B. im Gemeindehaus in "
            "Forstfeld."
        ),
    },
    {
        "key": "digitallotsen-hausbesuch",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "wesertor",
        "lat": 51.3196,
        "lon": 9.5071,
        "author": 250,
        "title": "Digitallotsen: Ehrenamtliche helfen Älteren zuhause",
        "body": (
            "Nicht jeder kann noch zu einem Kurs gehen. Ausgebildete ehrenamtliche Digitallotsen könnten "
            "auf Anfrage nach Hause kommen, etwa bei uns im Wesertor, und beim Einrichten des Tablets "
            "oder beim Online-Banking helfen. Die Stadt könnte Schulung und Versicherung übernehmen."
        ),
    },
    {
        "key": "schueler-erklaeren-internet",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "kirchditmold",
        "lat": 51.3262,
        "lon": 9.4431,
        "author": 285,
        "title": "Schülerinnen und Schüler erklären Senioren das Internet",
        "body": (
            "An unserer Schule in Kirchditmold gäbe es bestimmt Interesse an einem Projekt, bei dem "
            "Jugendliche einmal im Monat im Seniorenheim Fragen zu Handy und Tablet beantworten. Gut für "
            "beide Seiten!"
        ),
    },
    {
        "key": "kurs-betrug-online-banking",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "wehlheiden",
        "lat": 51.3063,
        "lon": 9.4637,
        "author": 58,
        "title": "Kurse zu Betrug im Internet und sicherem Online-Banking",
        "body": (
            "Meinem Vater wurde fast per WhatsApp Geld abgeluchst („Hallo Papa, das ist meine neue "
            "Nummer“). Gerade Ältere brauchen Infoabende dazu, vielleicht zusammen mit der Polizei und "
            "der Verbraucherzentrale."
        ),
    },
    {
        "key": "digitalcafe-brueckenhof",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "oberzwehren",
        "lat": 51.2768,
        "lon": 9.4462,
        "author": 121,
        "title": "Digital-Café im Stadtteilzentrum",
        "body": (
            "Ein offener Treff mit Kaffee und Kuchen, wo man mit seinem Laptop oder Handy vorbeikommen "
            "kann. Wie ein Repair-Café, nur für Digitales. In Oberzwehren am Brückenhof gibt es doch "
            "Räume."
        ),
    },
    {
        "key": "tablets-ausleihen-bibliothek",
        "action_field": "citizen",
        "theme": "citizen-digital-skills-seniors",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3122,
        "lon": 9.4898,
        "author": 303,
        "title": "Tablets zum Ausleihen in der Stadtbibliothek",
        "body": (
            "Viele Ältere wollen erst ausprobieren, bevor sie sich ein Gerät kaufen. Die Stadtbibliothek "
            "könnte Tablets mit einer einfachen Einführung verleihen."
        ),
    },
    {
        "key": "wlan-koenigsplatz",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3155,
        "lon": 9.4975,
        "author": 7,
        "title": "Freies WLAN am Königsplatz und in der Königsstraße",
        "body": (
            "Das WLAN in der Innenstadt ist eher Glückssache. Am Königsplatz bricht es ständig ab. "
            "Stabiles freies WLAN würde auch den Geschäften helfen."
        ),
    },
    {
        "key": "wlan-innenstadt-stabil",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3151,
        "lon": 9.4982,
        "author": 244,
        "title": "Innenstadt-WLAN, das auch wirklich funktioniert",
        "body": (
            "bei mir verbindet sich das handy am Königsplatz mit dem wlan und dann geht gar nix mehr, "
            "nichtmal mobile daten. bitte verbessern oder abschalten"
        ),
    },
    {
        "key": "wifi-trams-stops-en",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "en",
        "district": "nord-holland",
        "lat": 51.3236,
        "lon": 9.5035,
        "author": 108,
        "title": "Free Wi-Fi on trams and at the main stops",
        "body": (
            "Many students and newcomers don't have a German phone contract in their first weeks. Wi-Fi "
            "at Königsplatz, Holländischer Platz and on the trams would help us find our way and check "
            "connections."
        ),
    },
    {
        "key": "wlan-buergerhaeuser",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "de",
        "district": "wesertor",
        "lat": 51.3198,
        "lon": 9.5068,
        "author": 136,
        "title": "Kostenloses WLAN in allen Stadtteilzentren und Bürgerhäusern",
        "body": (
            "Nicht jeder hat zuhause Internet. In den Bürgerhäusern könnten Leute Bewerbungen schreiben, "
            "Anträge stellen oder Hausaufgaben machen. Gerade im Wesertor und in Rothenditmold wäre das "
            "wichtig."
        ),
    },
    {
        "key": "wlan-nordstadtpark",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3262,
        "lon": 9.5008,
        "author": 209,
        "title": "WLAN im Nordstadtpark und an der Uni-Wiese",
        "body": (
            "Im Sommer sitzen da viele Studis mit Laptops draußen. Ein paar Access Points wären günstig "
            "und würden viel genutzt."
        ),
    },
    {
        "key": "wlan-bibliothek-ohne-login",
        "action_field": "citizen",
        "theme": "citizen-public-wifi",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3124,
        "lon": 9.4899,
        "author": 97,
        "title": "Öffentliches WLAN in der Bibliothek ohne umständliche Anmeldung",
        "body": (
            "In der Bibliothek muss man sich jedes Mal neu mit der Ausweisnummer einloggen. Ein offenes "
            "Netz mit Jugendschutzfilter reicht doch."
        ),
    },
    {
        "key": "open-data-portal",
        "action_field": "citizen",
        "theme": "citizen-open-data",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 165,
        "title": "Ein Open-Data-Portal für Kassel",
        "body": (
            "Viele Daten der Stadt liegen irgendwo in PDFs: Haushalt, Baumkataster, Parkhausbelegung, "
            "Verkehrszählungen. Ein offenes Datenportal mit maschinenlesbaren Formaten und freier Lizenz "
            "würde es Initiativen, der Uni und Start-ups ermöglichen, nützliche Anwendungen zu bauen.\n\n"
            "Die Datensätze sollten zusätzlich über https://www.govdata.de bundesweit auffindbar sein, "
            "wie es andere Städte schon machen.\n\n"
            "Wichtig: regelmäßig aktualisieren, sonst bringt es nichts. Lieber mit zehn guten, aktuellen "
            "Datensätzen anfangen als mit hundert veralteten. Für den Anfang wären aus meiner Sicht am "
            "nützlichsten: Haltestellen und Echtzeitdaten der KVG, die Standorte von Trinkbrunnen, "
            "öffentlichen Toiletten und Spielplätzen, das Baumkataster und die Ergebnisse der "
            "Verkehrszählungen.\n\n"
            "Und bitte eine Ansprechperson nennen, an die man Fehler in den Daten melden kann."
        ),
    },
    {
        "key": "haushalt-interaktiv",
        "action_field": "citizen",
        "theme": "citizen-open-data",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 78,
        "title": "Den städtischen Haushalt verständlich darstellen",
        "body": (
            "Wohin fließt eigentlich das Geld? Eine interaktive Grafik, in der man sich vom "
            "Gesamthaushalt bis zu einzelnen Bereichen durchklicken kann, würde mehr bringen als ein PDF "
            "mit 800 Seiten."
        ),
    },
    {
        "key": "ratsinfo-durchsuchbar",
        "action_field": "citizen",
        "theme": "citizen-open-data",
        "lang": "de",
        "district": "bettenhausen",
        "lat": 51.3112,
        "lon": 9.5268,
        "author": 145,
        "title": "Ratsinformationssystem durchsuchbar und handyfreundlich machen",
        "body": (
            "Wenn ich wissen will, was der Ortsbeirat Bettenhausen zu einem Bauprojekt beschlossen hat, "
            "muss ich mich durch PDFs wühlen. Volltextsuche und Benachrichtigungen für den eigenen "
            "Stadtteil wären super."
        ),
    },
    {
        "key": "parkhaus-daten-offen",
        "action_field": "citizen",
        "theme": "citizen-open-data",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3140,
        "lon": 9.4920,
        "author": 186,
        "title": "Offene Echtzeitdaten zu Parkhäusern und Ladesäulen",
        "body": (
            "Die Belegung der Parkhäuser wird ja schon angezeigt. Wenn die Daten offen wären, könnten "
            "Navi-Apps sie nutzen, und der Parksuchverkehr würde weniger."
        ),
    },
    {
        "key": "open-data-hackathon",
        "action_field": "citizen",
        "theme": "citizen-open-data",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3230,
        "lon": 9.5060,
        "author": 216,
        "title": "Hackathon mit Uni und Kasseler Tech-Szene",
        "body": (
            "Einmal im Jahr ein Wochenende, an dem städtische Daten freigegeben werden und Teams daraus "
            "Ideen bauen. Am Campus Holländischer Platz gibt's Platz dafür."
        ),
    },
    {
        "key": "nachbarschaftsplattform-stadtteil",
        "action_field": "citizen",
        "theme": "citizen-neighbourhood-platform",
        "lang": "de",
        "district": "wolfsanger-hasenhecke",
        "lat": 51.3382,
        "lon": 9.5296,
        "author": 61,
        "title": "Eine werbefreie Nachbarschaftsplattform für jeden Stadtteil",
        "body": (
            "Es gibt private Nachbarschafts-Apps und zig Gruppen in sozialen Netzwerken, aber die Infos "
            "sind verstreut und gehören großen Firmen. Eine werbefreie Plattform für jeden Stadtteil mit "
            "Terminen, Tauschbörse und Hilfe-Anfragen, betrieben zusammen mit den Stadtteilzentren, fände "
            "ich besser."
        ),
    },
    {
        "key": "schwarzes-brett-vereine",
        "action_field": "citizen",
        "theme": "citizen-neighbourhood-platform",
        "lang": "de",
        "district": "jungfernkopf",
        "lat": 51.3518,
        "lon": 9.4563,
        "author": 115,
        "title": "Digitales Schwarzes Brett für Vereine im Stadtteil",
        "body": (
            "Unser Sportverein in Jungfernkopf findet kaum noch Nachwuchs, weil niemand von uns weiß. Ein "
            "gemeinsames digitales Schwarzes Brett für alle Vereine im Stadtteil wäre hilfreich."
        ),
    },
    {
        "key": "kassel-app-fuers-viertel",
        "action_field": "citizen",
        "theme": "citizen-neighbourhood-platform",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3163,
        "lon": 9.4651,
        "author": 262,
        "title": "Nachbarschafts-App fürs Viertel, ohne Werbung",
        "body": (
            "Ne eigene Kassel-App fürs Viertel wär cool: Leute können Werkzeug verleihen, Hilfe beim "
            "Einkaufen anbieten, Flohmärkte ankündigen. Ohne Werbung und Datensammelei bitte."
        ),
    },
    {
        "key": "karte-leihlaeden-repaircafes",
        "action_field": "citizen",
        "theme": "citizen-neighbourhood-platform",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3268,
        "lon": 9.5012,
        "author": 70,
        "title": "Karte mit Leihläden, Repair-Cafés und Tauschregalen",
        "body": (
            "In Kassel gibt es tolle Angebote zum Leihen und Reparieren, etwa das Repair-Café in der "
            "Nordstadt, aber man findet sie nur durch Zufall. Eine gemeinsame Karte, die die Initiativen "
            "selbst pflegen können."
        ),
    },
    {
        "key": "ortsbeirat-livestream",
        "action_field": "citizen",
        "theme": "citizen-neighbourhood-platform",
        "lang": "de",
        "district": "philippinenhof-warteberg",
        "lat": 51.3408,
        "lon": 9.4848,
        "author": 193,
        "title": "Ortsbeiratssitzungen streamen und Fragen vorher online einreichen",
        "body": (
            "Die Sitzungen des Ortsbeirats sind abends um 19 Uhr, da kann ich mit zwei kleinen Kindern "
            "nicht hin. Ein Livestream und die Möglichkeit, vorher online Fragen zu stellen, würden mehr "
            "Leute beteiligen."
        ),
    },
    {
        "key": "antraege-online-status",
        "action_field": "citizen",
        "theme": "citizen-easy-administration",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 27,
        "title": "Alle Anträge online stellen und den Bearbeitungsstand sehen",
        "body": (
            "Egal ob Wohngeld, Anwohnerparkausweis oder Sondernutzung für ein Straßenfest: Ich möchte "
            "online beantragen, Unterlagen hochladen und dann sehen, wo mein Antrag gerade liegt. Wie bei "
            "einer Paketverfolgung."
        ),
    },
    {
        "key": "forms-screen-readers-en",
        "action_field": "citizen",
        "theme": "citizen-easy-administration",
        "lang": "en",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 109,
        "title": "Online forms that work with screen readers",
        "body": (
            "I'm blind and use a screen reader. Several of the city's online forms have unlabelled fields "
            "and CAPTCHAs I cannot solve. Please test every form with disabled users before it goes live."
        ),
    },
    {
        "key": "ein-buergerkonto",
        "action_field": "citizen",
        "theme": "citizen-easy-administration",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 112,
        "title": "Ein Bürgerkonto für alle städtischen Dienste",
        "body": (
            "Für die Bibliothek, die Kita-Anmeldung, das Parken und die Hundesteuer brauche ich jeweils "
            "andere Zugänge. Ein einziges Bürgerkonto mit allen Vorgängen wäre viel einfacher."
        ),
    },
    {
        "key": "wo-ist-mein-antrag",
        "action_field": "citizen",
        "theme": "citizen-easy-administration",
        "lang": "de",
        "district": "oberzwehren",
        "lat": 51.2792,
        "lon": 9.4448,
        "author": 298,
        "title": "Wo ist mein Antrag? Sendungsverfolgung für Behördengänge",
        "body": (
            "Seit 9 Wochen warte ich auf den Bescheid für meinen Wohngeldantrag, am Telefon erreicht man "
            "niemanden. Einfach online anzeigen, in welchem Schritt der Antrag ist, dann muss auch keiner "
            "mehr anrufen."
        ),
    },
    {
        "key": "buecherschrank-forstfeld",
        "action_field": "citizen",
        "theme": "",
        "lang": "de",
        "district": "forstfeld",
        "lat": 51.2992,
        "lon": 9.5362,
        "author": 157,
        "title": "Öffentlicher Bücherschrank für Forstfeld",
        "body": "Forstfeld hat keinen offenen Bücherschrank. Alte Telefonzelle?",
    },
    {
        "key": "jugendliche-online-mitreden",
        "action_field": "citizen",
        "theme": "",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 280,
        "title": "Jugendliche online mitentscheiden lassen",
        "body": (
            "Bei uns an der Schule weiß keiner, wie man bei der Stadt mitreden kann. Eine eigene Seite "
            "mit Umfragen für Jugendliche, beworben über Insta, würde da mehr bringen als Plakate."
        ),
    },
    {
        "key": "sommerkino-abstimmung",
        "action_field": "citizen",
        "theme": "",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.3078,
        "lon": 9.4951,
        "author": 92,
        "title": "Online abstimmen, welche Filme beim Sommerkino laufen",
        "body": (
            "kleine idee: beim Sommerkino an der Orangerie könnten die Leute online mit abstimmen, "
            "welcher Film läuft. Macht Spaß und bringt Leute auf die Seite."
        ),
    },
    {
        "key": "baum-bodenfeuchte-sensoren",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3147,
        "lon": 9.4722,
        "author": 14,
        "title": "Bodenfeuchte-Sensoren an Straßenbäumen",
        "body": (
            "Die letzten Sommer waren brutal für unsere Straßenbäume. In der Friedrich-Ebert-Straße sind "
            "mehrere junge Linden vertrocknet, obwohl Anwohner gegossen haben – man weiß einfach nicht, "
            "wann ein Baum wirklich Wasser braucht.\n\n"
            "Vorschlag: An ausgewählten Bäumen Sensoren in verschiedenen Tiefen einbauen, die die "
            "Bodenfeuchte messen und per Funk (LoRaWAN) melden. Die Daten zeigt eine öffentliche Karte "
            "an: grün = alles gut, rot = dringend gießen.\n\n"
            "So können die Gießtrupps der Stadt gezielter fahren, und Nachbarinnen und Nachbarn wissen, "
            "wo ihr Eimer Wasser am meisten bringt."
        ),
    },
    {
        "key": "giess-app-baumpaten",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "de",
        "district": "wehlheiden",
        "lat": 51.3071,
        "lon": 9.4628,
        "author": 48,
        "title": "Gieß-App für Baumpatenschaften wie in Berlin",
        "body": (
            "In Berlin gibt es https://www.giessdenkiez.de – da sieht man auf einer Karte, welcher Baum "
            "wann zuletzt gegossen wurde, und kann sich als Patin eintragen. Sowas bräuchte Kassel auch, "
            "gern mit Sensoren kombiniert. Ich würde die Linde vor unserem Haus in Wehlheiden sofort "
            "adoptieren."
        ),
    },
    {
        "key": "tree-watering-map-en",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "en",
        "district": "suedstadt",
        "lat": 51.3003,
        "lon": 9.4842,
        "author": 111,
        "title": "A map showing which street trees need water",
        "body": (
            "In summer I'd love to help water the trees on my street in Südstadt, but I never know which "
            "ones are thirsty. Sensors and a simple public map with alerts would let neighbours help "
            "where it counts."
        ),
    },
    {
        "key": "baumkataster-oeffentlich",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 189,
        "title": "Baumkataster öffentlich machen, mit Zustand der Bäume",
        "body": (
            "Die Stadt hat ein Baumkataster. Warum nicht öffentlich machen, mit Baumart, Alter und "
            "Zustand, und Bürger können Schäden melden (z.B. abgebrochene Äste nach einem Sturm)."
        ),
    },
    {
        "key": "sensoren-altbaeume-karlsaue",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.3036,
        "lon": 9.4962,
        "author": 68,
        "title": "Sensoren für die alten Bäume in der Karlsaue",
        "body": (
            "Die Karlsaue verliert jedes Jahr alte Bäume durch Trockenheit. Messungen von Bodenfeuchte "
            "und Grundwasser an mehreren Stellen könnten zeigen, wo bewässert werden muss, bevor es zu "
            "spät ist."
        ),
    },
    {
        "key": "warnsystem-trockene-baeume",
        "action_field": "ecosystem",
        "theme": "ecosystem-tree-sensors",
        "lang": "de",
        "district": "wehlheiden",
        "lat": 51.3050,
        "lon": 9.4540,
        "author": 254,
        "title": "Warnsystem, wenn Stadtbäume vertrocknen",
        "body": (
            "Bei uns in der Kohlenstraße stehen junge Bäume, die jeden Sommer braun werden. Kann man "
            "nicht messen, wann die Wasser brauchen, und dann ne Push-Nachricht an die Anwohner schicken? "
            "Würd ich mitmachen."
        ),
    },
    {
        "key": "hitzekarte-kassel",
        "action_field": "ecosystem",
        "theme": "ecosystem-heat-shade",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3157,
        "lon": 9.4971,
        "author": 91,
        "title": "Hitzekarte: Wo ist es in Kassel im Sommer am heißesten?",
        "body": (
            "Mit Temperatursensoren an Laternen könnte man eine Karte der Hitzeinseln erstellen – "
            "Königsplatz, Holländische Straße, die großen Parkplätze. Daraus ließe sich ableiten, wo "
            "zuerst Bäume gepflanzt und Flächen entsiegelt werden sollten."
        ),
    },
    {
        "key": "trinkbrunnen-karte",
        "action_field": "ecosystem",
        "theme": "ecosystem-heat-shade",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3134,
        "lon": 9.4966,
        "author": 177,
        "title": "Mehr Trinkbrunnen und eine Karte dazu",
        "body": (
            "An heißen Tagen findet man in der Innenstadt kaum kostenloses Trinkwasser. Mehr Trinkbrunnen "
            "(Friedrichsplatz, Königsplatz, Bahnhof Wilhelmshöhe) und eine Karte in einer App wären gut "
            "für alle, besonders für Ältere und Kinder."
        ),
    },
    {
        "key": "kuehle-orte-app",
        "action_field": "ecosystem",
        "theme": "ecosystem-heat-shade",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3295,
        "lon": 9.4945,
        "author": 23,
        "title": "Kühle Orte finden: schattige Plätze und offene Räume auf einer Karte",
        "body": (
            "Wenn es über 35 Grad sind, wüsste ich gern, welche Orte in meiner Nähe kühl sind: Parks mit "
            "Schatten, Kirchen, Bibliotheken, klimatisierte Räume. Das hilft vor allem Leuten in "
            "Dachwohnungen ohne Garten."
        ),
    },
    {
        "key": "koenigsplatz-schatten",
        "action_field": "ecosystem",
        "theme": "ecosystem-heat-shade",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3154,
        "lon": 9.4978,
        "author": 237,
        "title": "Der Königsplatz braucht Schatten",
        "body": (
            "Im Sommer ist der Königsplatz eine Steinwüste. Sonnensegel, Bäume in großen Kübeln, ein "
            "Wasserspiel – irgendwas! Und messen, ob es was bringt."
        ),
    },
    {
        "key": "hitzewarnung-sms",
        "action_field": "ecosystem",
        "theme": "ecosystem-heat-shade",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 149,
        "title": "Hitzewarnung per SMS für ältere Menschen",
        "body": (
            "Bei angekündigter Hitze könnten sich Ältere oder ihre Angehörigen für eine SMS-Warnung mit "
            "Tipps anmelden. Dazu eine Telefonnummer, unter der man Hilfe bekommt."
        ),
    },
    {
        "key": "fulda-pegel-live",
        "action_field": "ecosystem",
        "theme": "ecosystem-fulda-flood-rain",
        "lang": "de",
        "district": "unterneustadt",
        "lat": 51.3088,
        "lon": 9.5018,
        "author": 19,
        "title": "Fulda-Pegel live und Hochwasserwarnung aufs Handy",
        "body": (
            "Bei Hochwasser steht der Auedamm regelmäßig unter Wasser, und manche Keller in der "
            "Unterneustadt auch. Ein Pegel mit Live-Anzeige und eine Warn-App für Anwohnerinnen und "
            "Anwohner wären eine große Hilfe."
        ),
    },
    {
        "key": "starkregen-sensoren-losse",
        "action_field": "ecosystem",
        "theme": "ecosystem-fulda-flood-rain",
        "lang": "de",
        "district": "bettenhausen",
        "lat": 51.3118,
        "lon": 9.5312,
        "author": 84,
        "title": "Starkregen-Sensoren an der Losse in Bettenhausen",
        "body": (
            "Die Losse ist sonst ein kleiner Bach, aber bei Starkregen steigt sie extrem schnell. "
            "Sensoren, die den Wasserstand messen und früh warnen, würden Anwohnern Zeit geben, ihre "
            "Keller zu sichern."
        ),
    },
    {
        "key": "starkregen-gefahrenkarte",
        "action_field": "ecosystem",
        "theme": "ecosystem-fulda-flood-rain",
        "lang": "de",
        "district": "niederzwehren",
        "lat": 51.2812,
        "lon": 9.4635,
        "author": 205,
        "title": "Starkregen-Gefahrenkarte für jedes Haus",
        "body": (
            "Ich möchte wissen, ob mein Haus bei Starkregen gefährdet ist. Eine öffentliche Karte mit "
            "Fließwegen und Senken, wie sie andere Städte haben, dazu Tipps und Förderung für "
            "Rückstauklappen."
        ),
    },
    {
        "key": "hochwasser-warnung-auedamm",
        "action_field": "ecosystem",
        "theme": "ecosystem-fulda-flood-rain",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.3049,
        "lon": 9.4932,
        "author": 272,
        "title": "Hochwasser-Warnung für Auedamm und Fuldaaue",
        "body": (
            "wenn die Fulda hochkommt, erfährt man das meistens erst, wenn man mit dem Rad am Auedamm vor "
            "der Absperrung steht. Bitte Warnung per App oder wenigstens eine Anzeige an den Zugängen."
        ),
    },
    {
        "key": "regenwasser-zisternen",
        "action_field": "ecosystem",
        "theme": "ecosystem-fulda-flood-rain",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 128,
        "title": "Regenwasser speichern: Sensoren und Förderung für Zisternen",
        "body": (
            "Statt Regenwasser in den Kanal zu leiten, sollten mehr Zisternen für die Bewässerung von "
            "Grünflächen und Schulhöfen genutzt werden. Mit Füllstandssensoren wüsste man, wann sie vor "
            "dem nächsten Starkregen geleert werden sollten."
        ),
    },
    {
        "key": "luftsensoren-hollaendische",
        "action_field": "ecosystem",
        "theme": "ecosystem-air-quality",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3301,
        "lon": 9.4981,
        "author": 40,
        "title": "Luftqualitäts-Sensoren an der Holländischen Straße",
        "body": (
            "An der Holländischen Straße stehen wir täglich im Abgas. Günstige Sensoren für Feinstaub und "
            "Stickoxide an mehreren Stellen, die Daten live und öffentlich – dann sieht man schwarz auf "
            "weiß, wie belastet die Straße ist."
        ),
    },
    {
        "key": "luftdaten-tempo30",
        "action_field": "ecosystem",
        "theme": "ecosystem-air-quality",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.2985,
        "lon": 9.4878,
        "author": 181,
        "title": "Bei schlechter Luft automatisch Tempo 30",
        "body": (
            "Wenn die Sensoren hohe Werte messen, sollten digitale Schilder auf den Hauptstraßen wie der "
            "Frankfurter Straße automatisch Tempo 30 anzeigen. Das macht es auch für Fußgänger sicherer."
        ),
    },
    {
        "key": "luft-messen-keine-fahrverbote",
        "action_field": "ecosystem",
        "theme": "ecosystem-air-quality",
        "lang": "de",
        "district": "nordshausen",
        "lat": 51.2801,
        "lon": 9.4268,
        "author": 66,
        "title": "Luft messen ja – aber keine neuen Fahrverbote",
        "body": (
            "Messen finde ich gut, Transparenz auch. Aber ich pendle aus Nordshausen zur Arbeit nach "
            "Bettenhausen und habe keine vernünftige Alternative zum Auto. Die Daten dürfen nicht als "
            "Vorwand für Fahrverbote dienen, solange Bus und Tram bei uns abends nur alle 30 Minuten "
            "fahren."
        ),
    },
    {
        "key": "luftmessung-schulen-kitas",
        "action_field": "ecosystem",
        "theme": "ecosystem-air-quality",
        "lang": "de",
        "district": "rothenditmold",
        "lat": 51.3296,
        "lon": 9.4728,
        "author": 103,
        "title": "Luftmessung an Schulen und Kitas an Hauptstraßen",
        "body": (
            "Kinder atmen mehr Luft pro Kilo Körpergewicht. An Schulen und Kitas an großen Straßen "
            "sollten Sensoren hängen, und die Kinder könnten die Daten sogar im Unterricht auswerten."
        ),
    },
    {
        "key": "feinstaub-nordstadt",
        "action_field": "ecosystem",
        "theme": "ecosystem-air-quality",
        "lang": "de",
        "district": "nord-holland",
        "lat": 51.3283,
        "lon": 9.4969,
        "author": 307,
        "title": "Feinstaub in der Nordstadt messen",
        "body": (
            "Wir haben in der Nordstadt viel Verkehr und Gewerbe. Es gibt ja Feinstaub-Sensoren zum "
            "Selberbauen, die Stadt könnte welche verteilen und die Daten auf einer Karte zeigen."
        ),
    },
    {
        "key": "muelleimer-sensor-auedamm",
        "action_field": "ecosystem",
        "theme": "ecosystem-waste-smart-bins",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.3052,
        "lon": 9.4928,
        "author": 3,
        "title": "Mülleimer mit Füllstandssensor an Auedamm und Karlsaue",
        "body": (
            "An Sommerwochenenden quellen die Mülleimer am Auedamm über, am Montag liegt alles auf der "
            "Wiese und in der Fulda. Sensoren, die melden, wenn ein Eimer voll ist, würden die Leerung "
            "viel gezielter machen."
        ),
    },
    {
        "key": "volle-muelleimer-melden",
        "action_field": "ecosystem",
        "theme": "ecosystem-waste-smart-bins",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.2968,
        "lon": 9.5058,
        "author": 268,
        "title": "Volle Mülleimer automatisch melden",
        "body": (
            "Jeden Sonntag das gleiche Bild an der Fuldaaue: Mülleimer voll, Müll daneben, Krähen "
            "verteilen ihn. Smarte Mülleimer, die selbst melden, wenn sie voll sind, gibts doch schon in "
            "anderen Städten!"
        ),
    },
    {
        "key": "smart-bins-fulda-en",
        "action_field": "ecosystem",
        "theme": "ecosystem-waste-smart-bins",
        "lang": "en",
        "district": "suedstadt",
        "lat": 51.3054,
        "lon": 9.5004,
        "author": 113,
        "title": "Bins that report when they're full, and a way to report litter",
        "body": (
            "I jog along the Fulda every morning, and the bins near the Drahtbrücke are often "
            "overflowing. Sensor bins and a simple app to report dumped rubbish (photo and location) "
            "would keep the riverside clean."
        ),
    },
    {
        "key": "sperrmuell-wertstoffhof-app",
        "action_field": "ecosystem",
        "theme": "ecosystem-waste-smart-bins",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 153,
        "title": "Sperrmüll und Wertstoffhof: Termine und Wartezeiten per App",
        "body": (
            "Sperrmüll anmelden geht nur telefonisch oder per Formular, und am Wertstoffhof steht man "
            "samstags ewig. Eine App mit Terminbuchung und Anzeige der Wartezeit wäre super."
        ),
    },
    {
        "key": "wilden-muell-melden",
        "action_field": "ecosystem",
        "theme": "ecosystem-waste-smart-bins",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2850,
        "lon": 9.5175,
        "author": 284,
        "title": "Wilden Müll per Foto melden",
        "body": (
            "In Waldau am Waldrand wird ständig Müll abgeladen. Eine Meldefunktion mit Foto und Standort, "
            "und dann eine Rückmeldung, wann es weggeräumt wurde."
        ),
    },
    {
        "key": "bluehwiesen-strassenrand",
        "action_field": "ecosystem",
        "theme": "",
        "lang": "de",
        "district": "harleshausen",
        "lat": 51.3441,
        "lon": 9.4318,
        "author": 31,
        "title": "Blühwiesen statt Rasen an Straßenrändern",
        "body": (
            "Viele Grünstreifen werden ständig gemäht. Mehr Blühwiesen für Insekten, mit kleinen "
            "Schildern, warum das so aussieht – sonst beschweren sich die Leute über „ungepflegt“."
        ),
    },
    {
        "key": "bergpark-besucheranzeige",
        "action_field": "ecosystem",
        "theme": "",
        "lang": "de",
        "district": "bad-wilhelmshoehe",
        "lat": 51.3160,
        "lon": 9.3940,
        "author": 125,
        "title": "Anzeige, wie voll es im Bergpark gerade ist",
        "body": (
            "An schönen Wochenenden ist der Bergpark überlaufen, besonders bei den Wasserspielen am "
            "Herkules. Eine Anzeige, wie voll es gerade ist, könnte Besucher auf andere Zeiten verteilen "
            "und die Natur schonen."
        ),
    },
    {
        "key": "kroetenwanderung-doenche",
        "action_field": "ecosystem",
        "theme": "",
        "lang": "de",
        "district": "suesterfeld-helleboehn",
        "lat": 51.2905,
        "lon": 9.4345,
        "author": 198,
        "title": "Krötenwanderung an der Dönche",
        "body": (
            "Jedes Frühjahr werden an der Straße entlang der Dönche Kröten überfahren. Warnschilder, die "
            "nur während der Wanderung leuchten, wären toll."
        ),
    },
    {
        "key": "stadtimkerei-daecher",
        "action_field": "ecosystem",
        "theme": "",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 311,
        "title": "Bienenstöcke auf städtischen Dächern",
        "body": (
            "Kurzer Vorschlag: Bienenvölker auf Dächern von Schulen und Verwaltungsgebäuden, mit einer "
            "Webcam am Bienenstock für die Kinder."
        ),
    },
    {
        "key": "photovoltaik-schuldaecher",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 43,
        "title": "Photovoltaik auf alle Schuldächer",
        "body": (
            "Die Schulen in Kassel haben riesige Flachdächer, auf denen fast nichts passiert. Mit "
            "Photovoltaik könnten sie einen großen Teil ihres Stroms selbst erzeugen – gerade tagsüber, "
            "wenn Unterricht ist.\n\n"
            "Dazu eine Anzeige im Eingangsbereich, wie viel Strom gerade erzeugt wird, und "
            "Unterrichtsmaterial dazu. So lernen die Kinder gleich mit, wie die Energiewende "
            "funktioniert.\n\n"
            "Finanzieren könnte man das über eine Bürgerbeteiligung, bei der Eltern und Nachbarn Anteile "
            "kaufen."
        ),
    },
    {
        "key": "solar-turnhallen-wolfsanger",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "wolfsanger-hasenhecke",
        "lat": 51.3372,
        "lon": 9.5318,
        "author": 247,
        "title": "Solar auf Turnhallen und Schulen – die Dächer sind doch da!",
        "body": (
            "Warum sind auf den Turnhallen hier in Wolfsanger keine Solarplatten? Die Dächer liegen "
            "perfekt nach Süden. Bitte alle städtischen Dächer prüfen und belegen."
        ),
    },
    {
        "key": "solarkataster",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 76,
        "title": "Solarkataster: Lohnt sich Solar auf meinem Dach?",
        "body": (
            "Eine Karte, auf der ich mein Haus anklicke und sehe, wie viel Strom mein Dach liefern "
            "könnte, was es kostet und welche Förderung es gibt. Dazu Kontakte zu Handwerksbetrieben aus "
            "der Region."
        ),
    },
    {
        "key": "balcony-solar-renters-en",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "en",
        "district": "vorderer-westen",
        "lat": 51.3159,
        "lon": 9.4688,
        "author": 116,
        "title": "Help renters install balcony solar panels",
        "body": (
            "I rent a flat in Vorderer Westen and would like to put a small solar panel on my balcony, "
            "but I don't know the rules or how to ask my landlord. A short guide in English and German, "
            "maybe with a subsidy, would help a lot of tenants."
        ),
    },
    {
        "key": "balkonkraftwerk-zuschuss",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 133,
        "title": "Zuschuss für Balkonkraftwerke",
        "body": (
            "Kleine Steckersolargeräte sind für Mieter die einzige Möglichkeit, selbst Strom zu machen. "
            "Ein städtischer Zuschuss von 100 bis 200 Euro und eine Sammelbestellung würden viele "
            "überzeugen."
        ),
    },
    {
        "key": "solardach-parkplaetze",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.2952,
        "lon": 9.4873,
        "author": 114,
        "title": "Große Parkplätze mit Solardächern überdachen",
        "body": (
            "Die Parkplätze am Auestadion und an den Einkaufszentren sind im Sommer glühend heiß. "
            "Solardächer darüber spenden Schatten und erzeugen Strom."
        ),
    },
    {
        "key": "solar-altbau-ensembleschutz",
        "action_field": "h2quarters",
        "theme": "h2quarters-solar-roofs",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3174,
        "lon": 9.4645,
        "author": 159,
        "title": "Solar auch auf Altbauten im Vorderen Westen erlauben",
        "body": (
            "Wir wohnen in einem Altbau im Vorderen Westen und dürfen wegen des Ensembleschutzes keine "
            "Solaranlage aufs Dach setzen. Es gibt inzwischen rote Solarziegel, die man kaum sieht – die "
            "Stadt sollte hier klare, einfachere Regeln machen."
        ),
    },
    {
        "key": "wasserstoffbusse-kvg",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 52,
        "title": "Wasserstoffbusse für die KVG",
        "body": (
            "Die KVG sollte schrittweise auf Wasserstoffbusse umstellen, betankt mit grünem Wasserstoff "
            "aus der Region. Das wäre leise, sauber und ein Aushängeschild für Kassel als Smart City."
        ),
    },
    {
        "key": "batterie-statt-wasserstoff",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 87,
        "title": "Lieber Elektrobusse mit Batterie als teurer Wasserstoff",
        "body": (
            "Ich halte Wasserstoffbusse für den falschen Weg. Sie brauchen pro Kilometer ein Vielfaches "
            "an Strom im Vergleich zu Batteriebussen, die Fahrzeuge und die Tankstelle sind deutlich "
            "teurer, und grüner Wasserstoff ist knapp.\n\n"
            "Das Geld wäre besser in Batteriebusse und mehr Fahrten investiert. Den Wasserstoff sollte "
            "man der Industrie überlassen, wo es keine Alternative gibt.\n\n"
            "Bevor hier Millionen ausgegeben werden, bitte eine offene Kostenrechnung veröffentlichen."
        ),
    },
    {
        "key": "h2-tankstelle-waldau",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2886,
        "lon": 9.5212,
        "author": 117,
        "title": "Wasserstoff-Tankstelle im Gewerbegebiet Waldau",
        "body": (
            "Für Busse, Müllfahrzeuge und Lkw der Firmen im Gewerbegebiet könnte eine gemeinsame "
            "H2-Tankstelle in Waldau entstehen. Je mehr Nutzer, desto günstiger wird es."
        ),
    },
    {
        "key": "muellwagen-wasserstoff",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "philippinenhof-warteberg",
        "lat": 51.3415,
        "lon": 9.4862,
        "author": 235,
        "title": "Müllfahrzeuge mit Wasserstoff betreiben",
        "body": (
            "Die Müllabfuhr fährt morgens um sechs durch unsere engen Wohnstraßen in Philippinenhof und "
            "ist laut. Wasserstoff-Müllwagen wären leiser und sauberer."
        ),
    },
    {
        "key": "wasserstoffbusse-zu-teuer",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "nordshausen",
        "lat": 51.2795,
        "lon": 9.4281,
        "author": 290,
        "title": "Wasserstoffbusse sind zu teuer – erst mal den Takt verbessern",
        "body": (
            "Wasserstoff klingt modern, aber die Busse kosten ein Vermögen. Bei uns in Nordshausen fährt "
            "abends kaum was. Ich will lieber öfter einen normalen Bus als alle halbe Stunde einen teuren "
            "Wasserstoffbus."
        ),
    },
    {
        "key": "wasserstoff-infoabend",
        "action_field": "h2quarters",
        "theme": "h2quarters-hydrogen-buses",
        "lang": "de",
        "district": "bettenhausen",
        "lat": 51.3102,
        "lon": 9.5254,
        "author": 167,
        "title": "Infoabende zu Wasserstoff im Quartier",
        "body": (
            "Viele wissen nicht, ob Wasserstoff gefährlich ist oder was er bringt. Bevor Tankstellen oder "
            "Leitungen gebaut werden, bitte offene Infoveranstaltungen in den betroffenen Stadtteilen."
        ),
    },
    {
        "key": "waermeplanung-meine-strasse",
        "action_field": "h2quarters",
        "theme": "h2quarters-district-heating",
        "lang": "de",
        "district": "kirchditmold",
        "lat": 51.3279,
        "lon": 9.4398,
        "author": 11,
        "title": "Wärmeplanung: Wann kommt Fernwärme in meine Straße?",
        "body": (
            "Ich muss in den nächsten Jahren meine Gasheizung ersetzen und weiß nicht, ob sich eine "
            "Wärmepumpe lohnt oder ob bald Fernwärme kommt. Eine öffentliche Karte der kommunalen "
            "Wärmeplanung mit Zeitplan pro Straße wäre enorm hilfreich."
        ),
    },
    {
        "key": "waermeplan-interaktiv",
        "action_field": "h2quarters",
        "theme": "h2quarters-district-heating",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 221,
        "title": "Kommunale Wärmeplanung als interaktive Karte veröffentlichen",
        "body": (
            "Bitte die Wärmeplanung nicht nur als PDF-Gutachten, sondern als interaktive Karte: Wo kommt "
            "Fernwärme, wo Nahwärme, wo bleibt's bei der eigenen Heizung? Hausbesitzer brauchen "
            "Planungssicherheit."
        ),
    },
    {
        "key": "fernwaerme-anschlusspflicht",
        "action_field": "h2quarters",
        "theme": "h2quarters-district-heating",
        "lang": "de",
        "district": "niederzwehren",
        "lat": 51.2825,
        "lon": 9.4702,
        "author": 143,
        "title": "Anschlusspflicht an die Fernwärme in Neubaugebieten",
        "body": (
            "In neuen Quartieren sollte jedes Haus an die Fernwärme angeschlossen werden müssen, sonst "
            "lohnt sich das Netz nicht. Abwärme aus Industrie und Müllheizkraftwerk ist genug vorhanden."
        ),
    },
    {
        "key": "keine-zwangsanschluesse",
        "action_field": "h2quarters",
        "theme": "h2quarters-district-heating",
        "lang": "de",
        "district": "brasselsberg",
        "lat": 51.2938,
        "lon": 9.4148,
        "author": 73,
        "title": "Keine Zwangsanschlüsse an die Fernwärme",
        "body": (
            "Fernwärme ist ein Monopol: Man kann den Anbieter nicht wechseln, und die Preise sind nicht "
            "transparent. Ich möchte selbst entscheiden, ob ich eine Wärmepumpe einbaue. Eine "
            "Anschlusspflicht lehne ich ab."
        ),
    },
    {
        "key": "abwaerme-betriebe-nutzen",
        "action_field": "h2quarters",
        "theme": "h2quarters-district-heating",
        "lang": "de",
        "district": "bettenhausen",
        "lat": 51.3095,
        "lon": 9.5299,
        "author": 261,
        "title": "Abwärme von Rechenzentren und Betrieben nutzen",
        "body": (
            "Rechenzentren, Bäckereien, Kühlhäuser – überall entsteht Abwärme, die einfach in die Luft "
            "geht. Ein Abwärmekataster und Nahwärmenetze im Quartier könnten das nutzen."
        ),
    },
    {
        "key": "energiegemeinschaft-jungfernkopf",
        "action_field": "h2quarters",
        "theme": "h2quarters-energy-communities",
        "lang": "de",
        "district": "jungfernkopf",
        "lat": 51.3525,
        "lon": 9.4551,
        "author": 107,
        "title": "Energiegemeinschaft im Quartier gründen",
        "body": (
            "In der Siedlung am Jungfernkopf gibt es viele Einfamilienhäuser mit Solaranlagen, die "
            "mittags Strom ins Netz einspeisen, während nebenan Strom aus dem Netz gekauft wird.\n\n"
            "Idee: Die Stadt hilft dabei, eine Energiegemeinschaft aufzubauen, in der Nachbarn Strom "
            "untereinander teilen – mit Beratung zu Rechtsform, Zählern und Abrechnung und einer "
            "Plattform, die zeigt, wann gerade viel Sonnenstrom da ist.\n\n"
            "Dann könnte man zum Beispiel die Waschmaschine genau dann laufen lassen."
        ),
    },
    {
        "key": "mieterstrom-wohnblocks",
        "action_field": "h2quarters",
        "theme": "h2quarters-energy-communities",
        "lang": "de",
        "district": "oberzwehren",
        "lat": 51.2755,
        "lon": 9.4471,
        "author": 185,
        "title": "Mieterstrom auf den großen Wohnblocks",
        "body": (
            "Die großen Wohnblocks in Oberzwehren am Brückenhof könnten Solarstrom direkt an die Mieter "
            "verkaufen. Das senkt die Nebenkosten gerade für Menschen mit wenig Geld."
        ),
    },
    {
        "key": "buergersolarpark",
        "action_field": "h2quarters",
        "theme": "h2quarters-energy-communities",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2890,
        "lon": 9.5260,
        "author": 276,
        "title": "Bürgersolarpark, an dem sich alle beteiligen können",
        "body": (
            "Auf Freiflächen wie am Rand des Gewerbegebiets Waldau einen Solarpark bauen, mit Anteilen ab "
            "100 Euro, damit auch Leute ohne eigenes Dach an der Energiewende verdienen können."
        ),
    },
    {
        "key": "oekostrom-ampel-app",
        "action_field": "h2quarters",
        "theme": "h2quarters-energy-communities",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 155,
        "title": "App, die zeigt, wann Ökostrom im Netz reichlich ist",
        "body": (
            "ne Ampel fürs Handy: grün = gerade viel Wind und Sonne, jetzt Waschmaschine anmachen oder "
            "E-Auto laden. Gibt's teilweise schon, aber nicht für Kassel mit Daten von den Städtischen "
            "Werken."
        ),
    },
    {
        "key": "quartierspeicher-helleboehn",
        "action_field": "h2quarters",
        "theme": "h2quarters-energy-communities",
        "lang": "de",
        "district": "suesterfeld-helleboehn",
        "lat": 51.2960,
        "lon": 9.4422,
        "author": 26,
        "title": "Quartierspeicher für Solarstrom in Helleböhn",
        "body": (
            "Ein gemeinsamer Batteriespeicher im Quartier statt eines eigenen in jedem Haushalt – "
            "günstiger und effizienter. Helleböhn mit den vielen Flachdächern wäre ein gutes Pilotgebiet."
        ),
    },
    {
        "key": "energieberatung-online-stadtteil",
        "action_field": "h2quarters",
        "theme": "h2quarters-renovation-advice",
        "lang": "de",
        "district": "forstfeld",
        "lat": 51.3010,
        "lon": 9.5330,
        "author": 95,
        "title": "Kostenlose Energieberatung online und im Stadtteil",
        "body": (
            "Viele Eigentümer älterer Häuser wollen sanieren, wissen aber nicht, wo sie anfangen sollen. "
            "Eine kostenlose Erstberatung per Video und regelmäßige Sprechstunden in den Stadtteilen, zum "
            "Beispiel im Bürgerhaus in Forstfeld, würden helfen."
        ),
    },
    {
        "key": "thermografie-strassenzuege",
        "action_field": "h2quarters",
        "theme": "h2quarters-renovation-advice",
        "lang": "de",
        "district": "wehlheiden",
        "lat": 51.3058,
        "lon": 9.4652,
        "author": 174,
        "title": "Thermografie-Aktion: Wärmebilder für ganze Straßenzüge",
        "body": (
            "Im Winter könnte man mit Wärmebildkameras ganze Straßen fotografieren und jedem Eigentümer "
            "sein Bild mit Erklärung schicken (freiwillig!). Dann sieht man, wo die Wärme verloren geht."
        ),
    },
    {
        "key": "foerdermittel-lotse-sanierung",
        "action_field": "h2quarters",
        "theme": "h2quarters-renovation-advice",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 258,
        "title": "Förder-Lotse: Welche Zuschüsse bekomme ich für die Sanierung?",
        "body": (
            "KfW, BAFA, Land, Stadt – es ist ein Dschungel. Ein einfacher Online-Rechner, der mir sagt, "
            "welche Förderung für mein Haus in Frage kommt, würde viele zum Sanieren bringen."
        ),
    },
    {
        "key": "sanierungsberatung-strasse",
        "action_field": "h2quarters",
        "theme": "h2quarters-renovation-advice",
        "lang": "de",
        "district": "harleshausen",
        "lat": 51.3446,
        "lon": 9.4276,
        "author": 195,
        "title": "Sanierungsberatung für die ganze Straße",
        "body": (
            "In Harleshausen stehen viele Häuser aus den 60ern, die alle ähnliche Probleme haben. Eine "
            "Beratung für die ganze Straße auf einmal wäre effizienter, und man könnte gemeinsam "
            "Handwerker beauftragen."
        ),
    },
    {
        "key": "ladepunkte-laternen",
        "action_field": "h2quarters",
        "theme": "",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3141,
        "lon": 9.4702,
        "author": 46,
        "title": "Ladepunkte an Straßenlaternen",
        "body": (
            "Im Vorderen Westen hat kaum jemand eine eigene Garage. Laternen mit Ladepunkt wären eine "
            "günstige Lösung für E-Autos im Wohngebiet."
        ),
    },
    {
        "key": "weihnachtsbeleuchtung-nachts-aus",
        "action_field": "h2quarters",
        "theme": "",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3149,
        "lon": 9.4935,
        "author": 301,
        "title": "Weihnachtsbeleuchtung nachts ausschalten",
        "body": "Weihnachtsbeleuchtung in der Königsstraße ab 23 Uhr aus – spart Strom.",
    },
    {
        "key": "energiespar-wettbewerb-schulen",
        "action_field": "h2quarters",
        "theme": "",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 282,
        "title": "Energiespar-Wettbewerb zwischen Schulen",
        "body": (
            "Welche Schule spart am meisten Strom und Wärme? Mit den Zählerdaten live im Internet und "
            "einem Preis am Ende des Schuljahres."
        ),
    },
    {
        "key": "ampel-schulweg-zentgrafenstrasse",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "kirchditmold",
        "lat": 51.3251,
        "lon": 9.4472,
        "author": 18,
        "title": "Ampel für den Schulweg an der Zentgrafenstraße",
        "body": (
            "Unsere Kinder müssen auf dem Weg zur Grundschule die Zentgrafenstraße überqueren. Morgens "
            "ist dort viel Verkehr, und die Autos fahren oft zu schnell. Wir wünschen uns eine "
            "Bedarfsampel oder wenigstens einen Zebrastreifen mit Schülerlotsen."
        ),
    },
    {
        "key": "zebrastreifen-zentgrafenstrasse",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "kirchditmold",
        "lat": 51.3253,
        "lon": 9.4469,
        "author": 242,
        "title": "Zebrastreifen an der Zentgrafenstraße – bitte bevor was passiert",
        "body": (
            "Jeden Morgen stehen die Grundschulkinder an der Zentgrafenstraße und kommen nicht rüber. "
            "gestern wär fast ein Kind angefahren worden. Bitte Ampl oder Zebrastreifen!!"
        ),
    },
    {
        "key": "digitaler-schulwegplan",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "harleshausen",
        "lat": 51.3415,
        "lon": 9.4330,
        "author": 1,
        "title": "Digitaler Schulwegplan mit Gefahrenstellen",
        "body": (
            "Für jede Grundschule sollte es einen digitalen Schulwegplan geben, in den Eltern "
            "Gefahrenstellen eintragen können: fehlende Querungen, zugeparkte Gehwege, zu schnelle Autos.\n\n"
            "Die Stadt prüft die Meldungen, antwortet öffentlich und zeigt, was erledigt wurde. So "
            "entsteht mit der Zeit ein sicherer, empfohlener Weg für jede Schule, den man neuen Familien "
            "mitgeben kann.\n\n"
            "Was dafür nötig wäre:\n"
            "- eine Karte pro Schule, auf dem Handy gut bedienbar, ohne Pflicht zur Registrierung\n"
            "- eine Meldefunktion mit Foto und kurzer Beschreibung\n"
            "- eine öffentliche Antwort der Verkehrsplanung innerhalb von vier Wochen\n"
            "- einmal im Jahr eine Begehung mit Eltern, Schule, Polizei und Ortsbeirat\n\n"
            "In Harleshausen und Kirchditmold gäbe es genug Stellen zum Anfangen: die Querung an der "
            "Wolfhager Straße, die zugeparkten Ecken rund um die Schulen und die fehlende Beleuchtung auf "
            "dem Fußweg am Friedhof. Wir als Elternbeirat würden die ersten Einträge gern übernehmen."
        ),
    },
    {
        "key": "elterntaxi-haltezonen",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "wehlheiden",
        "lat": 51.3082,
        "lon": 9.4599,
        "author": 53,
        "title": "Elterntaxi-Haltezonen vor den Schulen",
        "body": (
            "Vor der Schule in Wehlheiden herrscht morgens Chaos durch Eltern, die bis vors Tor fahren. "
            "Haltezonen 200 m entfernt und eine autofreie Schulstraße zu Schulbeginn würden die Kinder "
            "schützen."
        ),
    },
    {
        "key": "tempo30-schulen-anzeigen",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "bettenhausen",
        "lat": 51.3105,
        "lon": 9.5235,
        "author": 130,
        "title": "Tempo 30 vor allen Schulen – mit Anzeigetafeln",
        "body": (
            "Digitale Geschwindigkeitsanzeigen mit Smiley vor Schulen und Kitas helfen wirklich, das "
            "sieht man in anderen Städten. Bitte vor allen Schulen an Hauptstraßen, zum Beispiel an der "
            "Leipziger Straße."
        ),
    },
    {
        "key": "querung-frankfurter-strasse",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "niederzwehren",
        "lat": 51.2840,
        "lon": 9.4680,
        "author": 169,
        "title": "Sichere Querung der Frankfurter Straße für Schulkinder",
        "body": (
            "Die Kinder aus unserem Wohngebiet müssen über die Frankfurter Straße zur Schule. Die Ampel "
            "zeigt ewig Rot für Fußgänger und nur kurz Grün, viele rennen dann bei Rot. Bitte die "
            "Ampelschaltung kinderfreundlich machen."
        ),
    },
    {
        "key": "laufbus-app",
        "action_field": "mobility",
        "theme": "mobility-school-routes",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 82,
        "title": "Laufbus zur Schule per App organisieren",
        "body": (
            "Eltern könnten sich per App absprechen, wer morgens welche Kinder zu Fuß zur Schule "
            "begleitet. Die Stadt könnte Haltestellen-Schilder für den Laufbus aufstellen."
        ),
    },
    {
        "key": "echtzeit-anzeigen-haltestellen",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "de",
        "district": "waldau",
        "lat": 51.2870,
        "lon": 9.5140,
        "author": 39,
        "title": "Echtzeit-Anzeigen an allen Tram- und Bushaltestellen",
        "body": (
            "An vielen Haltestellen in den Außenbezirken gibt es nur den gedruckten Fahrplan. Gerade "
            "abends im Winter weiß man nicht, ob die Tram noch kommt oder ausgefallen ist. Digitale "
            "Anzeigen mit Echtzeitdaten der KVG, gern mit Solarstrom betrieben."
        ),
    },
    {
        "key": "live-abfahrten-wolfsanger",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "de",
        "district": "wolfsanger-hasenhecke",
        "lat": 51.3391,
        "lon": 9.5280,
        "author": 273,
        "title": "Live-Abfahrtszeiten an der Bushaltestelle in Wolfsanger",
        "body": (
            "Bei uns an der Haltestelle hängt nur ein Zettel, und ob der Bus Verspätung hat, weiß man "
            "nie. Bitte eine digitale Anzeige mit echten Zeiten!"
        ),
    },
    {
        "key": "realtime-info-english-en",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "en",
        "district": "mitte",
        "lat": 51.3156,
        "lon": 9.4973,
        "author": 119,
        "title": "Real-time tram information in English, including diversions",
        "body": (
            "The information at Königsplatz is only in German, and when there is a diversion I have no "
            "idea which tram to take. Please show real-time departures and disruptions in English too, "
            "both in the app and on the displays."
        ),
    },
    {
        "key": "anschluss-regiotram-bus",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "de",
        "district": "bad-wilhelmshoehe",
        "lat": 51.3128,
        "lon": 9.4472,
        "author": 96,
        "title": "Anschlüsse zwischen RegioTram und Bus sichern",
        "body": (
            "Wenn die RegioTram ein paar Minuten zu spät am Bahnhof Wilhelmshöhe ankommt, ist der "
            "Anschlussbus weg. Mit Echtzeitdaten könnte der Bus automatisch kurz warten, und man sieht in "
            "der App, ob der Anschluss klappt."
        ),
    },
    {
        "key": "tram-auslastung-app",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "de",
        "district": "",
        "lat": None,
        "lon": None,
        "author": 163,
        "title": "Auslastung der Trams in der App anzeigen",
        "body": (
            "Mit Kinderwagen oder Rollstuhl wüsste ich gern vorher, ob die nächste Tram voll ist. "
            "Zählsensoren in den Türen gibt es ja schon in anderen Städten."
        ),
    },
    {
        "key": "stoerungen-push-linie",
        "action_field": "mobility",
        "theme": "mobility-realtime-tram",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3111,
        "lon": 9.4725,
        "author": 287,
        "title": "Push-Nachricht bei Störungen auf meiner Linie",
        "body": (
            "Ich fahr jeden Tag ab Kirchweg mit der Tram zur Arbeit. Wenn da was ist, will ich es vorher "
            "wissen und nicht erst an der Haltestelle. Ein Abo für die eigenen Linien in der App bitte."
        ),
    },
    {
        "key": "radweg-wilhelmshoeher-allee",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3143,
        "lon": 9.4610,
        "author": 8,
        "title": "Geschützter Radweg auf der Wilhelmshöher Allee",
        "body": (
            "Die Wilhelmshöher Allee ist die wichtigste Achse zwischen Innenstadt und Bahnhof "
            "Wilhelmshöhe, aber mit dem Rad fühlt man sich dort zwischen parkenden Autos und Bussen nicht "
            "sicher.\n\n"
            "Vorschlag: Eine Fahrspur pro Richtung wird zu einem baulich getrennten Radweg. Dafür fallen "
            "Parkplätze weg, ja – aber es gibt in den Seitenstraßen und Parkhäusern Alternativen.\n\n"
            "Mit Zählstellen könnte man zeigen, wie viele Menschen den Radweg dann nutzen."
        ),
    },
    {
        "key": "bike-route-station-uni-en",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "en",
        "district": "nord-holland",
        "lat": 51.3212,
        "lon": 9.4985,
        "author": 104,
        "title": "A safe bike route from the main station to the university",
        "body": (
            "Cycling from the Hauptbahnhof to Holländischer Platz means sharing the road with trucks and "
            "trams. A clearly marked, protected route would make a huge difference for the thousands of "
            "students who ride there."
        ),
    },
    {
        "key": "fahrradstrassen-vorderer-westen",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3146,
        "lon": 9.4716,
        "author": 123,
        "title": "Mehr Fahrradstraßen statt Parkplätze im Vorderen Westen",
        "body": (
            "Die Goethestraße und die Querallee könnten Fahrradstraßen werden. Durchgangsverkehr raus, "
            "Anwohner dürfen weiter rein."
        ),
    },
    {
        "key": "radwege-nicht-auf-kosten-parkplaetze",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "de",
        "district": "vorderer-westen",
        "lat": 51.3150,
        "lon": 9.4658,
        "author": 297,
        "title": "Radwege ja, aber nicht auf Kosten aller Parkplätze",
        "body": (
            "Ich bin 70 und auf das Auto angewiesen. Wenn auf der Wilhelmshöher Allee und im Vorderen "
            "Westen die Parkplätze wegfallen, komme ich nicht mehr zu meinem Arzt. Bitte an alle denken, "
            "nicht nur an Radfahrer."
        ),
    },
    {
        "key": "fahrradparkhaus-wilhelmshoehe",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "de",
        "district": "bad-wilhelmshoehe",
        "lat": 51.3133,
        "lon": 9.4463,
        "author": 59,
        "title": "Sicheres Fahrradparkhaus am Bahnhof Wilhelmshöhe",
        "body": (
            "Am Bahnhof Wilhelmshöhe werden ständig Räder geklaut. Ein überdachtes, abschließbares "
            "Fahrradparkhaus mit digitaler Buchung und Ladestationen für E-Bikes würde viele Pendler aufs "
            "Rad bringen."
        ),
    },
    {
        "key": "radzaehlstelle-fuldabruecke",
        "action_field": "mobility",
        "theme": "mobility-cycle-lanes",
        "lang": "de",
        "district": "unterneustadt",
        "lat": 51.3139,
        "lon": 9.5024,
        "author": 239,
        "title": "Radzählstellen mit Anzeigetafel",
        "body": (
            "Zähltafeln wie in anderen Städten, die zeigen, wie viele Radfahrende heute schon "
            "vorbeigefahren sind – zum Beispiel an der Fuldabrücke. Das motiviert und liefert Daten für "
            "die Planung."
        ),
    },
    {
        "key": "autofreie-innenstadt",
        "action_field": "mobility",
        "theme": "mobility-car-free-centre",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3141,
        "lon": 9.4960,
        "author": 4,
        "title": "Autofreie Innenstadt innerhalb des Rings",
        "body": (
            "Die Innenstadt innerhalb des Altstadtrings sollte autofrei werden, mit Ausnahmen für "
            "Lieferverkehr, Anwohner und Menschen mit Behinderung. Mehr Platz für Bäume, Bänke und "
            "Außengastronomie."
        ),
    },
    {
        "key": "innenstadt-mit-auto-erreichbar",
        "action_field": "mobility",
        "theme": "mobility-car-free-centre",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3143,
        "lon": 9.4912,
        "author": 110,
        "title": "Die Innenstadt muss mit dem Auto erreichbar bleiben",
        "body": (
            "Wer aus den Dörfern rund um Kassel zum Einkaufen kommt, fährt sonst ins Einkaufszentrum auf "
            "der grünen Wiese. Die Händler in der Königsstraße haben es ohnehin schwer. Keine autofreie "
            "Innenstadt!"
        ),
    },
    {
        "key": "autofrei-friedrichsplatz",
        "action_field": "mobility",
        "theme": "mobility-car-free-centre",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3127,
        "lon": 9.4963,
        "author": 252,
        "title": "Friedrichsplatz und Obere Königsstraße autofrei",
        "body": (
            "Fände ne autofreie Innenstadt super, zumindest mal rund um den Friedrichsplatz testen. Im "
            "documenta-Sommer sieht man ja, wie schön das ist, wenn Leute da Platz haben."
        ),
    },
    {
        "key": "autofreie-sonntage-testen",
        "action_field": "mobility",
        "theme": "mobility-car-free-centre",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3146,
        "lon": 9.4940,
        "author": 179,
        "title": "Autofreie Sonntage in der Innenstadt ausprobieren",
        "body": (
            "Statt gleich alles umzubauen: einmal im Monat ein autofreier Sonntag, dazu Zählungen von "
            "Passanten und Umsatz, und dann auf Grundlage der Daten entscheiden."
        ),
    },
    {
        "key": "beleuchtung-auedamm",
        "action_field": "mobility",
        "theme": "mobility-night-safety",
        "lang": "de",
        "district": "suedstadt",
        "lat": 51.3046,
        "lon": 9.4939,
        "author": 6,
        "title": "Bessere Beleuchtung am Auedamm und in der Karlsaue",
        "body": (
            "Abends nach der Arbeit fahre ich mit dem Rad über den Auedamm nach Hause. Im Winter ist es "
            "ab 17 Uhr stockdunkel, und ich fühle mich als Frau allein nicht sicher. Smarte Laternen, die "
            "bei Bewegung heller werden, wären ein guter Kompromiss zwischen Sicherheit und Naturschutz."
        ),
    },
    {
        "key": "licht-radweg-fulda",
        "action_field": "mobility",
        "theme": "mobility-night-safety",
        "lang": "de",
        "district": "unterneustadt",
        "lat": 51.3075,
        "lon": 9.5030,
        "author": 266,
        "title": "Licht auf dem Radweg an der Fulda",
        "body": (
            "Der Radweg an der Fulda ist abends so dunkel, dass man Fußgänger erst im letzten Moment "
            "sieht. Laternen mit Bewegungsmelder bitte!"
        ),
    },
    {
        "key": "sicherer-heimweg-app",
        "action_field": "mobility",
        "theme": "mobility-night-safety",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3184,
        "lon": 9.4878,
        "author": 56,
        "title": "Sicherer Heimweg: beleuchtete Wege und Heimwegtelefon in einer App",
        "body": (
            "Nachts vom Feiern am Kulturbahnhof nach Hause: Eine App, die gut beleuchtete Wege anzeigt "
            "und mit dem Heimwegtelefon verbindet, würde vielen Frauen ein besseres Gefühl geben."
        ),
    },
    {
        "key": "haltestellen-nachts-hell",
        "action_field": "mobility",
        "theme": "mobility-night-safety",
        "lang": "de",
        "district": "suesterfeld-helleboehn",
        "lat": 51.2978,
        "lon": 9.4392,
        "author": 192,
        "title": "Helle, gut einsehbare Haltestellen für späte Busse",
        "body": (
            "Die Haltestelle in Helleböhn, an der ich nachts aus dem Bus steige, ist dunkel und "
            "zugewachsen. Bessere Beleuchtung und ein Notrufknopf an den wichtigsten Haltestellen wären "
            "gut."
        ),
    },
    {
        "key": "carsharing-aussenbezirke",
        "action_field": "mobility",
        "theme": "",
        "lang": "de",
        "district": "jungfernkopf",
        "lat": 51.3509,
        "lon": 9.4577,
        "author": 138,
        "title": "Carsharing auch in den Außenbezirken",
        "body": (
            "Carsharing-Autos gibt es fast nur in der Innenstadt und im Vorderen Westen. In Jungfernkopf "
            "und Wolfsanger hätten viele Familien Interesse, ihr Zweitauto abzuschaffen."
        ),
    },
    {
        "key": "parkplatzsensoren-klinikum",
        "action_field": "mobility",
        "theme": "",
        "lang": "de",
        "district": "wesertor",
        "lat": 51.3235,
        "lon": 9.5110,
        "author": 77,
        "title": "Freie Parkplätze per Sensor anzeigen",
        "body": (
            "rund ums Klinikum findet man nie nen Parkplatz. Sensoren im Boden und eine Anzeige in der "
            "App würden den Suchverkehr reduzieren."
        ),
    },
    {
        "key": "e-scooter-abstellzonen",
        "action_field": "mobility",
        "theme": "",
        "lang": "de",
        "district": "mitte",
        "lat": 51.3160,
        "lon": 9.4910,
        "author": 200,
        "title": "Feste Abstellflächen für E-Scooter",
        "body": (
            "Die E-Scooter liegen überall auf dem Gehweg rum, für Blinde und Rollstuhlfahrer gefährlich. "
            "Feste Abstellzonen mit Geofencing!"
        ),
    },
]

# Short comments that fit under any proposal of an action field; "any" fits under every proposal.
COMMENT_TEXTS = {
    "welcome": [
        ("Das Bürgerbüro online wäre wirklich ein Fortschritt, ich habe letztes Jahr drei Anläufe gebraucht."),
        "Bitte auch an Menschen ohne Smartphone denken – Telefon und Schalter müssen bleiben.",
        "Yes please! I waited six weeks for my Anmeldung appointment.",
        "Andere Städte in Hessen haben das schon, man muss das Rad nicht neu erfinden.",
        (
            "Die Infos sollten auch auf Ukrainisch verfügbar sein, bei uns im Haus wohnen mehrere "
            "Familien aus der Ukraine."
        ),
        "Leichte Sprache hilft übrigens auch vielen Deutschen, nicht nur Zugezogenen.",
        "Die Willkommensmappe gerne mit einem Gutschein fürs Fridericianum oder den Bergpark.",
        "Als ich hergezogen bin, hätte mir so etwas sehr geholfen.",
        "Wie soll das mit dem Datenschutz funktionieren, wenn Anmeldedaten weitergegeben werden?",
        "Während der documenta war die Innenstadt gut ausgeschildert, das sollte man beibehalten.",
        "Touristen-Apps gibt es genug. Lieber die vorhandenen Angebote für uns Einwohner verbessern.",
        (
            "Die Ausländerbehörde ist für viele die erste Station in Kassel – da entscheidet sich, ob man "
            "sich willkommen fühlt."
        ),
        "A buddy programme would have helped me so much in my first winter here.",
        "Vielleicht kann man die Uni und die großen Arbeitgeber mit ins Boot holen?",
        "Bitte die Termine auch samstags anbieten, nicht jeder kann unter der Woche freinehmen.",
    ],
    "citizen": [
        "Ich würde mich als Ehrenamtliche für so eine Sprechstunde melden.",
        "In unserem Stadtteilzentrum wäre Platz dafür, dienstags ist der Raum frei.",
        "Meine Mutter (85) würde sich riesig freuen.",
        "WLAN ist heute Grundversorgung, wie Wasser und Strom.",
        "Öffentliches WLAN ist nett, aber wer haftet bei Missbrauch?",
        "Offene Daten bitte unter einer freien Lizenz und nicht nur als PDF.",
        "Interessiert mich ehrlich gesagt wenig, aber schaden tut es nicht.",
        "Wer pflegt so eine Plattform dauerhaft? Viele solcher Projekte schlafen nach einem Jahr ein.",
        "There are already apps for this – maybe the city could just work with them?",
        "Barrierefreiheit muss von Anfang an mitgedacht werden, nicht nachträglich.",
        "Gerne, aber bitte ohne Zwang zur App. Manche Leute wollen einfach einen Brief.",
        "Ein Bürgerkonto fände ich gut, solange die Daten sicher in Deutschland gespeichert werden.",
        "Die Schülerinnen und Schüler könnten sich das als Sozialpraktikum anrechnen lassen.",
        "Digitale Teilhabe heißt auch: bezahlbare Geräte. Vielleicht gebrauchte Laptops aufbereiten?",
        "Kurse bitte auch auf Türkisch und Russisch, viele Ältere sprechen das besser.",
    ],
    "ecosystem": [
        "Ich gieße jeden Abend die Bäume in unserer Straße, da wäre eine Karte super.",
        ("Sensoren sind schön, aber am Ende braucht es Leute, die gießen. Dafür fehlt doch jetzt schon Personal."),
        "Wie viel kostet ein Sensor pro Baum? Das sollte man vorher offenlegen.",
        "Great idea, I'd sign up as a tree sponsor right away.",
        "Am Königsplatz fehlen wirklich Bäume. Die paar Kübel reichen nicht.",
        "Der Auedamm war im letzten Winter wieder wochenlang gesperrt.",
        "Die Messdaten sollten öffentlich sein, sonst glaubt sie keiner.",
        ("Warum nicht mit der Uni zusammenarbeiten? Da gibt es doch Fachleute für Wasserbau und Umwelt."),
        "Ein paar Mülleimer mehr würden auch schon helfen, dafür braucht es keine Sensoren.",
        "Die Mülleimer an der Fuldaaue sind am Sonntagabend immer voll, das stimmt.",
        "Luftmessung ja, aber bitte an repräsentativen Stellen, nicht nur an der größten Kreuzung.",
        "Bitte auch die Dönche und den Habichtswald mitdenken, nicht nur die Innenstadt.",
        "Trinkbrunnen fände ich super, gerade für Kinder auf dem Spielplatz.",
        "Beim Starkregen letzten Sommer stand bei uns in der Straße das Wasser knöcheltief.",
        "Please publish the data as open data so others can build on it.",
    ],
    "h2quarters": [
        "Solar auf Schulen ist längst überfällig.",
        "Wer wartet die Anlagen? Das muss von Anfang an geklärt sein.",
        "Wasserstoffbusse sind teuer, aber irgendwer muss ja anfangen.",
        "Batteriebusse sind heute die bessere Technik, das zeigen viele Verkehrsbetriebe.",
        "Bitte keine Prestigeprojekte, solange in den Schulen die Heizung ausfällt.",
        "Die Fernwärme-Preise müssen transparent sein, sonst mache ich da nicht mit.",
        "Die Wärmeplanung interessiert mich brennend, ich muss bald meine Heizung tauschen.",
        "Eine Energiegemeinschaft klingt gut, aber der Papierkram schreckt ab.",
        "Would this also work for renters, or only for home owners?",
        "Ich habe seit einem Jahr ein Balkonkraftwerk, lohnt sich wirklich.",
        "Denkmalschutz und Klimaschutz müssen zusammen gehen, nicht gegeneinander.",
        "Thermografie haben wir mal privat machen lassen, war sehr aufschlussreich.",
        "Die Städtischen Werke sollten hier eine aktive Rolle spielen.",
        "Ich hätte gern eine unabhängige Beratung, nicht vom Verkäufer der Anlage.",
        "Wasserstoff gehört in die Industrie, nicht in den Stadtbus.",
    ],
    "mobility": [
        "An der Stelle ist mir auch schon fast ein Kind vors Auto gelaufen. Bitte dringend!",
        "Schülerlotsen wären eine schnelle Lösung, bis die Ampel kommt.",
        ("Echtzeitanzeigen gibt es an manchen Haltestellen schon, aber die zeigen oft nur den Fahrplan."),
        "The KVG app could really use an English version.",
        "Radwege ja, aber Lieferverkehr muss weiter möglich sein.",
        "Ohne Parkplätze stirbt der Einzelhandel in der Innenstadt.",
        "Mit dem Rad bin ich in der Innenstadt schneller als mit dem Auto, mehr Radwege bitte.",
        "Am Bahnhof Wilhelmshöhe wurde mir auch schon ein Rad geklaut.",
        "Laternen mit Bewegungsmelder sind auch gut für Fledermäuse und Insekten.",
        "Auch die Gehwege müssen besser beleuchtet werden, nicht nur die Radwege.",
        "Eine autofreie Innenstadt funktioniert nur mit einem dichteren Takt bei Bus und Tram.",
        "Als Rollstuhlfahrerin brauche ich vor allem abgesenkte Bordsteine.",
        "Warum nicht erst einmal testen, zum Beispiel für einen Sommer?",
        "Tempo 30 vor Schulen sollte eigentlich selbstverständlich sein.",
        "Die Tram ist morgens so voll, dass man mit Kinderwagen nicht reinkommt.",
    ],
    "any": [
        "Gute Idee!",
        "Wer soll das bezahlen?",
        "Volle Zustimmung.",
        "Finde ich gut, aber wie lange soll das dauern?",
        "Das wurde schon so oft gefordert, passiert ist nie was.",
        "Gibt es dafür Geld aus dem Smart-City-Programm?",
        "Bitte auch an die Stadtteile am Rand denken, nicht nur an die Innenstadt.",
        "Super Vorschlag, unterstütze ich.",
        "Ich sehe das kritisch. Das Geld wäre woanders besser angelegt.",
        "Hat jemand Erfahrungen aus anderen Städten damit?",
        "Bitte mit den Anwohnerinnen und Anwohnern vor Ort sprechen, bevor etwas gebaut wird.",
        "Klingt gut, solange der Datenschutz stimmt.",
        "Good idea!",
        "I agree, this would help a lot of people.",
        "Wie wäre es, das erst einmal in einem Stadtteil zu testen?",
        "Da bin ich dabei, ich melde mich gern als Freiwillige.",
        "Mir fehlt noch eine Idee, wie das dauerhaft betrieben wird.",
        "Unbedingt barrierefrei umsetzen!",
        "Bei uns in Bettenhausen wäre das auch dringend nötig.",
        "In Oberzwehren genauso.",
        "Das gleiche Problem gibt es am Wehlheider Platz.",
        "Warum dauert sowas immer so lange?",
        "Nicht alles muss digital sein. Manchmal hilft auch einfach mehr Personal.",
        "Ich habe den Vorschlag an meine Nachbarn weitergeleitet.",
        "Bitte die Ergebnisse später veröffentlichen, damit man sieht, was daraus geworden ist.",
        "Tolle Idee, aber realistisch?",
        "+1",
        "Das ist mir zu teuer für den Nutzen.",
        "Kann man das nicht mit bestehenden Angeboten verknüpfen?",
        "Wer wäre in der Verwaltung dafür zuständig?",
        "Interessant. Gibt es dazu schon Zahlen?",
        "Ich wohne direkt daneben und kann das nur bestätigen.",
        "Bitte nicht wieder eine App, die nach zwei Jahren eingestellt wird.",
        "Vielleicht könnte die Uni Kassel da mitforschen?",
        "Where would the money for this come from?",
        "Please also think of people who don't speak German well.",
        "Richtig so!",
        "Sehe ich genauso, endlich sagt es mal jemand.",
        "Ich bin unentschieden – gute Idee, aber die Umsetzung macht mir Sorgen.",
        "Bitte mit Ortsbeirat und Vereinen im Stadtteil abstimmen.",
        "Wichtiger Punkt, danke fürs Einbringen!",
        "Am Brüder-Grimm-Platz wäre das auch sinnvoll.",
        "Wäre schön, wenn es das auch in Leichter Sprache gäbe.",
        "Die Idee ist gut, aber bitte erst die Grundlagen in Ordnung bringen.",
        "Hm, ich weiß nicht. Wer braucht das wirklich?",
    ],
}

# How the simulated citizens vote on a theme's proposals: "consensus" (nearly everyone agrees), "divisive"
# (one opinion group for, another against) or "low_support" (few votes, mixed or pass).
OPINION_PATTERNS = {
    "welcome-citizens-office-online": "consensus",
    "welcome-multilingual-info": "consensus",
    "welcome-newcomer-guide": "consensus",
    "welcome-documenta-visitors": "divisive",
    "welcome-skilled-workers": "low_support",
    "citizen-digital-skills-seniors": "consensus",
    "citizen-public-wifi": "consensus",
    "citizen-open-data": "low_support",
    "citizen-neighbourhood-platform": "low_support",
    "citizen-easy-administration": "consensus",
    "ecosystem-tree-sensors": "consensus",
    "ecosystem-heat-shade": "consensus",
    "ecosystem-fulda-flood-rain": "consensus",
    "ecosystem-air-quality": "divisive",
    "ecosystem-waste-smart-bins": "consensus",
    "h2quarters-solar-roofs": "consensus",
    "h2quarters-hydrogen-buses": "divisive",
    "h2quarters-district-heating": "divisive",
    "h2quarters-energy-communities": "low_support",
    "h2quarters-renovation-advice": "consensus",
    "mobility-school-routes": "consensus",
    "mobility-realtime-tram": "consensus",
    "mobility-cycle-lanes": "divisive",
    "mobility-car-free-centre": "divisive",
    "mobility-night-safety": "consensus",
}
