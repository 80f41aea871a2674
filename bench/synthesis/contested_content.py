# ruff: noqa: E501 - hand-written proposal texts read better unbroken
"""Contested topics for the evaluation set: pro and contra proposals that share their vocabulary.

Each topic is one gold theme with two stances. The two sides talk about the same thing in the same words
("Innenstadt", "Auto", "Ring") and demand opposite things, so text alone cannot tell them apart; the voters'
opinion groups split on them (one group for the pro side and against the contra side, another the other way).
"""

# field -> topic key -> stance -> (de titles, de bodies, en titles, en bodies)
CONTESTED: dict[str, dict[str, dict[str, tuple[list[str], list[str], list[str], list[str]]]]] = {
    "mobility": {
        "car_free_centre": {
            "pro": (
                ["Autofreie Innenstadt innerhalb des Rings", "Innenstadt ohne Autos", "Autos raus aus der Innenstadt"],
                [
                    "Die Innenstadt innerhalb des Rings sollte autofrei werden, damit Fußgänger und Radfahrende Platz haben.",
                    "Ohne Autoverkehr in der Innenstadt wäre die Luft besser und die Plätze würden wieder belebt.",
                    "Der Autoverkehr in der Innenstadt muss raus, Parkplätze am Ring können zu Grünflächen werden.",
                    "Eine autofreie Innenstadt mit Lieferverkehr nur am Morgen macht das Einkaufen angenehmer.",
                ],
                ["Make the city centre car-free", "No cars inside the ring road"],
                [
                    "The city centre inside the ring should be car-free so that people walking and cycling have room.",
                    "Without car traffic in the centre the air would be cleaner and the squares more lively.",
                ],
            ),
            "contra": (
                [
                    "Innenstadt mit dem Auto erreichbar halten",
                    "Keine autofreie Innenstadt",
                    "Autos in der Innenstadt weiter zulassen",
                ],
                [
                    "Die Innenstadt muss mit dem Auto erreichbar bleiben, sonst fahren die Leute zum Einkaufen ins Umland.",
                    "Eine autofreie Innenstadt schadet den Geschäften, Kunden kommen nun mal mit dem Auto.",
                    "Ältere Menschen und Handwerker brauchen die Zufahrt mit dem Auto in die Innenstadt und Parkplätze am Ring.",
                    "Der Autoverkehr gehört zur Innenstadt, Parkplätze dürfen nicht weiter wegfallen.",
                ],
                ["Keep the city centre open to cars", "No car ban in the centre"],
                [
                    "The city centre must stay reachable by car, otherwise shoppers go to the malls outside town.",
                    "A car-free centre would hurt the shops, customers come by car.",
                ],
            ),
        },
        "speed_limit": {
            "pro": (
                ["Tempo 30 in der ganzen Stadt", "Tempo 30 als Regel", "Flächendeckend Tempo 30"],
                [
                    "In ganz Kassel sollte Tempo 30 gelten, auch auf den Hauptstraßen, das macht die Straßen sicherer und leiser.",
                    "Tempo 30 als Regelgeschwindigkeit in der Stadt senkt Unfälle und Lärm deutlich.",
                    "Auch auf den großen Straßen sollte höchstens Tempo 30 erlaubt sein.",
                ],
                ["Speed limit of 30 everywhere", "30 km/h as the city-wide limit"],
                [
                    "A 30 km/h limit on every street including the main roads would make the city safer and quieter.",
                ],
            ),
            "contra": (
                [
                    "Tempo 50 auf Hauptstraßen beibehalten",
                    "Kein flächendeckendes Tempo 30",
                    "Hauptstraßen mit Tempo 50",
                ],
                [
                    "Auf den Hauptstraßen muss Tempo 50 bleiben, sonst staut sich der Verkehr in der ganzen Stadt.",
                    "Tempo 30 überall macht Busse und Lieferverkehr langsamer, auf den großen Straßen sollte 50 gelten.",
                    "Ein flächendeckendes Tempo 30 ist unnötig, Tempo 30 reicht vor Schulen und in Wohnstraßen.",
                ],
                ["Keep 50 km/h on main roads", "No city-wide 30 limit"],
                [
                    "Main roads must keep the 50 km/h limit, otherwise traffic jams spread across the city.",
                ],
            ),
        },
    },
    "ecosystem": {
        "karlsaue_events": {
            "pro": (
                [
                    "Mehr Veranstaltungen in der Karlsaue",
                    "Festivals in der Karlsaue erlauben",
                    "Konzerte in der Karlsaue",
                ],
                [
                    "In der Karlsaue sollten öfter Konzerte und Festivals stattfinden, der Park ist dafür wie gemacht.",
                    "Große Veranstaltungen in der Karlsaue bringen Leben in den Park und Besucher in die Stadt.",
                    "Die Wiesen der Karlsaue eignen sich gut für Festivals im Sommer, das sollte die Stadt erlauben.",
                ],
                ["More events in the Karlsaue", "Allow festivals in the Karlsaue park"],
                ["The Karlsaue park is perfect for concerts and festivals, there should be more of them."],
            ),
            "contra": (
                [
                    "Keine Großveranstaltungen in der Karlsaue",
                    "Ruhe in der Karlsaue schützen",
                    "Karlsaue nicht für Festivals freigeben",
                ],
                [
                    "Festivals und Großveranstaltungen zerstören die Wiesen der Karlsaue und stören Tiere und Anwohner.",
                    "Die Karlsaue ist ein Park zur Erholung, Konzerte mit tausenden Besuchern gehören nicht dorthin.",
                    "Nach jeder Veranstaltung in der Karlsaue bleiben Müll und zertretene Wiesen zurück, bitte keine Festivals mehr.",
                ],
                ["No big events in the Karlsaue", "Keep the Karlsaue quiet"],
                ["Festivals in the Karlsaue park damage the meadows and disturb wildlife and neighbours."],
            ),
        },
    },
    "citizen": {
        "video_surveillance": {
            "pro": (
                [
                    "Videoüberwachung am Königsplatz",
                    "Mehr Kameras an öffentlichen Plätzen",
                    "Kameras gegen Kriminalität",
                ],
                [
                    "Am Königsplatz und am Bahnhof sollten Kameras hängen, Videoüberwachung schreckt Täter ab.",
                    "Mehr Videoüberwachung auf öffentlichen Plätzen würde das Sicherheitsgefühl deutlich erhöhen.",
                    "Kameras an Brennpunkten helfen der Polizei, Straftaten aufzuklären.",
                ],
                ["Video surveillance at public squares", "More cameras against crime"],
                ["Cameras at the main squares and the station would deter crime and help the police."],
            ),
            "contra": (
                [
                    "Keine Videoüberwachung im öffentlichen Raum",
                    "Kameras auf Plätzen abbauen",
                    "Datenschutz statt Überwachung",
                ],
                [
                    "Videoüberwachung auf öffentlichen Plätzen verletzt die Privatsphäre und verdrängt Kriminalität nur.",
                    "Kameras am Königsplatz machen niemanden sicherer, sie überwachen nur alle Menschen dort.",
                    "Die Stadt sollte auf Kameras im öffentlichen Raum verzichten und lieber in Sozialarbeit investieren.",
                ],
                ["No video surveillance in public space", "Remove cameras from public squares"],
                ["Cameras on public squares invade privacy and only push crime elsewhere."],
            ),
        },
    },
    "h2quarters": {
        "wind_turbines": {
            "pro": (
                ["Windräder am Stadtrand bauen", "Windkraft für Kassel", "Mehr Windkraftanlagen rund um Kassel"],
                [
                    "Auf den Hügeln am Stadtrand sollten Windräder gebaut werden, damit Kassel eigenen Strom erzeugt.",
                    "Windkraftanlagen rund um Kassel machen die Stadt unabhängiger von Gas und Kohle.",
                    "Die Stadtwerke sollten Windräder am Stadtrand bauen und die Bürger daran beteiligen.",
                ],
                ["Build wind turbines on the city's edge", "Wind power for Kassel"],
                ["Wind turbines on the hills around Kassel would give the city its own clean power."],
            ),
            "contra": (
                [
                    "Keine Windräder am Stadtrand",
                    "Landschaft vor Windkraftanlagen schützen",
                    "Windräder nicht neben Wohngebieten",
                ],
                [
                    "Windräder am Stadtrand verschandeln die Landschaft und sind zu nah an den Wohngebieten.",
                    "Windkraftanlagen rund um Kassel gefährden Vögel und Fledermäuse, bitte keine weiteren bauen.",
                    "Die Hügel am Stadtrand sind Naherholung, dort gehören keine Windräder hin.",
                ],
                ["No wind turbines on the city's edge", "Protect the landscape from wind turbines"],
                ["Wind turbines on the hills around Kassel spoil the landscape and are too close to homes."],
            ),
        },
    },
    "welcome": {
        "holiday_flats": {
            "pro": (
                [
                    "Ferienwohnungen für Besucher erleichtern",
                    "Mehr Ferienwohnungen zur documenta",
                    "Privat vermieten an Gäste erlauben",
                ],
                [
                    "Zur documenta fehlen Unterkünfte, private Ferienwohnungen sollten einfacher erlaubt werden.",
                    "Wer eine Wohnung an Besucher vermietet, hilft dem Tourismus, die Regeln für Ferienwohnungen sind zu streng.",
                    "Mehr Ferienwohnungen in der Stadt bringen Gäste und Geld nach Kassel.",
                ],
                ["Make holiday flats easier for visitors", "More holiday rentals for documenta"],
                [
                    "During documenta there is not enough accommodation, private holiday flats should be easier to rent out."
                ],
            ),
            "contra": (
                [
                    "Ferienwohnungen begrenzen",
                    "Wohnraum statt Ferienwohnungen",
                    "Keine Zweckentfremdung durch Ferienwohnungen",
                ],
                [
                    "Ferienwohnungen nehmen Wohnraum weg, die Stadt sollte die Vermietung an Besucher streng begrenzen.",
                    "Jede Ferienwohnung fehlt Familien und Studierenden, die in Kassel eine Wohnung suchen.",
                    "Die Stadt muss verhindern, dass Wohnungen dauerhaft als Ferienwohnungen an Gäste vermietet werden.",
                ],
                ["Limit holiday flats", "Homes for residents, not holiday rentals"],
                ["Holiday flats take homes away from residents, the city should limit renting flats to visitors."],
            ),
        },
    },
}
