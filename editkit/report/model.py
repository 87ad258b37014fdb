"""The report model: per-article summaries and corpus aggregates (pure data).

House-style score of an article (0–100, higher is better):
``100 − (5 × errors + 2 × warnings + 0.5 × infos) × 1000 / max(words, 100)``,
floored at 0: the penalty is per thousand words, so long and short articles
compare fairly.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict


def totals_line(summary: dict) -> str:
    """``1 article, 324 words, 1 finding``: the corpus's counts, each noun in its number."""
    def count(n: int, noun: str) -> str:
        return f"{n:,} {noun}{'' if n == 1 else 's'}"

    return f"{count(summary['articles'], 'article')}, {count(summary['words'], 'word')}, {count(summary['findings'], 'finding')}"


WEIGHTS = {"error": 5.0, "warning": 2.0, "info": 0.5}
TOP_ISSUES = 5
UNKNOWN_WORD_RULES = ("SP101",)  # the words a project may want on its accept list
RECURRING_MIN_ARTICLES = 2
RECURRING_SHOWN = 20


def score(counts: Counter, words: int) -> float:
    penalty = sum(WEIGHTS[s] * n for s, n in counts.items()) * 1000 / max(words, 100)
    return round(max(0.0, 100.0 - penalty), 1)


def context_of(source: str, start: int, end: int, width: int = 40) -> str:
    left = source.rfind("\n", 0, start) + 1
    right = source.find("\n", end)
    right = len(source) if right == -1 else right
    a, b = max(left, start - width), min(right, end + width)
    return ("…" if a > left else "") + source[a:b] + ("…" if b < right else "")


def article_summary(result) -> dict:
    severities = Counter(d.severity for d in result.diagnostics)
    facts = result.facts or {}
    words = facts.get("words") or len(result.source.split())
    top = sorted(result.diagnostics, key=lambda d: ({"error": 0, "warning": 1, "info": 2}[d.severity], d.start.offset))
    return {
        "path": result.path,
        "error": result.error,
        "title": facts.get("title", ""),
        "author": facts.get("author", ""),
        "desk": facts.get("desk", ""),
        "date": facts.get("date"),
        "words": words,
        "readability": facts.get("readability", {}),
        "score": score(severities, words) if not result.error else None,
        "by_severity": dict(severities),
        "by_category": dict(Counter(d.category for d in result.diagnostics)),
        "by_rule": dict(Counter(f"{d.rule} {d.name}" for d in result.diagnostics)),
        "unknown_words": dict(Counter(d.text.lower() for d in result.diagnostics if d.rule in UNKNOWN_WORD_RULES)),
        "top_issues": [
            {"rule": d.rule, "name": d.name, "severity": d.severity, "line": d.start.line, "column": d.start.column,
             "message": d.message, "context": context_of(result.source, d.start.offset, d.end.offset)}
            for d in top[:TOP_ISSUES]
        ],
    }


CO_AUTHORS = re.compile(r"\s+[-–&]\s+|\s*[,;]\s*|\s+và\s+")  # Thanh Tùng - Ngọc Ánh, Minh Anh và Thu Hà


def credited(author: str) -> list[str]:
    """Each person a credit names: an article by two reporters counts for both."""
    return [name for name in CO_AUTHORS.split(author) if name.strip()] if author else []


def group(articles: list[dict], key: str, names=None) -> list[dict]:
    """Rows of the articles grouped by ``key``; ``names(value)`` splits a value that names several
    groups (co-authors), each of which counts the article."""
    buckets: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        value = article.get(key)
        for name in (names(value) if names and value else None) or [value or "(none)"]:
            buckets[name].append(article)
    rows = []
    for name, members in buckets.items():
        findings = sum(sum(a["by_severity"].values()) for a in members)
        words = sum(a["words"] for a in members)
        rows.append({key: name, "articles": len(members), "average_score": round(sum(a["score"] for a in members) / len(members), 1),
                     "findings": findings, "findings_per_1000_words": round(findings * 1000 / max(words, 1), 2)})
    return sorted(rows, key=lambda r: (r["average_score"], r[key]))


def corpus_readability(articles: list[dict]) -> dict:
    """The corpus's readability: its sentences' mean length in syllables and the articles' mean
    Nguyễn–Henkin level, each article weighted by its sentences (a long feature counts more than a brief)."""
    measured = [a["readability"] for a in articles if a.get("readability", {}).get("sentences")]
    sentences = sum(r["sentences"] for r in measured)
    if not sentences:
        return {}
    return {"sentences": sentences,
            "syllables_per_sentence": round(sum(r["syllables"] for r in measured) / sentences, 1),
            "nguyen_henkin": round(sum(r["nguyen_henkin"] * r["sentences"] for r in measured) / sentences, 2)}


def build_from_articles(articles: list[dict]) -> dict:
    """The report of a corpus from its articles' summaries (in input order)."""
    readable = [a for a in articles if a["score"] is not None]
    rules = Counter()
    categories = Counter()
    severities = Counter()
    for article in readable:
        rules.update(article["by_rule"])
        categories.update(article["by_category"])
        severities.update(article["by_severity"])
    for article in readable:
        article["month"] = (article["date"] or "")[:7] or None
    trend = [row for row in group([a for a in readable if a["month"]], "month")]
    in_articles, occurrences = Counter(), Counter()
    for article in readable:
        for word, n in article.get("unknown_words", {}).items():
            in_articles[word] += 1
            occurrences[word] += n
    recurring = [{"word": w, "articles": n, "findings": occurrences[w]}
                 for w, n in sorted(in_articles.items(), key=lambda wn: (-wn[1], -occurrences[wn[0]], wn[0]))
                 if n >= RECURRING_MIN_ARTICLES][:RECURRING_SHOWN]
    trend.sort(key=lambda r: r["month"])
    words = sum(a["words"] for a in readable)
    return {
        "version": 1,
        "summary": {
            "articles": len(articles), "unreadable": len(articles) - len(readable), "words": words,
            "findings": sum(severities.values()), "by_severity": dict(severities), "by_category": dict(categories),
            "average_score": round(sum(a["score"] for a in readable) / len(readable), 1) if readable else None,
            "readability": corpus_readability(readable),
            "score_formula": "100 − (5·errors + 2·warnings + 0.5·infos) × 1000 / max(words, 100), floored at 0",
        },
        "worst_articles": sorted(readable, key=lambda a: (a["score"], a["path"]))[:10],
        "rules": [{"rule": r, "count": n} for r, n in rules.most_common()],
        "by_author": group(readable, "author", credited),
        "by_desk": group(readable, "desk"),
        "trend": trend,
        # unknown words flagged in several articles: names and terms the accept list may lack
        "recurring_unknown_words": recurring,
        "articles": articles,
    }
