"""Write the HTML view of the reference article: speakers, quotes, times and contradictions.

Run:  python examples/html_view.py [OUT.html]

Then open the file in a browser. Hover a speaker to see the actor claimkit resolved it
to, hover a time to see its normalized value, and click an entry of the side panel to
jump to the statement. The page is self-contained: it loads nothing from the network.
"""

import sys
from pathlib import Path

import claimkit

here = Path(__file__).parent
text = (here / "data" / "reference-article.txt").read_text(encoding="utf-8")
analysis = claimkit.analyze(text, published="2017-07-26", doc_id="reference-article")

out = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "out" / "reference-article.html"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(claimkit.render_html(analysis, title="Reference article"), encoding="utf-8")

print(f"wrote {out}")
print(f"{len(analysis.statements)} statements, {len(analysis.times)} time expressions, ", end="")
print(f"{len(analysis.relations)} contradictions and agreements")
