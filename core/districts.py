"""Where Kassel's districts lie: one centre point each, to suggest a district for a place on the map.

No district boundaries are shipped, so a place gets the district whose centre is nearest. Near a border
that can be the neighbour, which is why the citizen confirms the suggestion. The points are approximate
centres of the 23 Ortsbezirke (WGS 84), good to a few hundred metres.
"""

import math
from decimal import Decimal

from .choices import District

DISTRICT_CENTRES: dict[str, tuple[float, float]] = {
    District.MITTE: (51.3160, 9.4950),
    District.SUEDSTADT: (51.3050, 9.4870),
    District.VORDERER_WESTEN: (51.3150, 9.4710),
    District.WEHLHEIDEN: (51.3030, 9.4640),
    District.BAD_WILHELMSHOEHE: (51.3120, 9.4280),
    District.BRASSELSBERG: (51.2930, 9.4110),
    District.SUESTERFELD_HELLEBOEHN: (51.2940, 9.4490),
    District.HARLESHAUSEN: (51.3450, 9.4270),
    District.KIRCHDITMOLD: (51.3280, 9.4470),
    District.ROTHENDITMOLD: (51.3300, 9.4730),
    District.NORD_HOLLAND: (51.3290, 9.4930),
    District.PHILIPPINENHOF_WARTEBERG: (51.3440, 9.4820),
    District.FASANENHOF: (51.3340, 9.5110),
    District.WESERTOR: (51.3220, 9.5040),
    District.WOLFSANGER_HASENHECKE: (51.3410, 9.5370),
    District.BETTENHAUSEN: (51.3110, 9.5310),
    District.FORSTFELD: (51.3000, 9.5330),
    District.WALDAU: (51.2860, 9.5230),
    District.NIEDERZWEHREN: (51.2820, 9.4710),
    District.OBERZWEHREN: (51.2760, 9.4500),
    District.NORDSHAUSEN: (51.2740, 9.4270),
    District.JUNGFERNKOPF: (51.3530, 9.4540),
    District.UNTERNEUSTADT: (51.3130, 9.5090),
}


def district_nearest(latitude: Decimal | float, longitude: Decimal | float) -> str:
    """The district whose centre lies nearest to the place (an approximation, see the module's note)."""
    lat, lon = float(latitude), float(longitude)
    # Degrees of longitude are shorter than degrees of latitude at Kassel's 51° north.
    scale = math.cos(math.radians(lat))
    return min(
        DISTRICT_CENTRES,
        key=lambda key: (DISTRICT_CENTRES[key][0] - lat) ** 2 + ((DISTRICT_CENTRES[key][1] - lon) * scale) ** 2,
    )
