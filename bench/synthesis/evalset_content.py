# ruff: noqa: E501 - hand-written proposal texts read better unbroken
"""Hand-written phrasings for the synthetic Kassel evaluation set.

Each theme has several German titles and bodies that say the same idea in different words (synonyms,
compounds, word order), plus English ones, so a theme is only found by meaning, not by a shared template.
Themes of one field deliberately share vocabulary (Kassel, App, digital, Stadtteil ...).
"""

# field -> theme key -> (de titles, de bodies, en titles, en bodies)
THEMES: dict[str, dict[str, tuple[list[str], list[str], list[str], list[str]]]] = {
    "mobility": {
        "bike_lanes": (
            ["Mehr geschützte Radwege", "Radwegenetz ausbauen", "Sichere Fahrradstreifen auf Hauptstraßen"],
            [
                "Auf den großen Straßen fehlen baulich getrennte Radwege, man fährt zwischen Autos und Bussen.",
                "Das Radwegenetz hat Lücken, die Fahrradstreifen enden oft einfach im Nichts.",
                "Kassel braucht durchgehende, breite Fahrradwege mit Pollern statt aufgemalter Linien.",
                "Radfahrende sollen vom Autoverkehr getrennt fahren können, etwa mit Protected Bike Lanes.",
            ],
            ["Protected bike lanes on main roads", "Close the gaps in the cycling network"],
            [
                "Cycle lanes end abruptly and cyclists have to squeeze between cars and buses.",
                "Please build continuous, physically separated bike lanes on the main roads.",
            ],
        ),
        "school_routes": (
            ["Sichere Schulwege", "Schulstraßen vor Grundschulen", "Elterntaxis vor der Schule stoppen"],
            [
                "Vor den Grundschulen ist morgens Chaos durch Elterntaxis, die Kinder sind gefährdet.",
                "Die Straße vor der Schule sollte zu Schulbeginn für Autos gesperrt werden.",
                "Kinder brauchen sichere Wege zur Schule mit Zebrastreifen und Schülerlotsen.",
                "Tempo 30 und Halteverbot vor allen Schulen würden den Schulweg sicherer machen.",
            ],
            ["Safe routes to school", "School streets without parent taxis"],
            [
                "Every morning parents drive their kids right to the school gate and it gets dangerous for children walking.",
                "Close the street in front of primary schools to cars at drop-off time.",
            ],
        ),
        "realtime_info": (
            ["Echtzeitanzeigen an allen Haltestellen", "Live-Abfahrtszeiten der KVG", "Digitale Fahrgastinformation"],
            [
                "An vielen Haltestellen weiß man nicht, wann die nächste Tram wirklich kommt.",
                "Die KVG sollte an jeder Haltestelle Anzeigen mit den tatsächlichen Abfahrtszeiten aufstellen.",
                "Verspätungen von Bus und Straßenbahn sollten live in der App und an der Haltestelle erscheinen.",
                "Eine verlässliche Echtzeitauskunft würde das Warten auf den Bus viel angenehmer machen.",
            ],
            ["Real-time departure boards at every stop", "Live tram and bus delays"],
            [
                "At many stops you have no idea when the next tram will actually arrive.",
                "Show live delays of KVG buses and trams on displays and in the app.",
            ],
        ),
        "night_safety": (
            ["Bessere Beleuchtung von Fußwegen", "Nachts sicher nach Hause", "Dunkle Unterführungen beleuchten"],
            [
                "Viele Fußwege und Unterführungen sind nachts so dunkel, dass man sich unsicher fühlt.",
                "Helle, intelligente Straßenlaternen mit Bewegungsmeldern würden Wege nachts sicherer machen.",
                "Abends traue ich mich nicht durch den Park zur Haltestelle, dort fehlt jede Lampe.",
                "Ein Nachtbus mit Halt auf Wunsch zwischen den Haltestellen hilft Frauen sicher heimzukommen.",
            ],
            ["Better lighting on footpaths at night", "Feel safe walking home at night"],
            [
                "Underpasses and footpaths are very dark at night and I feel unsafe walking there.",
                "Smart street lights with motion sensors would make walking home at night safer.",
            ],
        ),
        "sharing": (
            ["Mehr Carsharing in den Stadtteilen", "Lastenräder zum Ausleihen", "Mobilstationen an Tramhaltestellen"],
            [
                "Carsharing-Autos gibt es fast nur in der Innenstadt, in den Stadtteilen fehlen Stationen.",
                "Leihbare Lastenräder würden vielen Familien das eigene Auto ersparen.",
                "An den Tramhaltestellen sollten Mobilstationen mit Leihrädern, E-Scootern und Carsharing entstehen.",
                "Ein gemeinsames Angebot zum Teilen von Autos und Fahrrädern mit einer einzigen Buchung wäre ideal.",
            ],
            ["More car sharing outside the centre", "Cargo bikes to rent"],
            [
                "Car sharing is almost only available downtown, the neighbourhoods need stations too.",
                "Mobility hubs with rental bikes, scooters and shared cars at tram stops would help.",
            ],
        ),
        "parking": (
            ["Freie Parkplätze digital anzeigen", "Parkleitsystem modernisieren", "Parken per App bezahlen"],
            [
                "Die Suche nach einem freien Parkplatz verursacht viel unnötigen Verkehr in der Innenstadt.",
                "Sensoren könnten freie Stellplätze erkennen und in einer Karte anzeigen.",
                "Parkgebühren sollten überall bequem per Smartphone bezahlt werden können.",
                "Das Parkleitsystem zeigt veraltete Zahlen, die Parkhausbelegung sollte live übertragen werden.",
            ],
            ["Show free parking spaces in an app", "Pay for parking by phone"],
            [
                "Searching for parking causes a lot of traffic downtown; sensors could show free spaces.",
                "Let people pay parking fees with their smartphone everywhere in the city.",
            ],
        ),
        "crossings": (
            ["Längere Grünphasen für Fußgänger", "Gefährliche Kreuzung entschärfen", "Ampeln für Fußgänger verbessern"],
            [
                "Die Grünphase für Fußgänger ist so kurz, dass ältere Menschen die Straße nicht schaffen.",
                "An der Kreuzung passieren ständig Beinaheunfälle, weil abbiegende Autos Fußgänger übersehen.",
                "Intelligente Ampeln sollten erkennen, wenn noch jemand auf dem Überweg ist.",
                "Mehr Zebrastreifen und Mittelinseln würden das Überqueren breiter Straßen sicherer machen.",
            ],
            ["Longer green lights for pedestrians", "Fix the dangerous crossing"],
            [
                "The pedestrian green phase is far too short for older people to cross the road.",
                "Turning cars keep missing pedestrians at this junction, we need a safer crossing.",
            ],
        ),
    },
    "ecosystem": {
        "street_trees": (
            ["Mehr Bäume gegen Hitze", "Stadtbäume pflanzen", "Schattige Straßen durch Baumpflanzungen"],
            [
                "Im Sommer heizen sich die Straßen extrem auf, wir brauchen viel mehr Bäume für Schatten.",
                "Jede Straße sollte neue Straßenbäume bekommen, damit die Stadt im Sommer kühler bleibt.",
                "Versiegelte Plätze könnten mit Baumpflanzungen zu schattigen Orten werden.",
                "Die Stadt soll für jeden gefällten Baum zwei neue pflanzen.",
            ],
            ["Plant more trees against the heat", "Shade for hot streets"],
            [
                "Streets get extremely hot in summer, we need many more trees for shade.",
                "Plant new street trees in every neighbourhood to cool the city down.",
            ],
        ),
        "tree_sensors": (
            ["Bodenfeuchtesensoren für Stadtbäume", "Gießbedarf der Bäume messen", "Bäume digital bewässern"],
            [
                "Sensoren im Wurzelbereich könnten melden, wann ein Baum Wasser braucht.",
                "Jungbäume vertrocknen im Sommer, eine Messung der Bodenfeuchte würde beim Gießen helfen.",
                "Eine Gießkarte zeigt Anwohnern, welcher Baum in ihrer Straße dringend Wasser braucht.",
                "Mit Feuchtigkeitsfühlern kann das Grünflächenamt gezielt statt nach Plan bewässern.",
            ],
            ["Soil moisture sensors for trees", "A watering map for street trees"],
            [
                "Sensors in the soil could tell when a young tree needs water.",
                "A map showing which trees need watering would let neighbours help out in dry summers.",
            ],
        ),
        "air_quality": (
            ["Luftqualität in allen Stadtteilen messen", "Feinstaubsensoren aufstellen", "Offene Daten zur Luft"],
            [
                "Es gibt nur wenige Messstellen, wir wissen kaum, wie schlecht die Luft an den Hauptstraßen ist.",
                "Günstige Feinstaub- und Stickoxidsensoren an Laternen würden ein genaues Bild liefern.",
                "Die Messwerte zur Luftverschmutzung sollten live und offen im Internet stehen.",
                "Ein Messnetz für Schadstoffe an Schulen und Kitas wäre wichtig für die Gesundheit.",
            ],
            ["Measure air quality in every district", "Open air pollution data"],
            [
                "There are very few monitoring stations, we barely know how polluted the air is on busy roads.",
                "Cheap particulate and NO2 sensors on lamp posts could publish live open data.",
            ],
        ),
        "rainwater": (
            ["Regenwasser speichern statt ableiten", "Schwammstadt Kassel", "Starkregen vorbeugen"],
            [
                "Bei Starkregen laufen Keller voll, die Stadt muss Regenwasser besser versickern lassen.",
                "Kassel sollte zur Schwammstadt werden, mit Mulden und Zisternen, die Regen zurückhalten.",
                "Entsiegelte Flächen und Rigolen könnten das Wasser speichern, das sonst in den Kanal rauscht.",
                "Ein Frühwarnsystem für Überflutungen an der Fulda und den Bächen würde Anwohner schützen.",
            ],
            ["Make Kassel a sponge city", "Store rainwater instead of draining it"],
            [
                "Heavy rain floods basements; the city should let rainwater soak away and store it.",
                "Swales and cisterns could hold back rain that now rushes into the sewers.",
            ],
        ),
        "biodiversity": (
            ["Blühwiesen statt Rasen", "Mehr Insektenschutz in Parks", "Wildblumen auf Grünstreifen"],
            [
                "Die Grünstreifen werden zu oft gemäht, Blühwiesen würden Bienen und Schmetterlingen helfen.",
                "In der Karlsaue und anderen Parks sollten Flächen für Wildblumen und Insekten bleiben.",
                "Statt englischem Rasen bitte artenreiche Wiesen mit heimischen Pflanzen anlegen.",
                "Nistkästen und Insektenhotels in den Parks fördern die Artenvielfalt in der Stadt.",
            ],
            ["Wildflower meadows instead of lawns", "Protect insects in our parks"],
            [
                "Verges are mowed too often; wildflower meadows would help bees and butterflies.",
                "Leave parts of the parks wild for insects and native plants.",
            ],
        ),
        "waste": (
            ["Intelligente Mülleimer", "Füllstandssensoren für Abfallbehälter", "Überquellende Papierkörbe"],
            [
                "Die Papierkörbe in den Parks quellen am Wochenende über und der Müll fliegt herum.",
                "Sensoren könnten melden, wenn ein Abfallbehälter voll ist, damit er rechtzeitig geleert wird.",
                "Solarbetriebene Müllbehälter mit Presse würden weniger Leerungen brauchen.",
                "Die Müllabfuhr sollte ihre Touren nach dem tatsächlichen Füllstand planen.",
            ],
            ["Smart bins that report when they are full", "Overflowing litter bins in parks"],
            [
                "Litter bins overflow every weekend and rubbish blows around the park.",
                "Fill-level sensors would tell the city when a bin needs emptying.",
            ],
        ),
        "fulda": (
            ["Fulda sauberer machen", "Wasserqualität der Fulda überwachen", "Baden in der Fulda ermöglichen"],
            [
                "Es wäre schön, wenn man wieder in der Fulda schwimmen könnte, dafür muss das Wasser sauberer werden.",
                "Messbojen in der Fulda könnten die Wasserqualität laufend prüfen und veröffentlichen.",
                "Eine offizielle Badestelle an der Fulda mit täglichen Wasserwerten wäre ein Gewinn.",
                "Die Einleitungen in die Fulda nach Regen müssen überwacht und verringert werden.",
            ],
            ["Swimming in the Fulda river", "Monitor water quality of the Fulda"],
            [
                "It would be great to swim in the Fulda again, with daily water quality readings.",
                "Sensor buoys could check and publish the river's water quality continuously.",
            ],
        ),
    },
    "citizen": {
        "public_wifi": (
            ["Freies WLAN in der Innenstadt", "Kostenloses WLAN an Plätzen", "Öffentliche Hotspots ausbauen"],
            [
                "Auf dem Königsplatz und in der Fußgängerzone gibt es kein kostenloses Internet.",
                "Die Stadt sollte an allen zentralen Plätzen und in Bussen freies WLAN anbieten.",
                "Öffentliche Hotspots in Bibliotheken, Bürgerhäusern und Parks würden vielen Menschen helfen.",
                "Gratis Internetzugang im Stadtgebiet ist heute so wichtig wie Straßenbeleuchtung.",
            ],
            ["Free Wi-Fi in the city centre", "Public hotspots on squares"],
            [
                "There is no free internet on Königsplatz or in the pedestrian zone.",
                "Offer free public Wi-Fi on squares, in libraries and on buses.",
            ],
        ),
        "senior_skills": (
            ["Digitalkurse für Senioren", "Smartphone-Hilfe für Ältere", "Digitale Paten im Stadtteil"],
            [
                "Viele ältere Menschen kommen mit dem Smartphone nicht zurecht und brauchen geduldige Hilfe.",
                "Kostenlose Kurse im Bürgerhaus könnten Senioren Online-Banking und Videotelefonie zeigen.",
                "Ehrenamtliche Digitalpaten könnten älteren Nachbarn bei Tablet und Handy helfen.",
                "Eine offene Sprechstunde für Computerfragen in der Stadtteilbibliothek wäre toll für Rentner.",
            ],
            ["Digital skills courses for seniors", "Smartphone help for older people"],
            [
                "Many older people struggle with smartphones and need patient, free help.",
                "Volunteer digital mentors could help elderly neighbours with tablets and phones.",
            ],
        ),
        "open_data": (
            ["Offene Daten der Stadt", "Open-Data-Portal für Kassel", "Verwaltungsdaten veröffentlichen"],
            [
                "Die Stadtverwaltung sollte ihre Daten maschinenlesbar und frei nutzbar veröffentlichen.",
                "Ein Open-Data-Portal mit Haushalt, Verkehr und Umweltdaten würde Transparenz schaffen.",
                "Wenn Daten offen sind, können Bürger und Start-ups nützliche Anwendungen entwickeln.",
                "Ratsbeschlüsse und Haushaltszahlen gehören als offene Datensätze ins Netz.",
            ],
            ["Open data portal for Kassel", "Publish city data openly"],
            [
                "The administration should publish its data in machine-readable form under an open licence.",
                "Open budget, traffic and environment data would make the city more transparent.",
            ],
        ),
        "online_services": (
            ["Behördengänge online erledigen", "Digitale Anträge im Bürgerbüro", "Formulare ohne Papier"],
            [
                "Für jeden Antrag muss man noch persönlich ins Rathaus und Papierformulare ausfüllen.",
                "Anträge wie Anwohnerparkausweis oder Wohngeld sollten komplett online möglich sein.",
                "Die Verwaltung braucht einfache digitale Formulare, die man vom Sofa aus abschicken kann.",
                "Ich möchte den Stand meines Antrags online verfolgen können statt anzurufen.",
            ],
            ["Do city paperwork online", "Digital forms instead of paper"],
            [
                "Every application still means a trip to city hall and paper forms.",
                "I want to submit applications online and track their status.",
            ],
        ),
        "neighbourhood_platform": (
            ["Nachbarschaftsplattform für Stadtteile", "Digitales schwarzes Brett", "Nachbarschaftshilfe vernetzen"],
            [
                "Eine Plattform für den Stadtteil, auf der Nachbarn Hilfe anbieten und Dinge verleihen.",
                "Ein digitales schwarzes Brett für Veranstaltungen und Gesuche in der Nachbarschaft fehlt.",
                "Vereine, Initiativen und Anwohner sollten sich im Viertel online besser vernetzen können.",
                "Über eine lokale App könnten Nachbarn gemeinsam Werkzeug teilen und sich helfen.",
            ],
            ["A neighbourhood platform for each district", "Digital notice board for neighbours"],
            [
                "A local platform where neighbours offer help, lend things and announce events.",
                "Clubs and residents should be able to connect online within their neighbourhood.",
            ],
        ),
        "participation": (
            ["Mehr Bürgerbeteiligung online", "Bürgerhaushalt einführen", "Über Projekte digital abstimmen"],
            [
                "Bürgerinnen und Bürger sollten über einen Teil des Haushalts selbst entscheiden können.",
                "Ein Bürgerhaushalt mit Online-Abstimmung würde die Menschen stärker einbinden.",
                "Die Stadt sollte bei großen Bauprojekten online nach der Meinung der Anwohner fragen.",
                "Ergebnisse von Beteiligungen müssen nachvollziehbar veröffentlicht werden, sonst fühlt man sich nicht ernst genommen.",
            ],
            ["Participatory budgeting for Kassel", "Let citizens vote on projects online"],
            [
                "Citizens should decide directly on part of the city budget through an online vote.",
                "Ask residents online before big building projects and publish what happened with their input.",
            ],
        ),
    },
    "welcome": {
        "multilingual_info": (
            ["Stadtinformationen in mehreren Sprachen", "Mehrsprachige Webseite der Stadt", "Infos auf Englisch"],
            [
                "Die Webseite der Stadt gibt es fast nur auf Deutsch, Zugezogene verstehen vieles nicht.",
                "Wichtige Informationen zu Anmeldung, Müll und Schule sollten in vielen Sprachen verfügbar sein.",
                "Eine mehrsprachige Stadt-App würde Neuankömmlingen den Alltag sehr erleichtern.",
                "Behördenschreiben sollten eine einfache Übersetzung oder Erklärung in Englisch haben.",
            ],
            ["City information in English", "A multilingual city website"],
            [
                "The city website is almost only in German and newcomers cannot understand much.",
                "Key information about registration, waste and schools should be available in many languages.",
            ],
        ),
        "newcomer_guide": (
            ["Willkommenspaket für Neubürger", "Digitaler Wegweiser für Zugezogene", "Erste Schritte in Kassel"],
            [
                "Wer neu nach Kassel zieht, sollte ein Willkommenspaket mit allen wichtigen Adressen bekommen.",
                "Ein digitaler Leitfaden für die ersten Wochen in der Stadt mit Checkliste wäre hilfreich.",
                "Neubürgerinnen brauchen eine Übersicht, wo man Arzt, Kita und Sportverein findet.",
                "Eine Begrüßungsveranstaltung und ein Online-Ratgeber würden Zugezogenen das Ankommen erleichtern.",
            ],
            ["Welcome package for newcomers", "A digital guide for the first weeks"],
            [
                "People moving to Kassel should get a welcome pack with all the important addresses.",
                "A digital checklist for the first weeks in the city would help new residents.",
            ],
        ),
        "citizens_office": (
            ["Termine im Bürgerbüro online buchen", "Wartezeiten im Bürgeramt verkürzen", "Online-Terminvergabe"],
            [
                "Für einen Termin im Bürgerbüro wartet man wochenlang, die Online-Buchung funktioniert selten.",
                "Die Wartezeit im Bürgeramt sollte live online angezeigt werden.",
                "Die Anmeldung der Wohnung sollte man ohne Termin vor Ort digital erledigen können.",
                "Mehr freie Termine und eine Warteliste per SMS würden das Bürgeramt entlasten.",
            ],
            ["Book citizens' office appointments online", "Shorter waiting times at the registry office"],
            [
                "You wait weeks for an appointment at the citizens' office and online booking rarely works.",
                "Show the current waiting time of the registry office online.",
            ],
        ),
        "students": (
            ["Internationale Studierende unterstützen", "Wohnungssuche für Studierende", "Uni und Stadt verbinden"],
            [
                "Internationale Studierende finden in Kassel kaum eine Wohnung und kennen niemanden.",
                "Die Universität und die Stadt sollten gemeinsam eine Anlaufstelle für ausländische Studenten schaffen.",
                "Ein Buddy-Programm könnte neue Studierende mit Einheimischen zusammenbringen.",
                "Am Campus Holländischer Platz fehlt eine Beratung zu Wohnen, Visum und Jobs.",
            ],
            ["Support international students", "Help students find housing"],
            [
                "International students can hardly find a flat in Kassel and don't know anyone.",
                "A buddy programme could connect new students with locals.",
            ],
        ),
        "skilled_workers": (
            [
                "Fachkräfte aus dem Ausland gewinnen",
                "Anerkennung von Abschlüssen beschleunigen",
                "Welcome Center für Fachkräfte",
            ],
            [
                "Die Anerkennung ausländischer Berufsabschlüsse dauert viel zu lange.",
                "Ein Welcome Center könnte Fachkräften bei Visum, Job und Familie aus einer Hand helfen.",
                "Unternehmen in Kassel suchen Personal, aber Zugewanderte scheitern an der Bürokratie.",
                "Eine digitale Plattform für Arbeitgeber und internationale Fachkräfte würde die Region stärken.",
            ],
            ["Attract skilled workers from abroad", "Faster recognition of foreign degrees"],
            [
                "Recognition of foreign qualifications takes far too long.",
                "A welcome centre could help skilled workers with visa, jobs and family in one place.",
            ],
        ),
        "visitors": (
            ["Besucherinformation zur documenta", "Digitale Stadtführung", "Touristen-App für Kassel"],
            [
                "Während der documenta finden sich Besucher kaum zurecht, es fehlen digitale Wegweiser.",
                "Eine App mit Stadtführung zu Bergpark, Herkules und Museen würde Gäste begeistern.",
                "QR-Codes an Sehenswürdigkeiten könnten Informationen in mehreren Sprachen liefern.",
                "Touristen brauchen eine Übersicht über Veranstaltungen, Tickets und Nahverkehr in einer App.",
            ],
            ["Visitor app for documenta", "Digital city tour of Kassel"],
            [
                "During documenta visitors get lost, there are no digital signposts.",
                "An app with a guided tour of Bergpark, Herkules and the museums would delight guests.",
            ],
        ),
    },
    "h2quarters": {
        "solar_roofs": (
            ["Solaranlagen auf öffentliche Dächer", "Photovoltaik auf Schulen", "Solardachkataster"],
            [
                "Auf den Dächern von Schulen und Verwaltungsgebäuden sollten Solaranlagen installiert werden.",
                "Ein Solarkataster zeigt jedem Hausbesitzer, ob sich Photovoltaik auf seinem Dach lohnt.",
                "Jedes geeignete städtische Dach muss bis 2030 mit Photovoltaik belegt sein.",
                "Mehr Sonnenstrom von den Dächern der Stadt macht uns unabhängiger.",
            ],
            ["Solar panels on public roofs", "Photovoltaics on every school"],
            [
                "Put solar panels on the roofs of schools and public buildings.",
                "A solar map should show every owner whether panels pay off on their roof.",
            ],
        ),
        "hydrogen_buses": (
            ["Wasserstoffbusse für die KVG", "Busse mit Brennstoffzelle", "H2-Tankstelle für den Nahverkehr"],
            [
                "Die KVG sollte ihre Dieselbusse schrittweise durch Wasserstoffbusse ersetzen.",
                "Brennstoffzellenbusse fahren leise und sauber, Kassel könnte hier Vorreiter sein.",
                "Für Busse und Müllfahrzeuge braucht es eine Wasserstofftankstelle im Stadtgebiet.",
                "Grüner Wasserstoff aus der Region könnte den öffentlichen Nahverkehr antreiben.",
            ],
            ["Hydrogen buses for KVG", "Fuel cell buses and a hydrogen station"],
            [
                "KVG should replace its diesel buses with hydrogen fuel cell buses.",
                "A hydrogen filling station for buses and refuse trucks would make Kassel a pioneer.",
            ],
        ),
        "district_heating": (
            ["Fernwärme ausbauen", "Nahwärmenetz im Quartier", "Wärmenetz mit Abwärme"],
            [
                "Das Fernwärmenetz sollte auf weitere Stadtteile ausgeweitet werden.",
                "Ein Nahwärmenetz im Quartier könnte Abwärme aus Industrie und Rechenzentren nutzen.",
                "Viele Häuser heizen noch mit Öl, ein Anschluss an das Wärmenetz wäre klimafreundlicher.",
                "Die kommunale Wärmeplanung muss zeigen, welche Straßen wann Fernwärme bekommen.",
            ],
            ["Expand district heating", "Use waste heat in a local heating network"],
            [
                "Extend the district heating network to more neighbourhoods.",
                "A local heating grid could use waste heat from industry and data centres.",
            ],
        ),
        "renovation": (
            ["Energetische Sanierung fördern", "Beratung zur Gebäudedämmung", "Altbauten sanieren"],
            [
                "Viele Altbauten verlieren Wärme durch schlechte Fenster und fehlende Dämmung.",
                "Eine kostenlose Energieberatung würde Eigentümern den Einstieg in die Sanierung erleichtern.",
                "Die Stadt sollte die Dämmung von Mietshäusern mit einem Förderprogramm unterstützen.",
                "Ein digitaler Sanierungsfahrplan zeigt, welche Maßnahmen am meisten Energie sparen.",
            ],
            ["Support energy-efficient renovation", "Free advice on insulation"],
            [
                "Many old buildings lose heat through poor windows and missing insulation.",
                "Free energy advice would help owners start renovating their homes.",
            ],
        ),
        "energy_community": (
            ["Energiegemeinschaften gründen", "Bürgerenergie im Quartier", "Mieterstrom ermöglichen"],
            [
                "Nachbarn sollten gemeinsam Strom erzeugen und im Quartier teilen können.",
                "Eine Bürgerenergiegenossenschaft könnte Solar- und Windanlagen in Kassel finanzieren.",
                "Mieterstrom vom eigenen Hausdach muss einfacher werden, damit auch Mieter profitieren.",
                "Die Stadtwerke könnten Energiegemeinschaften mit Beratung und Technik unterstützen.",
            ],
            ["Start local energy communities", "Tenant electricity from the roof"],
            [
                "Neighbours should be able to produce electricity together and share it locally.",
                "A citizens' energy cooperative could finance solar and wind projects in Kassel.",
            ],
        ),
        "smart_meters": (
            ["Energieverbrauch sichtbar machen", "Intelligente Stromzähler", "Verbrauchsdaten in Echtzeit"],
            [
                "Mit intelligenten Zählern könnte jeder Haushalt seinen Stromverbrauch live sehen.",
                "Eine App der Stadtwerke sollte Strom- und Wärmeverbrauch verständlich darstellen.",
                "Öffentliche Gebäude sollten ihren Energieverbrauch auf einer Anzeige veröffentlichen.",
                "Wenn man sieht, wann Strom günstig und grün ist, kann man Geräte passend einschalten.",
            ],
            ["Make energy use visible", "Smart meters with real-time data"],
            [
                "Smart meters would let every household see its electricity use live.",
                "Public buildings should display their energy consumption for everyone to see.",
            ],
        ),
        "ev_charging": (
            ["Mehr Ladesäulen für E-Autos", "Laternenladen in Wohnstraßen", "Schnellladen im Quartier"],
            [
                "In Wohnvierteln ohne Garage gibt es kaum Möglichkeiten, ein Elektroauto zu laden.",
                "Straßenlaternen könnten zu Ladepunkten für Elektrofahrzeuge umgebaut werden.",
                "An Supermärkten und Parkhäusern fehlen Schnellladesäulen.",
                "Die Ladeinfrastruktur für E-Autos muss in allen Stadtteilen wachsen, nicht nur in der Mitte.",
            ],
            ["More charging points for electric cars", "Charge your car at street lamps"],
            [
                "In residential streets without garages there is hardly anywhere to charge an electric car.",
                "Street lamps could be converted into charging points for electric vehicles.",
            ],
        ),
    },
}

