"""Write generator/lexicon/regions.txt: the names of the world's first-level regions
(states, provinces, regions, governorates, prefectures, departments, oblasts...) from
ISO 3166-2 as the pycountry package ships it (Debian's iso-codes, LGPL-2.1). Run by
hand when the list is to be renewed:

    pip download pycountry==26.2.16 --no-deps -d /tmp/pc && unzip -o /tmp/pc/*.whl -d /tmp/pc
    python scripts/make_regions.py /tmp/pc/pycountry/databases/iso3166-2.json

Only first-level subdivisions of the kinds below (not districts, municipalities,
parishes or counties: thousands of small places whose names are often common words or
surnames), each main name folded as entity names are compared (accents and case away:
ingest/text.fold), the part before a slash or a bracket only; names of fewer than four
letters and names made only of a compass point or a kind of place ("Central",
"Northern", "Capital") are left out.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ingest.text import fold

KINDS = {
    "Autonomous community", "Autonomous province", "Autonomous region", "Autonomous republic",
    "Administrative region", "Canton", "Department", "Emirate", "Governorate", "Land",
    "Oblast", "Prefecture", "Province", "Region", "Regional state", "Republic", "State",
    "Territory", "Union territory", "Voivodship",
}  # fmt: skip
GENERIC = {
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "capital", "coast", "coastal", "upper", "lower", "north-east", "north-west", "south-east",
    "south-west", "northeast", "northwest", "southeast", "southwest", "region", "province",
    "district", "territory", "islands", "island", "lakes", "the", "of", "and", "city", "mid",
}  # fmt: skip

# The kind after a Chinese region's name in ISO 3166-2 ("Sichuan Sheng", "Xinjiang Uygur
# Zizhiqu"), which news write without it.
_CHINESE_KIND = re.compile(r"(?: uygur| zhuangzu| huizu)? (?:sheng|shi|zizhiqu)$")

HEADER = """\
# First-level regions of the world's countries (states, provinces, regions,
# governorates, prefectures, oblasts): their main names, folded (accents and case
# away). From ISO 3166-2 as the pycountry package 26.2.16 ships it (Debian iso-codes,
# LGPL-2.1); written by scripts/make_regions.py. Read with cities.txt: a name tagged an
# organization that is one of these and is written as a place in half its mentions
# ("in Minas Gerais", "the state of Minas Gerais") is that region (placed.py).
"""


def main(path: str) -> None:
    entries = json.loads(Path(path).read_text(encoding="utf-8"))["3166-2"]
    names = set()
    for entry in entries:
        if "parent" in entry or entry["type"] not in KINDS:
            continue
        name = re.split(r"\s*[/(\[]", entry["name"])[0].strip()
        key = _CHINESE_KIND.sub("", fold(name))  # "Sichuan Sheng": Sichuan
        words = key.split()
        if len(key) < 4 or all(w in GENERIC for w in words):
            continue
        names.add(key)
    out = Path(__file__).resolve().parent.parent / "generator" / "lexicon" / "regions.txt"
    out.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names in {out}")


if __name__ == "__main__":
    main(sys.argv[1])
