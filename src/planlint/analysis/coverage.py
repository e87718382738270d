"""Does a plan commit to a national item (a priority action, a 专栏 project, a task, a duty)?

The plan model is cut into *places*: each action, project and section with its own text.
Every place gets a weight from where it stands: nothing in a review of the past (一、发展现状,
“十二五”成就) is a commitment, general statements (指导思想, 保障措施) count less, and in any
place a sentence reporting an achievement (“十二五”期间已建成…) is dropped. An item scores
in a place by its title (the local title's words against the item's title words, and
rapidfuzz against its names) and by its substance terms found in the committed text; the
best place is the evidence. Everything national (terms, headings, thresholds) comes from
the rule pack, so the method carries over to paraphrased local titles and other packs.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from rapidfuzz import fuzz, process

from planlint.messages import Joined, Template, Text, catalogue
from planlint.model import Location, Plan
from planlint.text.folding import normalise
from planlint.text.numbering import strip_heading_numbering
from planlint.analysis.coverage_pack import ItemWords, PackCoverage, Term
from planlint.rulepack.commitments import Commitment, CoverageSettings
from planlint.text.lazy_pattern import LazyPattern

_SENTENCE = re.compile(r"(?<=[。；;！!？?\n])")
# 已建成的, 已经建成的, 已有的: what a past marker opening with 已 says of a noun that follows
_ATTRIBUTIVE = LazyPattern(r"[\u4e00-\u9fff]{0,2}的")
# a sentence that opens with a year: 2015年，全省建成…… (normalised: punctuation is gone)
_OPENING_YEAR = re.compile(r"(?:在|于)?((?:19|20)\d\d)年")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_NO_TITLE = (0.0, False)
_SCAN_LIMIT = 2_000_000     # characters: above this, even a few searches are cheaper indexed
# characters of committed text up to which its few hundred term searches cost less scanned than
# indexed (measured even at ~80,000; a city plan holds ~1,000)
_COMMITTED_SCAN_LIMIT = 50_000
_NOWHERE: frozenset[int] = frozenset()


@dataclass
class Place:
    """A part of the plan (action, project or section) where a national item can be covered."""

    kind: str                 # action | project | section
    title: str
    text: str                 # committed text: title, goal and body without achievement sentences
    loc: Location
    weight: float
    path: str                 # headings leading to it, for evidence
    raw: str = ""             # all its text, achievements and reviews included
    titled_only: bool = False  # an action or 专栏 with nothing under its title: the title alone speaks
    body: str = ""            # its own text as read, to locate a sentence in the file
    body_loc: Optional[Location] = None
    body_lines: tuple[int, ...] = ()
    placeholder: bool = False  # its text is only placeholders left to fill in (（待补充）, TODO)

    def locate(self, sentence: str) -> Location:
        """Where the sentence stands: its own line where the reader recorded the body's lines,
        else the start of the body holding it, else the place's heading."""
        needle = sentence.strip()
        at = self.body.find(needle) if needle else -1
        if at < 0 or self.body_loc is None:
            return self.loc
        k = self.body.count("\n", 0, at)
        if k < len(self.body_lines):
            return Location(self.body_lines[k], 1)
        return self.body_loc


@dataclass(eq=False, repr=False)
class Coverage:
    """How a national item is covered in a plan, with the best place as evidence."""

    item: Commitment
    status: str               # covered | doubtful | missing
    score: float = 0.0
    place: Optional[Place] = None
    title_hit: bool = False
    terms: list[str] = field(default_factory=list)
    mention: Optional[Place] = None   # where it is only mentioned: a review, an achievement
    placeholder: Optional[Place] = None   # a place titled for it that holds only a placeholder

    def evidence(self) -> list[Text]:
        """Where the item was found and why, as texts of every language (the plan's words and
        the national terms stay as written)."""
        if self.place is None:
            return []
        p = self.place
        why: list[Text] = []
        if self.title_hit:
            why.append(EVIDENCE["title-matches" if self.score >= 2 else "title-close"]())
        if self.terms:
            why.append(EVIDENCE["terms"](terms=Joined(tuple(self.terms[:SHOWN_TERMS]), zh="、", en="”, “")))
        reasons = Joined(tuple(why), zh="；", en="; ") if why else EVIDENCE["related"]()
        return [EVIDENCE["found"](line=p.loc.line, kind=EVIDENCE[f"kind.{p.kind}"](), path=p.path, why=reasons)]


