"""What a reader sees marked in a text: read from the formats the highlighting painted on the
document's lines, not from the highlighter's own lists."""
from __future__ import annotations

from reportdesk.gui.views.highlight import formats


def painted(document) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every stretch of the document painted as a kind of mark (a
    stretch with an underline over a colour counts for both)."""
    kinds = {kind: fmt.properties() for kind, fmt in formats().items() if fmt.properties()}
    found = []
    block = document.begin()
    while block.isValid():
        for stretch in block.layout().formats():
            has = stretch.format.properties()
            start = block.position() + stretch.start
            found += [(start, start + stretch.length, kind) for kind, want in kinds.items()
                      if all(has.get(k) == v for k, v in want.items())]
        block = block.next()
    return found


COPY_KINDS = {"boilerplate", "boilerplate_hidden", "copied", "reused"}  # 查重's marks, shown apart from the comparison's


def comparison_marks(document) -> list[tuple[int, int, str]]:
    """The comparison's marks and Find hits: what is painted, 查重's own marks left out."""
    return [m for m in painted(document) if m[2] not in COPY_KINDS]