# One-off ideas that belong to no theme (noise). Each is used at most once per field.
NOISE: dict[str, list[str]] = {
    "mobility": [
        "Die Rolltreppe am Hauptbahnhof ist seit Monaten kaputt.",
        "Ein Fahrradparkhaus am Bahnhof Wilhelmshöhe wäre praktisch.",
        "Please run the RegioTram more often on Sundays.",
        "Die Taxistände am Rathaus sollten verlegt werden.",
        "Bitte eine Seilbahn auf den Herkules bauen.",
        "Skateboard fahren sollte auf dem Friedrichsplatz erlaubt sein.",
        "Kostenlose Fahrten mit der Tram am Geburtstag.",
        "Mehr Abstellplätze für Motorräder an der Uni.",
    ],
    "ecosystem": [
        "Hundekotbeutelspender an allen Parkeingängen aufstellen.",
        "Ein Urban-Gardening-Projekt auf dem Dach des Rathauses.",
        "Please stop using leaf blowers on Sunday mornings.",
        "Mehr Trinkbrunnen in der Innenstadt im Sommer.",
        "Die Krähen am Bahnhof machen alles schmutzig.",
        "Eine Stadtimkerei als Lernort für Schulklassen.",
        "Laubsäcke kostenlos im Herbst verteilen.",
    ],
    "citizen": [
        "Die Stadtbibliothek sollte sonntags geöffnet haben.",
        "Ein Repair-Café für Elektrogeräte in jedem Stadtteil.",
        "Please translate council meetings into sign language.",
        "Ratssitzungen per Livestream übertragen.",
        "Mehr Bänke auf dem Marktplatz zum Ausruhen.",
        "Ein Schachbrett im Park für alle.",
        "Jugendliche sollten einen eigenen Jugendbeirat wählen dürfen.",
    ],
    "welcome": [
        "Ein internationales Straßenfest im Sommer veranstalten.",
        "Please more English books in the city library.",
        "Die Ausländerbehörde braucht bessere Öffnungszeiten am Abend.",
        "Stadtplan aus Papier im Hotel auslegen.",
        "Ein Gästeführer-Programm mit Rentnern aus der Stadt.",
        "Kostenlose Deutschkurse am Wochenende.",
        "Souvenirladen am Herkules eröffnen.",
    ],
    "h2quarters": [
        "Ein Windrad auf dem Dörnberg ist hässlich.",
        "Kleine Wasserkraftwerke an der Fulda prüfen.",
        "Please publish the energy prices of the municipal utility monthly.",
        "Weihnachtsbeleuchtung nur noch mit LED.",
        "Ein Energiesparwettbewerb zwischen Schulen.",
        "Balkonkraftwerke für Mieter bezuschussen.",
        "Rechenzentren sollen ihre Abwärme verkaufen.",
    ],
}