SHOWN_TERMS = 6          # national key terms an evidence line lists
EVIDENCE = catalogue("coverage.evidence", {
    "found": Template("第{line}行 {kind}“{path}”（{why}）", "line {line}: {kind} “{path}” ({why})"),
    "kind.action": Template("行动", "action"),
    "kind.project": Template("专栏/项目", "box/project"),
    "kind.section": Template("章节", "section"),
    "title-matches": Template("标题相符", "title matches"),
    "title-close": Template("标题相近", "title close"),
    "terms": Template("要点：{terms}", "key terms: “{terms}”"),
    "related": Template("相关表述", "related wording"),
})


class CoverageIndex:
    """The places of one plan, built once and queried for every national item."""

    def __init__(self, plan: Plan, pack: PackCoverage):
        self.pack = pack
        self.settings: CoverageSettings = pack.settings
        self.commitments = pack.commitments
        self.segmenter = pack.segmenter
        self._period_start = plan.meta.period_start
        self.places = list(self._places(plan))
        self._norm = [normalise(p.text) for p in self.places]
        self._committed_index = _TextIndex(self._norm, scan=sum(map(len, self._norm)) <= _COMMITTED_SCAN_LIMIT)
        self._raw_index_built: Optional[_TextIndex] = None   # only items not covered need it
        self._core_cache: dict[str, str] = {}
        self._title_scores: dict[str, dict[str, tuple[float, bool]]] = {}   # item key → title → score
        self._assessed: dict[str, Coverage] = {}     # item key → its coverage: several checks ask
        self._titles = [normalise(strip_heading_numbering(p.title)) for p in self.places]
        self._places_by_title: dict[str, list[int]] = {}
        for i, title in enumerate(self._titles):
            self._places_by_title.setdefault(title, []).append(i)
        self._distinct_titles = list(self._places_by_title)
        # each distinct title's core once, for rapidfuzz (None: nothing left to compare)
        self._title_cores = [self._core_title(t) or None if t else None for t in self._distinct_titles]
        # what rapidfuzz compares for an item none of whose title words occurs in a title (most
        # items in most plans): every non-empty title, listed once rather than for each item
        self._fuzzy_titles = [t for t in self._distinct_titles if t]
        self._fuzzy_cores = [c for t, c in zip(self._distinct_titles, self._title_cores) if t]
        # the distinct titles joined, to find which hold a title word in one C-level scan per word
        self._title_index = _TextIndex(self._distinct_titles, scan=True)
        # which action a titled place is about: terms there count less for the other actions
        # (found when an action is first assessed: a ministry plan is asked about none)
        self._owner: Optional[list[Optional[str]]] = None

    # -- places ------------------------------------------------------------------------------
    def _heading_weight(self, heading: str, inherited: float) -> float:
        if self.pack.review.is_review(heading):
            return 0.0
        h = normalise(heading)
        for word, w in self.pack.weak_words:
            if word in h:
                return min(inherited, w)
        return inherited

    def _committed(self, *texts: str) -> str:
        """The text without sentences that report achievements rather than commit to work,
        nor placeholders left to fill in (（待填写）, TODO, 略。)."""
        placeholders = self.pack.placeholders
        kept = []
        for text in texts:
            text = text or ""
            # most texts hold no past marker, which one search of the whole text tells: their
            # sentences are then not tested one by one
            past = self._may_report_the_past(normalise(text))
            for sentence in _SENTENCE.split(text + "\n"):
                n = normalise(sentence)
                if n and not (past and self._reports_the_past(n)) \
                        and not (placeholders.could_be(n) and placeholders.is_placeholder(sentence)):
                    kept.append(sentence)
        return "".join(kept)

    def _may_report_the_past(self, n: str) -> bool:
        """Could a sentence of this (normalised) text report an achievement? False is certain:
        each sentence's normalised text is part of the whole's, so a marker or an early year
        found in a sentence is found in it."""
        marker = self.pack.past_marker
        if marker is not None and marker.search(n):
            return True
        start = self._period_start
        return bool(start) and any(int(year) < start for year in _YEAR.findall(n))

    def _reports_the_past(self, n: str) -> bool:
        """Does a (normalised) sentence report an achievement: a past marker that is not an
        attribute of what the work builds on (依托已建成的平台，推进……), or an opening year
        before the plan's period (2015年，全省建成……)?"""
        marker = self.pack.past_marker
        if marker is not None and any(not _ATTRIBUTIVE.match(n, m.end()) or not m.group().startswith("已")
                                      for m in marker.finditer(n)):
            return True
        opening = _OPENING_YEAR.match(n)
        return bool(opening and self._period_start and int(opening.group(1)) < self._period_start)

    def _only_placeholders(self, *texts: str) -> bool:
        """Is every sentence of the texts a placeholder (not an achievement left out)?"""
        sentences = [x for text in texts for x in _SENTENCE.split((text or "") + "\n") if normalise(x)]
        return bool(sentences) and all(self.pack.placeholders.is_placeholder(x) for x in sentences)

    def _item_place(self, kind: str, title: str, loc: Location, *parts: str, body_loc: Optional[Location] = None,
                    body_lines: tuple[int, ...] = ()) -> Place:
        """An action or 专栏: one whose text is only placeholders commits to nothing (weight 0);
        one with nothing at all under its title is judged by the title alone."""
        raw = "".join(parts)
        body = self._committed(*parts)
        weight = 0.0 if raw.strip() and not body.strip() else 1.0
        placeholder = weight == 0.0 and self._only_placeholders(*parts)
        return Place(kind, title, self._committed(title) + body, loc, weight, title, raw,
                     titled_only=not raw.strip(), body=parts[-1] if parts else "", body_loc=body_loc,
                     body_lines=body_lines, placeholder=placeholder)

    def _places(self, plan: Plan) -> Iterable[Place]:
        for a in plan.actions:
            yield self._item_place("action", a.title, a.loc, a.goal, a.body, body_loc=a.body_loc)
        for p in plan.projects:
            yield self._item_place("project", p.title, p.loc, p.body, body_loc=p.body_loc, body_lines=p.body_lines)

        yield from self._section_places(plan.sections, 1.0, ())

    def _section_places(self, sections, inherited: float, trail: tuple[str, ...]) -> Iterable[Place]:
        # a method, not a nested function calling itself: that closure would be a reference
        # cycle holding the whole index until the cyclic collector ran (issue 16)
        for s in sections:
            w = self._heading_weight(s.heading, inherited)
            path = trail + (strip_heading_numbering(s.heading) or s.heading,)
            body = self._committed(s.body) if w else ""
            place = Place("section", s.heading, self._committed(s.heading) + body if w else "",
                          s.loc, w, " › ".join(path), s.body, body=s.body, body_loc=s.body_loc,
                          body_lines=s.body_lines)
            if w and not s.sections:     # a heading over nothing but a placeholder, or over nothing
                if s.body.strip() and not body.strip():
                    place.weight = 0.0
                    place.placeholder = self._only_placeholders(s.body)
                place.titled_only = not s.body.strip()
            yield place
            yield from self._section_places(s.sections, w, path)

    # -- titles ------------------------------------------------------------------------------
    def _core_title(self, title: str) -> str:
        """A title without its generic words (行动, 建设, 推进 …), as the segmenter cuts it."""
        if title not in self._core_cache:
            self._core_cache[title] = self.pack.core_title(title)
        return self._core_cache[title]

    def title_score(self, title: str, item: Commitment) -> tuple[float, bool]:
        """(points, strong): 2 for a strong match, 1 for a weak one. Memoised per plan."""
        if title not in self._places_by_title:
            return self._score_titles(item, [title]).get(title, _NO_TITLE)
        return self._titles_about(item).get(title, _NO_TITLE)

    def _titles_about(self, item: Commitment) -> dict[str, tuple[float, bool]]:
        """The plan's titles that score for the item, all computed the first time it is asked."""
        key = item.kind + ":" + item.id
        scores = self._title_scores.get(key)
        if scores is None:
            scores = self._title_scores[key] = self._score_plan_titles(item)
        return scores

    def _score_plan_titles(self, item: Commitment) -> dict[str, tuple[float, bool]]:
        """_score_titles over the plan's distinct titles, with what the plan holds once for all
        items: the titles holding each title word (found by one scan per word) and the cores."""
        worded = self._title_index.holding_any(self.pack.words(item).title_words)
        if not worded:
            return self._scored(item, {}, self._fuzzy_titles, self._fuzzy_cores)
        titles = self._distinct_titles
        rest = [k for k, t in enumerate(titles) if t and k not in worded]
        return self._scored(item, {titles[k]: (2.0, True) for k in sorted(worded)},
                            [titles[k] for k in rest], [self._title_cores[k] for k in rest])

    def _score_titles(self, item: Commitment, titles: list[str]) -> dict[str, tuple[float, bool]]:
        """The titles that speak of the item: strongly where one of its title words occurs,
        otherwise by rapidfuzz between the titles' and the item's names' cores."""
        words = self.pack.words(item).title_words
        scores: dict[str, tuple[float, bool]] = {}
        rest: list[str] = []
        for title in titles:
            if title and any(w in title for w in words):
                scores[title] = (2.0, True)
            elif title:
                rest.append(title)
        return self._scored(item, scores, rest, [self._core_title(t) or None for t in rest])

    def _scored(self, item: Commitment, scores: dict[str, tuple[float, bool]], rest: list[str],
                cores: list[Optional[str]]) -> dict[str, tuple[float, bool]]:
        """`scores` (the titles holding a title word) with those of `rest` whose cores rapidfuzz
        finds close to a name's core: one C-level pass over all titles per name rather than a
        call per pair."""
        s = self.settings
        best: dict[int, float] = {}
        for name in self.pack.words(item).name_cores:
            for _, score, i in process.extract(name, cores, scorer=fuzz.ratio, score_cutoff=s.title_weak, limit=None):
                best[i] = max(best.get(i, 0.0), score)
        for i, score in best.items():
            scores[rest[i]] = (2.0, True) if score >= s.title_strong else (1.0, False)
        return scores

    def _owners(self) -> list[Optional[str]]:
        if self._owner is None:
            self._owner = self._title_owners()
        return self._owner

    def _title_owners(self) -> list[Optional[str]]:
        """For each place, the one action its title strongly speaks of (None: none or several)."""
        owners: dict[str, list[str]] = {}
        for action in self.commitments.actions:
            for title, (_, strong) in self._titles_about(action).items():
                if strong:
                    owners.setdefault(title, []).append(action.id)
        single = {title: ids[0] for title, ids in owners.items() if len(ids) == 1}
        return [single.get(t) for t in self._titles]

    # -- scoring -----------------------------------------------------------------------------
    def _terms_in(self, index: "_TextIndex", i: int, item: Commitment) -> tuple[float, list[str]]:
        """Points and terms of the item found in text i of the index (committed or raw)."""
        if item.kind == "task":
            return self._task_terms_in(index, i, item)
        words = self.pack.words(item)
        return _points(words.terms, index.term_hits(item.kind + ":" + item.id, words).get(i))

    def _task_terms_in(self, index: "_TextIndex", i: int, item: Commitment) -> tuple[float, list[str]]:
        """As _terms_in, for a task: its long phrases may also match fuzzily."""
        found: list[str] = []
        found_norm: list[str] = []
        points = 0.0
        text = index.texts[i]
        words = self.pack.words(item)
        for (t, term, value), chars in zip(words.terms, words.chars):
            if any(t in f for f in found_norm):
                continue
            hit = i in index.occurrences(t)
            # tasks are worded as long phrases a plan rephrases slightly: compare fuzzily, but
            # only where most of the phrase's characters occur at all (partial_ratio is costly)
            if not hit and len(t) >= 6 and len(chars & index.chars(i)) >= 0.8 * len(chars):
                hit = fuzz.partial_ratio(t, text, score_cutoff=88) >= 88
            if hit:
                found.append(term)
                found_norm.append(t)
                points += value
        return min(points, 3.0), found

    def assess(self, item: Commitment) -> Coverage:
        """The item's coverage, judged once per plan (the checks and the report share it)."""
        key = item.kind + ":" + item.id
        cov = self._assessed.get(key)
        if cov is None:
            cov = self._assessed[key] = self._assess(item)
        return cov

    def _assess(self, item: Commitment) -> Coverage:
        s = self.settings
        covered_at = item.covered_score if item.covered_score is not None else s.covered_score
        doubtful_at = min(s.doubtful_score, covered_at / 2)
        best = Coverage(item, "missing")
        index = self._committed_index
        # what every candidate place looks up, fetched once for the item
        titles = self._titles_about(item)
        task = item.kind == "task"
        words = self.pack.words(item)
        hits = {} if task else index.term_hits(item.kind + ":" + item.id, words)
        owners = self._owners() if item.kind == "action" else None
        for i in self._candidates(index, item):
            place = self.places[i]
            if place.weight <= 0:
                continue
            t_points, strong = titles.get(self._titles[i], _NO_TITLE)
            term_points, found = self._task_terms_in(index, i, item) if task else _points(words.terms, hits.get(i))
            if not strong and not term_points:
                t_points = 0.0      # a merely similar title says nothing without any substance
            if owners is not None and owners[i] is not None and owners[i] != item.id and not strong:
                term_points *= s.foreign_place_factor
            score = place.weight * (t_points + term_points)
            if place.titled_only:
                score = min(score, doubtful_at)    # a title names the work; it does not commit to it
            if score > best.score:
                best = Coverage(item, "missing", score, place, t_points > 0, found)
        if best.score >= covered_at:
            best.status = "covered"
            return best
        by_action = self._through_action(item)
        if by_action is not None:
            return by_action
        if best.score >= doubtful_at:
            best.status = "doubtful"
        best.mention = self._mention(item, max(best.score, doubtful_at))
        best.placeholder = self._placeholder_for(item)
        return best

    def _through_action(self, item: Commitment) -> Optional[Coverage]:
        """A task that organises a priority action (组织实施……行动) is taken up where the plan takes
        up the action, under whatever local title and in its own words: the action's coverage."""
        if item.kind != "task" or item.action is None:
            return None
        action = next((a for a in self.commitments.actions if a.id == item.action), None)
        if action is None:
            return None
        cov = self.assess(action)
        if cov.status != "covered":
            return None
        return Coverage(item, "covered", cov.score, cov.place, cov.title_hit, cov.terms)

    def _placeholder_for(self, item: Commitment) -> Optional[Place]:
        """The first place titled for the item whose text is only a placeholder: the drafter
        meant to take it up and has not yet written how."""
        for title in self._titles_about(item):
            for i in self._places_by_title[title]:
                if self.places[i].placeholder and self.title_score(title, item)[1]:
                    return self.places[i]
        return None

    def _candidates(self, index: "_TextIndex", item: Commitment) -> list[int]:
        """The places where the item can score at all, in plan order: those its terms touch and
        those whose title speaks of it (each distinct title judged once). A place with neither
        scores nothing; tasks, matched fuzzily as well, are looked for everywhere."""
        if item.kind == "task":
            return list(range(len(self.places)))
        found = set(index.term_hits(item.kind + ":" + item.id, self.pack.words(item)))
        for title in self._titles_about(item):
            found.update(self._places_by_title[title])
        return sorted(found)

    @property
    def _raw_index(self) -> "_TextIndex":
        if self._raw_index_built is None:
            # a place whose text as read is its committed text (nothing left out) names nothing
            # in passing that it does not commit to, and _mention would pass it over: left empty
            raw = [r if p.weight <= 0 or r != n else ""
                   for p, r, n in zip(self.places, (normalise(p.title + p.raw) for p in self.places), self._norm)]
            # asked only about the few items not covered: scanning beats indexing up to a size
            self._raw_index_built = _TextIndex(raw, scan=sum(map(len, raw)) <= _SCAN_LIMIT)
        return self._raw_index_built

    def _mention(self, item: Commitment, above: float) -> Optional[Place]:
        """The place where the item is named only in passing (a review, an achievement)."""
        top, where = above, None
        raw, titles = self._raw_index, self._titles_about(item)
        for i in self._candidates(raw, item):
            place = self.places[i]
            t_points = titles.get(self._titles[i], _NO_TITLE)[0]
            score = t_points + self._terms_in(raw, i, item)[0]
            if place.weight > 0 and score <= self._terms_in(self._committed_index, i, item)[0] + t_points:
                continue     # nothing more there than in its committed text: not a passing mention
            if score > top:
                top, where = score, place
        return where

    def sentences(self, place: Place) -> list[str]:
        return [x for x in _SENTENCE.split(place.text) if x.strip()]


