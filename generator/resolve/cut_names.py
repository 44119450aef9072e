"""Names the language pipeline cut short at their first word: "the Deepwater [Horizon]
rig", where spaCy tagged "Horizon" alone some forty times and "Deepwater Horizon" whole
more often still. The capitalised word right before such a mention, with which it makes
a place's name the corpus writes whole, is part of it: the mention is that name and
joins that place (run by entities.py after the grouping of mentions).

Only a place's name (a facility, a water, a town: "Deepwater Horizon", "New [York]");
not after a title ("President [Biden]"), and not where the word is a mention of its
own ("DeepWater" tagged an organization, then "Horizon").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from .mentions import TITLES, name_key
from .names import HONORIFICS
from .resolution import Cluster, type_of

# The capitalised word right before a mention, a space between: "Deepwater [Horizon]".
RULE = "a name cut short at its first word"
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*) $")


def join_cut_names(clusters: list[Cluster], documents: Sequence[Document]) -> None:
    """Each mention cut short at its first word joins the place named whole."""
    by_key = {
        name_key(n): i for i, c in enumerate(clusters) for n in sorted({m.text for m in c.mentions})
    }
    starts: set[tuple[int, int]] = set()  # where a mention starts: made when first asked
    kinds: dict[int, str] = {}
    for i, cluster in enumerate(clusters):
        moved = []
        for mention in cluster.mentions:
            if mention.key is not None:
                continue
            text = documents[mention.doc].text
            if mention.start < 2 or text[mention.start - 1] != " ":
                continue
            before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if before is None:
                continue
            word = before.group(1)
            if word.lower() in TITLES or word.lower().rstrip(".") in HONORIFICS:
                continue
            target = by_key.get(name_key(f"{word} {mention.text}"))
            if target is None or target == i:
                continue
            if not starts:
                starts = {(m.doc, m.start) for c in clusters for m in c.mentions}
            if (mention.doc, before.start(1)) in starts:
                continue  # "DeepWater" a mention of its own
            if target not in kinds:
                kinds[target] = type_of(clusters[target])
            if kinds[target] == "place":
                clusters[target].evidence.append(
                    (mention.text, RULE, mention.doc, mention.sentence)
                )
                mention.start, mention.text = before.start(1), f"{word} {mention.text}"
                moved.append((target, mention))
        gone = {id(m) for _, m in moved}
        if gone:
            cluster.mentions = [m for m in cluster.mentions if id(m) not in gone]
        for target, mention in moved:
            clusters[target].mentions.append(mention)