OPENERS_DE = [
    "",
    "",
    "",
    "Ich wünsche mir: ",
    "Bitte: ",
    "Vorschlag: ",
    "Es wäre toll, wenn sich etwas ändert. ",
    "Mein Anliegen: ",
    "Hallo, ",
    "Wichtig für unseren Stadtteil: ",
]
OPENERS_EN = ["", "", "Suggestion: ", "Please consider this. ", "Hi, "]
PLACE_DE = [
    "Das betrifft besonders {place}.",
    "Zum Beispiel in {place}.",
    "Gerade rund um {place} ist das ein Problem.",
    "Ich wohne in {place}.",
    "",
]
PLACE_EN = ["This is especially true around {place}.", "For example near {place}.", ""]
CLOSERS_DE = [
    "",
    "",
    "Danke!",
    "Das würde vielen helfen.",
    "Bitte dringend umsetzen!",
    "Andere Städte machen das längst.",
]
CLOSERS_EN = ["", "Thanks!", "Other cities already do this."]

PLACES = [
    "Königsplatz",
    "Friedrichsplatz",
    "Brüder-Grimm-Platz",
    "Wehlheider Platz",
    "der Wilhelmshöher Allee",
    "Bahnhof Wilhelmshöhe",
    "dem Kulturbahnhof",
    "der Karlsaue",
    "der Fuldaaue",
    "dem Auedamm",
    "dem Holländischen Platz",
    "Schönfeld-Park",
]