def _points(terms: tuple[Term, ...], got: Optional[list[int]]) -> tuple[float, list[str]]:
    """Points and terms as written of the item's terms found in a text (their indexes, `got`)."""
    if got is None:
        return 0.0, []    # none of its terms occurs there
    points = 0.0
    for j in got:
        points += terms[j][2]
    return min(points, 3.0), [terms[j][1] for j in got]


class _TextIndex:
    """Where each term occurs among the places' (normalised) texts.

    Indexed: a term can only occur in a text holding its first and last character pairs, so
    it is looked for in the few texts that hold both; building the pair index costs about as
    much as a few hundred terms searched in texts of ~80,000 characters. Scanned (smaller
    texts, or texts asked about a few times): the texts are joined and each term found with
    str.find, jumping to the next text after a hit; a term in none costs one find.
    Normalised texts and terms hold no whitespace, so a newline separates texts safely.
    """

    def __init__(self, texts: list[str], scan: bool = False):
        self.texts = texts
        self._pairs: Optional[dict[str, set[int]]] = None
        self._joined = ""
        self._starts: list[int] = []
        if scan:
            self._joined = "\n".join(texts)
            at = 0
            for text in texts:
                self._starts.append(at)
                at += len(text) + 1
        else:
            pairs: dict[str, set[int]] = {}
            for i, text in enumerate(texts):
                for pair in set(map(operator.add, text, text[1:])):   # each adjacent pair once
                    if pair in pairs:
                        pairs[pair].add(i)
                    else:
                        pairs[pair] = {i}
            self._pairs = pairs
        self._found: dict[str, frozenset[int]] = {}
        self._chars: dict[int, frozenset[str]] = {}
        self._chars_held: Optional[frozenset[str]] = None
        self._hits: dict[str, dict[int, list[int]]] = {}

    def term_hits(self, key: str, words: ItemWords) -> dict[int, list[int]]:
        """For each text holding some of an item's terms, the indexes of those found there, in
        the item's order, leaving out a term inside one found before it (宽带 after 宽带网络):
        one pass over the terms' occurrences rather than a test of every term in every text.
        Memoised per item key."""
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = {}
            inside = words.inside
            for j, places in self._present(words):
                within = inside[j]
                for i in places:
                    got = hits.get(i)
                    if got is None:
                        hits[i] = [j]
                    elif not within or not any(k in got for k in within):
                        got.append(j)
        return hits

    def _present(self, words: ItemWords) -> Iterator[tuple[int, frozenset[int]]]:
        """Each term found in some text (its index among the terms), with the texts holding it."""
        known, norms = self._found, words.norms
        if self._pairs is not None:
            for j, t in enumerate(norms):
                places = known.get(t)
                if places is None:
                    places = self.occurrences(t)
                if places:
                    yield j, places
            return
        # scanned: most of an item's terms are in none of the texts, which a test of their
        # characters against the texts' mostly tells, else one C-level find in their join;
        # where it finds one, the scan goes on from there
        joined, held, chars = self._joined, self._held(), words.chars
        for j, t, pos in [(j, t, pos) for j, t in enumerate(norms)
                          if chars[j] <= held and (pos := joined.find(t)) >= 0]:
            places = known.get(t)
            if places is None:
                places = self.occurrences(t) if not t or "\n" in t else self._scan(t, pos)
                self._found[t] = places
            if places:
                yield j, places

    def _held(self) -> frozenset[str]:
        """The characters of the texts (scanned), gathered on first use."""
        if self._chars_held is None:
            self._chars_held = frozenset(self._joined)
        return self._chars_held

    def holding_any(self, terms: Iterable[str]) -> set[int]:
        """The texts holding at least one of the terms."""
        out: set[int] = set()
        joined = self._joined if self._pairs is None else None
        for t in terms:
            # scanned: a term in none of the texts is not in their join, which one C-level test tells
            if joined is None or t in joined:
                out |= self.occurrences(t)
        return out

    def occurrences(self, term: str) -> frozenset[int]:
        found = self._found.get(term)
        if found is None:
            if self._pairs is None and term and "\n" not in term:
                found = self._scan(term)
            elif self._pairs is None or len(term) < 2:
                found = frozenset(i for i, text in enumerate(self.texts) if term in text)
            else:
                first, last = self._pairs.get(term[:2]), self._pairs.get(term[-2:])
                if not first or not last:
                    found = _NOWHERE      # most of a pack's terms are in no text of a plan
                elif len(term) == 2:
                    found = frozenset(first)    # the pair is the term
                else:
                    found = frozenset(i for i in first & last if term in self.texts[i])
            self._found[term] = found
        return found

    def _scan(self, term: str, pos: Optional[int] = None) -> frozenset[int]:
        """The texts holding the term, from its first occurrence in their join (`pos`, if found)."""
        joined = self._joined
        if pos is None:
            pos = joined.find(term)
        if pos == -1:
            return _NOWHERE
        starts, last = self._starts, len(self._starts) - 1
        hits: set[int] = set()
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            hits.add(i)
            if i == last:
                break
            pos = joined.find(term, starts[i + 1])
        return frozenset(hits)

    def chars(self, i: int) -> frozenset[str]:
        if i not in self._chars:
            self._chars[i] = frozenset(self.texts[i])
        return self._chars[i]
