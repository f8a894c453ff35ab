"""Reading time in news text: normalize_date() recipes and times in a whole article.

Run:  python examples/dates_cookbook.py
"""

import datetime as dt

import claimkit

published = dt.date(2017, 7, 26)  # a Wednesday

# 1. One expression against a reference date: the reference is always explicit.
for expression in ["Wednesday", "in April", "two days ago", "last week", "for months", "the third quarter", "recently"]:
    value = claimkit.normalize_date(expression, reference=published)
    interval = f"{value.start} .. {value.end}"
    print(f"{expression:18} -> {value.timex:12} {value.kind.value:9} {value.granularity.value:8} {interval}")


# 2. Words that look like dates but are not: a clear error, never a guess.
def try_normalize(expression: str) -> str:
    try:
        return claimkit.normalize_date(expression, reference=published).timex
    except claimkit.DateNormalizationError as error:
        return f"not a time: {error}"


for expression in ["we", "may", "$27"]:
    print(f"{expression!r:18} -> {try_normalize(expression)}")

# 3. A whole article: every time expression with its offsets and value.
text = (
    "The minister resigned on Friday. In March, she had warned that the budget would not pass. "
    "That month, the opposition called for early elections, and the vote is now expected in the fall."
)
analysis = claimkit.analyze(text, published=published)
for t in analysis.times:
    timex = t.value.timex if t.value else "-"
    print(f"{t.span.start:3}-{t.span.end:<3} {t.span.text!r:16} {timex}")