COMMENTS_DE = [
    "Gute Idee, unterstütze ich!",
    "Sehe ich genauso.",
    "Das kostet doch viel zu viel Geld.",
    "Bei uns im Viertel ist es genauso.",
    "Wer soll das bezahlen?",
    "Endlich sagt es jemand.",
    "Das gibt es in Göttingen schon, funktioniert gut.",
    "Bin dagegen, es gibt Wichtigeres.",
]
COMMENTS_EN = ["Great idea!", "I agree, this is overdue.", "Not sure this is worth the money."]

# Approximate district centres (lat, lon), enough to place synthetic proposals inside Kassel.
DISTRICTS: dict[str, tuple[float, float]] = {
    "mitte": (51.3155, 9.4960),
    "suedstadt": (51.3040, 9.4900),
    "vorderer-westen": (51.3170, 9.4680),
    "wehlheiden": (51.3060, 9.4640),
    "bad-wilhelmshoehe": (51.3130, 9.4230),
    "brasselsberg": (51.2950, 9.4130),
    "suesterfeld-helleboehn": (51.2930, 9.4450),
    "harleshausen": (51.3480, 9.4250),
    "kirchditmold": (51.3270, 9.4390),
    "rothenditmold": (51.3300, 9.4650),
    "nord-holland": (51.3290, 9.4920),
    "philippinenhof-warteberg": (51.3450, 9.4800),
    "fasanenhof": (51.3310, 9.5110),
    "wesertor": (51.3230, 9.5040),
    "wolfsanger-hasenhecke": (51.3390, 9.5330),
    "bettenhausen": (51.3140, 9.5320),
    "forstfeld": (51.3030, 9.5340),
    "waldau": (51.2850, 9.5240),
    "niederzwehren": (51.2830, 9.4680),
    "oberzwehren": (51.2750, 9.4500),
    "nordshausen": (51.2760, 9.4250),
    "jungfernkopf": (51.3520, 9.4550),
    "unterneustadt": (51.3130, 9.5080),
}
