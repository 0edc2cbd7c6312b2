"""The number layer on its own: figures in running text, in several languages."""

from __future__ import annotations

import crosscheck

SENTENCES = [
    ("ro", "Potrivit ministerului, aproximativ 11-12 mii de soldați au fost trimiși inițial."),
    ("it", "Secondo l'ONU, tra 20.000 e 30.000 persone hanno lasciato la città."),
    ("en", "Officials said another 6,000 troops, worth $800 million in aid, would follow."),
]

for language, sentence in SENTENCES:
    print(sentence)
    for q in crosscheck.find_quantities(sentence, language=language):
        print(
            f"  {q.text!r}: low={q.low} high={q.high} {q.qualifier} unit={q.unit}"
            f"{' increment' if q.increment else ''}"
        )
