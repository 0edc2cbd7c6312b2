"""Articles with hostile metadata and text, shared by the HTML and notebook tests."""

from __future__ import annotations

from crosscheck import Article

# Our own sentences: a conflict (120 vs 300/310 killed), with hostile metadata and text.
HOSTILE = [
    Article(
        id="a",
        title="<script>alert(1)</script> Floods kill 120",
        source="Daily <b>News</b>",
        url="javascript:alert(1)",
        published="2026-11-03",
        language="en",
        text="Floods hit <i>Valencia</i> on Tuesday. The regional government said 120 people "
        "died in the floods in Valencia on Tuesday.",
    ),
    Article(
        id="b",
        title="Floods: 300 dead",
        source="Wire & Co",
        url="https://example.org/floods?a=1&b=2",
        published="2026-11-03",
        language="en",
        text="Floods hit Valencia on Tuesday. Rescuers said 300 people died in the floods in "
        "Valencia on Tuesday.",
    ),
    Article(
        id="c",
        title="Floods <toll>",
        source="Third",
        published="2026-11-03",
        language="en",
        text="Floods hit Valencia on Tuesday. Rescuers <said> about 310 people died in the "
        "floods in Valencia on Tuesday.",
    ),
]
