"""Match a question to the facts that answer it, or decide that the chapter does not say.

How it works (docs/matching.md explains the reasoning and how the thresholds were chosen):

1. Junk (empty, emoji, punctuation, a URL, code) declines at once; small talk is recognised
   before matching (:mod:`knowledge.chitchat`).
2. The question is normalised and split into words; function words are set aside. Each word is
   resolved to terms of the fact base: by its exact form, by its Snowball stem (Витебске →
   витебск), by a phonetic Latin key shared by Cyrillic and Latin spellings (slavyanski →
   славянский) and, failing those, by a typo-tolerant rapidfuzz comparison of keys.
3. Each word weighs its rarity across facts (IDF): a word that many facts share ("culture",
   "Russia", "co-operation") weighs little, and a word the fact base does not know at all weighs as
   much as the rarest term — a question about something the chapter never mentions ("budget",
   "won") cannot be covered by any fact.
4. A fact scores by how much of the question's weight it covers, and by how well the question
   matches its best single phrasing (curated question or keyword) both ways; a lone generic word
   is not enough evidence; a question asking "who/when/where/how many" scores lower against a fact
   none of whose phrasings asks that.
5. The top score decides: answer above a threshold with a margin over unrelated runners-up,
   suggest ("did you mean") in between, decline below. A question in several parts is answered
   part by part, up to three facts.

Only words of the question are looked up (an inverted index from terms to facts), so the cost grows
with the question, not with the number of facts.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from knowledge.chitchat import (
    asks_about_the_bot,
    classify_small_talk,
    is_small_talk_word,
    junk_reason,
    letter_body,
    small_talk_in,
    small_talk_words,
)
from knowledge.decision import Candidate, ChitChat, Decision, DeclineReason, Kind
from knowledge.indexcache import build_with_cache
from knowledge.models import Fact, KnowledgeBase
from knowledge.normalize import (
    ABBREVIATION_WORDS,
    BODY_CLASS_WORDS,
    BODY_NAME_WORDS,
    CIS_STATES,
    CLAIM_WORDS,
    DISAGREEING_WORDS,
    EVENT_CLASS_WORDS,
    EVENT_NAME_WORDS,
    FAR_PLACES,
    FILLER_PAIRS,
    FOCUS_OPENERS,
    FOREIGN_PLACES,
    FORUM_WORDS,
    FOUNDED,
    HOME_PLACES,
    ORDINAL_WORDS,
    OTHER_EUROPEAN_PLACES,
    PHRASE_SYNONYMS,
    PLACE_CLASS_WORDS,
    POLICY_WORDS,
    QUESTION_KINDS,
    QUESTION_WORDS,
    RIVAL_BODY_WORDS,
    RIVAL_NAMES,
    STOPWORDS,
    STOPWORDS_EN,
    STOPWORDS_RU,
    STRICT_KINDS,
    SYNONYMS,
    TERSE_QUERY,
    THE_CHAPTER,
    THIS_WORDS,
    TRANSLIT_MARKERS,
    TRANSLIT_STOPWORD_KEYS,
    UNLISTED_PLACES,
    VERB_KINDS,
    YEAR_WORDS,
    YES_NO_OPENINGS,
    answer_kinds,
    asked_instances,
    asks_an_opinion,
    checks_claim,
    cyrillic_spelling,
    focus_position,
    is_cyrillic,
    is_latin,
    is_translit,
    latin_key,
    normalize,
    on_english_layout,
    on_russian_layout,
    question_kinds,
    russian_spelling,
    russian_term_of,
    stem,
    term_of,
    terse_head,
    tokenize,
    with_translit_digits,
    words,
)
from knowledge.text import detect_language

if TYPE_CHECKING:
    from knowledge.dense import DenseCoverage

# Telegram messages are at most 4096 characters; no real question needs more than this to be
# recognised, and capping keeps the cost of any input bounded.
MAX_MATCHED_CHARS = 500
MAX_MATCHED_TOKENS = 60
MAX_FACTS_PER_ANSWER = 3


# The environment variable that overrides each threshold.
THRESHOLD_VARIABLES = {
    "answer": "CHAPTERBOT_ANSWER_THRESHOLD",
    "suggest": "CHAPTERBOT_SUGGEST_THRESHOLD",
    "group": "CHAPTERBOT_GROUP_THRESHOLD",
    "margin": "CHAPTERBOT_MARGIN",
}


@dataclass(frozen=True)
class Thresholds:
    """The constants that turn scores (0-100) into decisions.

    Chosen by sweeping each value over ``tests/eval/tuning.yaml`` (never the held-out file) and
    taking the middle of the range where in-scope and refusal accuracy were both at their best;
    see docs/matching.md for the sweep.
    """

    # A fact scoring at least this is answered. Swept 40-70 with the unknown-word weight: at 45
    # near misses (the chapter's words around one it never uses) start to be answered; above 55
    # paraphrases with one word the fact base lacks fall to suggestions. Re-swept in the
    # twenty-eighth session over the files tuned on (30,015 questions): at 46 / 48 / 50 / 52,
    # 96.9 / 96.5 / 96.2 / 95.4% in scope against 96.8 / 97.2 / 97.7 / 98.0% refusal; their mean
    # is highest at 50 (96.97%), so it stays.
    answer: float = 50.0
    # Between this and ``answer`` the question is about the chapter but weakly matched: offer
    # the candidates. Below it, decline. Out-of-scope questions that share one chapter word
    # ("Russian football") mostly land below it; suggesting does not count as answering.
    suggest: float = 35.0
    # Group chats (strict mode) answer only when sure: just above the best-scoring question of
    # the tuning file that should be declined (75.1); three quarters of answerable ones still
    # pass. A wrong answer there is seen by everyone.
    group: float = 76.0
    # The top fact must lead the next unrelated one by this much to be answered alone; a closer
    # runner-up means the question is ambiguous. Flat between 5 and 12 on the tuning file; 8
    # is the middle.
    margin: float = 8.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Thresholds:
        """The defaults, each overridable by its ``CHAPTERBOT_*`` variable (a number 0-100)."""
        values: dict[str, float] = {}
        for field in fields(cls):
            variable = THRESHOLD_VARIABLES[field.name]
            raw = environ.get(variable, "").strip()
            if not raw:
                continue
            try:
                value = float(raw)
            except ValueError:
                raise ValueError(f"{variable} must be a number from 0 to 100") from None
            if not 0 <= value <= 100 or math.isnan(value):
                raise ValueError(f"{variable} must be a number from 0 to 100")
            values[field.name] = value
        thresholds = replace(cls(), **values)
        if thresholds.suggest > thresholds.answer:
            raise ValueError(
                "CHAPTERBOT_SUGGEST_THRESHOLD must not be above CHAPTERBOT_ANSWER_THRESHOLD"
            )
        return thresholds


# --- scoring constants ----------------------------------------------------------------------
# How much a term counts for a fact by where it occurs: the curated phrasings and keywords say
# what a fact is about; its text and quote also mention context ("the Union State of Russia
# and Belarus" in a fact about a festival).
_STRENGTH_PHRASE = 1.0
_STRENGTH_TEXT = 0.7
# Similarity credited to a word found only by its phonetic key (transliteration) or by a fuzzy
# comparison (typo); exact forms and stems count 1.
_KEY_SIMILARITY = 0.95
# The synonym list by the stems of its words (stems this short name too many words).
_SYNONYMS_BY_STEM: dict[str, tuple[str, ...]] = {}
for _word, _targets in SYNONYMS.items():
    if len(_stem := term_of(_word)) >= 4:
        _SYNONYMS_BY_STEM.setdefault(_stem, _targets)


# The synonym list's words by length, for a slip in one of them (see Matcher._resolve).
_SLIPPED_SYNONYM_MIN_LENGTH = 6
# By first letter and length (±1): the candidates for a word of that length.
_SYNONYM_WORDS_NEAR: dict[tuple[str, int], list[str]] = {}
for _word in sorted(SYNONYMS):
    if len(_word) >= _SLIPPED_SYNONYM_MIN_LENGTH - 1:
        for _size in (len(_word) - 1, len(_word), len(_word) + 1):
            _SYNONYM_WORDS_NEAR.setdefault((_word[0], _size), []).append(_word)


def _slipped_synonym(token: str) -> str | None:
    """The synonym list's word ``token`` is a slip of (one letter changed, added or lost)."""
    choices = _SYNONYM_WORDS_NEAR.get((token[0], len(token)))
    if not choices:
        return None
    found = process.extractOne(token, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return found[0] if found is not None else None


def _synonyms_of(token: str) -> tuple[str, ...]:
    """The synonym list's words for ``token``: as typed, spelt in Cyrillic, or by its stem
    (another form of a listed word: "начались" for "начали"), or a short one's possessive with
    its apostrophe gone ("moc's": "mocs")."""
    return (
        SYNONYMS.get(token)
        or SYNONYMS.get(cyrillic_spelling(token) or "")
        or _SYNONYMS_BY_STEM.get(term_of(token), ())
        or (SYNONYMS.get(token[:-1], ()) if token.endswith("s") and token.isascii() else ())
    )


# A word cut short ("orch", "confed"): at least this long, standing for one term or two ("conf":
# the confederation or the conferences; scoring tells which the question means).
_SHORTENED_MIN_LENGTH = 4
_SHORTENED_MAX_TERMS = 2
_SHORTENED_SIMILARITY = 0.85
# Two words typed as one ("youthorchestra"): only this long, each part at least this long.
_JOINED_MIN_LENGTH = 8
_JOINED_MIN_PART = 4
# A word ruled out by a negated relative clause ("who don't go through the ministry") or by
# "apart from" counts this much. (0.3 until the twenty-second session; at 0.2 eight questions
# of the tuning part came right, "what did IFESCCO set up besides the forums" among them, and
# none went wrong; 0.1 gained thirteen and lost one.)
_EXCLUDED_WEIGHT = 0.2
# A word one slip from a word of the fact base, compared as typed (see Matcher._misspelled):
# only words this long, since short ones are one slip from too many others ("won", "own").
_MISSPELLED_MIN_LENGTH = 5
_SWAPPED_MIN_LENGTH = 4  # two neighbouring letters swapped, in a word this long
_MISSPELLED_SIMILARITY = 0.95
_FUZZY_CUTOFF = 84.0  # rapidfuzz ratio of Latin keys; below this, unrelated words start to pair
_FUZZY_MIN_LENGTH = 4  # shorter words are too easily one edit from another word
_SOUND_MIN_LENGTH = 6  # о read as а: shorter words collide (слов/слав)
# A Latin word read as Russian must reach a stem at least this long (see _lookup).
_TRANSLIT_MIN_STEM = 4
# Below this length a typo is always within one deletion on each side of the word meant (a
# ratio of 84 allows no more); longer words may differ more and are compared in full.
_FULL_FUZZY_LENGTH = 8
# A word found through the synonym list, or as a derivation of a known word (Latvian/Latvia,
# украинские/Украина; stems of at least this length).
_SYNONYM_SIMILARITY = 0.85
_DERIVED_SIMILARITY = 0.85
_DERIVED_MIN_LENGTH = 5
# A question's matched weight (in units of the rarest term's IDF) below which there is not
# enough evidence for any answer: one generic word ("culture") is far below, one name
# ("IFESCCO", "Vitebsk") reaches it.
_EVIDENCE = 0.6
# Blend of the best single phrasing's match (F1 of both directions) and the whole fact's
# coverage of the question.
_PHRASE_SHARE = 0.6
# A question asking who/when/where/how many/why, against a fact none of whose phrasings asks
# that kind of thing: the chapter most likely does not say.
_KIND_PENALTY = 0.6
# The same for a kind only the fact's own content can answer — a count, a list of names, a
# person, what a document says, advice, a date (STRICT_KINDS): a perfect match on the topic
# ("how many musicians are in the youth orchestra") must still fall below the answer threshold.
_STRICT_KIND_PENALTY = 0.45
# A question of one word that is not one of the fact's one-word keywords ("festival", "culture"
# against facts that merely mention it): at most a suggestion, never a confident answer.
_LONE_WORD_PENALTY = 0.7
# The same when the fact states another number of the same length (the 7th, 2006).
_CONTRADICTED_NUMBER_PENALTY = 0.45
# A fact whose text states what the question rules out ("besides the forums").
_RULED_OUT_PENALTY = 0.6
# A fact about one of two bodies the chapter names apart, when the question names the other
# (RIVAL_NAMES): "the filmmakers' confederation" against the visual artists' one.
_RIVAL_PENALTY = 0.5
_BOTH = words("and и i plus также")
# A number in the question (a year, "the 8th forum") that the fact does not state: the fact is
# about something else, however many other words it shares.
_NUMBER_PENALTY = 0.7
# A question whose focus — the word after who/what/which/how many/кто/какой… — is unknown to the
# fact base ("who *chairs*…", "what *pieces*…", "кто *дирижёр*…") asks for something no fact
# states, however well its other words match.
_FOCUS_PENALTY = 0.6
# A known word of the story around a question ("I sing in a choir in Gomel. Who…?") weighs this
# share of its rarity; the story's unknown words are not counted at all.
_CONTEXT_WEIGHT = 0.5
# Each unknown word after the first weighs this much less than the one before.
_UNKNOWN_DECAY = 0.6
# A place or body named in the question ("…in Latvia", "…of Belarus") that the fact does not
# mention, when only some facts mention it (at most this share of them).
_PLACE_PENALTY = 0.7
# A search-box query about a festival ("baltic festival", "baltic song festival") against a fact
# that names no festival: the place alone does not make it the answer.
_HEAD_PENALTY = 0.7
_PLACE_SHARE = 0.25

# The weight of a question word the fact base does not know at all, relative to its rarest
# term: a question about something the chapter never mentions must not be covered by a fact
# that shares its other words.
_UNKNOWN_WEIGHT = 2.0
# The share of that weight for a word in a claim to check.
_CLAIM_UNKNOWN_SHARE = 0.5
# Facts scored in full (phrasings compared) after the cheap coverage pass.
_SHORTLIST = 12
# "has belarus *also* lobbied…": what a fact says of one place, asked of another.
_ALSO = words("also too тоже также")
# From this many facts on, coverage is added up with numpy (knowledge.dense): measured by
# benchmarks/latency.py, see docs/matching.md.
DENSE_FROM = 500
# How many of the best facts a decision looks at (its candidates); the rest need no full score.
_DECIDED = 5
# How close quoted words must be to a passage of the chapter to count as quoting it (a typo or a
# changed word ending is allowed; rapidfuzz's partial ratio, 0-100).
_QUOTED_SIMILARITY = 85
# Recent decisions kept (oldest dropped first).
DECISION_CACHE_SIZE = 4096
# The topic a pack gives the facts about the chapter itself (its title, section, date).
_ABOUT_THE_SOURCE = "about"
# Multi-part questions: separators between parts, and how far above the answer threshold the
# one answered part of a question whose other parts are off-topic must be.
_SURE_PART = 15.0
# How far below the answer threshold a part may score and still be answered, when another part
# of the same question is answered.
_NEAR_PART = 8.0
# Consonants Russian spells as they sound when they lose or gain their voice ("ашхабатский").
_VOICING = {"д": "т", "т": "д", "б": "п", "п": "б", "г": "к", "к": "г", "з": "с", "с": "з"}
# An unstressed vowel written as it sounds: "оргонизатор" for "организатор", "рИгиональный".
_UNSTRESSED = {"о": "а", "а": "о", "е": "и", "и": "е"}
_SOUND_SLIPS = _VOICING | _UNSTRESSED
_VOICING_MIN_LENGTH = 7
_VOICING_SIMILARITY = 0.8
# A line quoted in a message ("> the chapter's words"), with its line break.
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.MULTILINE)
# A plus before a question word joins two questions ("baltic agreements + when did the forums
# start"); elsewhere it narrows one topic ("artists unions + baltics") unless a side asks
# something or the narrowed topic has no answer (_PLUS, in Matcher._parts).
_STRONG_SPLIT = re.compile(
    # (An emoji ends a sentence in chat: "…schengen paperwork 😅 is the government doing…".)
    r"[?？;!\n\u2600-\u27bf\U0001f300-\U0001faff]+|\.\s+"
    r"|\s\+\s+(?=(?:what|whats|when|where|who|why|how|which|is|are|do|does|did"
    r"|что|когда|где|кто|почему|зачем|как|какой|какая|какие|сколько)\b)",
    re.IGNORECASE,
)
# Endings of Russian verbs as a question asks with them: present ("ездит", "проводят",
# "занимается") and past ("организовал", "основали", "прошел"); and the nouns among the words
# that end so.
_VERB_ENDINGS = tuple(sorted(words("ет ит ют ят ут ат ал ил ял ел ла ли ло ся сь")))
# "о чём", "про что": a part asking what about.
_ABOUT_WHAT = frozenset({("о", "чем"), ("об", "чем"), ("про", "что")})
# The same endings typed in Latin letters ("prohodit", "vystupal").
_LATIN_VERB_ENDINGS = tuple(sorted(words("et it yut yat ut at al il yal el la li sya")))
_NOT_VERBS = words(
    "бюджет бюджета совет советы совета предмет балет балета визит визиты кредит лимит финал "
    "канал материал сериал оригинал идеал ли числа числе числу начало начала села дела "
    "правила права роли роль зала зал сила силы"
)
# Words for the performers who go abroad, asked for by kind ("какие театры"): a fact with none
# of them names none.
_TROUPE_CLASS_WORDS = words(
    "theatre theatres theater theaters театр театры театров коллектив коллективы коллективов "
    "труппа труппы трупп orchestra orchestras оркестр оркестры оркестров"
)
# A country's capital ("capital of russia", "столица беларуси"); the chapter names one,
# Turkmenistan's (see Matcher._capital_elsewhere).
_CAPITAL_WORDS = words("capital capitals столица столицы столице столицу столицей")
_RUSSIA_TERMS = frozenset({"rusia", "ros", "rosi"})
_TURKMEN_TERMS = frozenset({"turkmenistan", "turkmenista", "ashgabat"})
# What "aims", "цели" ask with no question word (see Matcher._multi_part).
_WHY_KIND = frozenset({"why"})
# The rest of those the part before named: "…and what do the others do", "а остальные?".
_THE_OTHERS = words("others rest остальные остальным остальных прочие прочим")
# The asker as one of a kind: "people like me", "artists like us", "такие, как я", "люди вроде
# меня".
_LIKE_ME = re.compile(
    r"\b(?:people|artists|musicians|performers|someone|ppl|folks|ones)\s+like\s+(?:me|us)\b"
    r"|\bтаки[ехм],?\s+как\s+(?:я|мы)\b|\b(?:люди|артисты|музыканты)\s+вроде\s+(?:меня|нас)\b",
    re.IGNORECASE,
)
# … who says they belong to a big or state company (see _in_a_big_company).
_BIG_COMPANY = re.compile(
    r"\b(?:state|big|famous|leading|major|national|государственн\w*|больш\w+|ведущ\w+|"
    r"известн\w+)\s+(?:\w+\s+)?(?:orchestra|theatre|theater|company|philharmonic|оркестр\w*|"
    r"театр\w*|филармони\w*|коллектив\w*)",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|no|without|не|без|нет|ни)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE
)
_INDEPENDENT = {"en": "independent artists", "ru": "независимые артисты"}
# A clause that sets up the question after it by what people say: "when people say 'direct
# co-operation', …", "когда говорят «прямое сотрудничество», …" (not "when the forums started").
_SUBORDINATE = re.compile(
    r"\s*(?:when|whenever|if)\s+(?:people|you|we|they|i|someone|somebody|one)\s+"
    r"(?:say|says|talk|speak|hear|mention|read|call|write|refer)\b"
    r"|\s*(?:когда|если)\s+(?:люди\s+)?(?:говорят|пишут|слышу|читаю|упоминают)\b",
    re.IGNORECASE,
)
# A part of a question that points back at what an earlier part named.
_REFERS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|there|this|that|he|she|one|ones|он|она|оно|они|его|ее|её|их|им|ним|"
    r"них|ними|нее|неё|него|нему|ней|нем|нём|"
    r"туда|там|тут|этот|эта|это|эти|этого|этой|этим)\b",
    re.IGNORECASE,
)
# Two fields named together ("центры науки и культуры", "arts and culture"): one thing.
_FIELD_WORDS = (
    r"(?:науки|наук|образования|культуры|искусства|искусств|science|sciences|education|"
    r"arts?|culture)"
)
_FIELDS = re.compile(rf"\b({_FIELD_WORDS})\s+(?:and|и)\s+(?={_FIELD_WORDS}\b)", re.IGNORECASE)
# "between A and B", "между А и Б": the "and" joins the two, it does not start a question.
# (A comma ends it: "between culture pros, and what kinds of activity count" asks twice.)
_BETWEEN = re.compile(
    r"\b((?:between|между)\s+[^\s,;]+(?:\s+[^\s,;]+)?)\s+(?:and|и)\s+", re.IGNORECASE
)
# A part that is only an auxiliary and a short subject: "does belarus", "do the baltic states".
_AUXILIARY_AND_SUBJECT = re.compile(
    r"\s*(?:does|do|did|is|are|was|were|has|have|can|will)(?:\s+[\w-]+){1,3}\s*",
    re.IGNORECASE,
)
_WEAK_SPLIT = re.compile(
    # "и" before "не" is "так и не" (never did), not a second question; "а не" is a contrast
    # ("почему едут сами, а не через министерство"), the same question, unless it corrects a
    # number, which each part checks ("опубликован в 2013, а не в 2012?").
    r"\s*(?:,\s*)?\b(?:and also|as well as|and(?!\s+not\b(?!\D*\d))|also|vs|versus|а также"
    # "…только гастроли и больше ничего?", "…and nothing else": the same question, closed.
    r"|и ещё|и еще|и(?!\s+(?:не|больше ничего|ничего больше|ничего более)\b)|а(?!\s+не\b(?!\D*\d))"
    # "…backed by the state or is it all private initiative": "or" opening a second question.
    r"|or(?=\s+(?:is|are|was|were|do|does|did|can|has|have)\b)|или(?=\s+(?:же|все|это)\b)"
    # "…via the ministry, but what about everyone else": "but" opening a question of its own.
    r"|but(?=\s+(?:what|how|who|where|when|why|which)\b)|но(?=\s+(?:как|что|кто|где|когда)\b)"
    # "who's in it plus what's it aiming for": "plus" before a question of its own
    r"|plus(?=\s+(?:what|how|who|where|when|why|which)\b)"
    # "i" typed for "и" before a question word in Latin letters: "gde … i kto ego sozdal",
    # "kogda opublikovano i o kakoy strane".
    r"|i(?=\s+(?:(?:vo?|ob?)\s+)?(?:kto|gde|chto|kogda|kak|skolko|pochemu|zachem|kakoi|kakoy|kakie"
    r"|kakaya|kakaja|kakoe|kakuyu|kakom|kakih|kakikh)\b))\b\s*"
)
_PLUS = re.compile(r"\s+\+\s+")
# Comma-separated pieces of two or three words (two of them not function words), none with a
# question word or pointing back at another ("belarus cultural policy, their own chapter", "the
# visa lobbying, any luck?"), are queries of their own.
_COMMA_QUERY_WORDS = 3
# A comma before a question word that asks: "who runs the forums, where was the 7th one, what
# did it discuss" ("where" and "when" only with a verb after them: "…, where the forum was
# held" is a clause). After words that ask nothing, a question that points back at them is
# about them: "the agencies artists turn to, what are they called" is one question.
_COMMA_QUESTION = re.compile(
    r"\s*,\s*(?=(?:who|what|how|why|кто|что|почему|зачем|сколько)\s|(?:where|when|где|когда)"
    r"\s+(?:is|are|was|were|did|does|do|has|have|проходил|прошел|прошёл|был|была|было)\b)"
)


@dataclass(frozen=True)
class _Query:
    """The resolved content words of a question."""

    # Per word: its weight and the terms it may stand for, with a similarity 0-1.
    words: tuple[tuple[float, dict[str, float]], ...]
    total: float  # sum of all word weights, known or not
    kinds: frozenset[str]
    numbers: frozenset[str]  # years, ordinals, section numbers asked about
    unknown_focus: bool = False  # what the question asks for is a word no fact uses
    # Names of places or bodies asked about: per name, the terms it may stand for (a fact
    # mentioning any of them mentions the place: "former Soviet" is the CIS).
    places: frozenset[frozenset[str]] = frozenset()
    # The terms of what is asked for ("which *theatre companies*"): a fact that names some
    # (a capitalised name with one of these terms) can answer a request for names.
    asked_for: frozenset[str] = frozenset()
    # The term of the first of those words when it is a thing the chapter never lists one by
    # one ("какие *фильмы*…"): a fact whose text never says it lists something else.
    asked_head: frozenset[str] = frozenset()
    # When every word stands for one term of its own, at its full IDF: each term and its
    # credit (similarity × IDF). Phrasing F1 then has a closed form (see _best_phrase).
    credits: tuple[tuple[str, float], ...] | None = None
    # Every word the fact base knows is the chapter naming itself ("chapter", "глава", "text").
    about_itself: bool = False
    # Each resolved term with its credit towards a phrasing's recall: its best similarity
    # times its IDF.
    recall: tuple[tuple[str, float], ...] = ()
    # Terms the question rules out ("what else … *apart from the forums*", "performers who
    # don't go through *the ministry*"): a fact whose text states them is about something else.
    ruled_out: frozenset[str] = frozenset()
    # The question checks a claim ("I read that the 7th forum was in Astana in 2011, is that
    # right?"): a fact stating other numbers corrects it rather than being about something else.
    checks_claim: bool = False
    # Numbers asked as alternatives ("2006 or 2008", "в 2012 или 2013"): each with the others it
    # stands beside; a fact stating one of them states what is asked.
    alternatives: tuple[tuple[str, frozenset[str]], ...] = ()
    # Which of the bodies named apart (RIVAL_NAMES, by position) the question names.
    rivals: frozenset[int] = frozenset()
    # Names asked for of a thing the chapter never names one of ("which exhibitions were
    # exchanged"; not "which exhibitions are part of the co-operation", which its forms say).
    never_named: bool = False
    # The terms of a search-box query's head noun when it is a festival ("baltic *festival*"):
    # what it is about. (Any head noun: −33 in scope; queries often end in a word the facts word
    # otherwise, "visa barriers europe artists".)
    head_terms: frozenset[str] = frozenset()
    # "has belarus *also* lobbied…", "а белорусы *тоже*…": the same asked of another place.
    also: bool = False
    # "what *else* did ifescco start", "что ещё затеял фонд": another thing begun, which the
    # chapter tells with "also" ("IFESCCO also initiated…").
    another_begun: bool = False

    @property
    def key(self) -> tuple[object, ...]:
        """Everything scoring depends on: questions worded apart may still be scored alike."""
        words = tuple((weight, tuple(sorted(terms.items()))) for weight, terms in self.words)
        return (
            words,
            self.total,
            self.kinds,
            self.numbers,
            self.unknown_focus,
            self.places,
            self.asked_for,
            self.asked_head,
            self.ruled_out,
            self.checks_claim,
            self.alternatives,
            self.rivals,
            self.head_terms,
            self.never_named,
            self.also,
            self.another_begun,
        )

    @cached_property
    def cover_credits(self) -> list[tuple[str, float, dict[str, float] | None]]:
        """Per word, what it adds to a phrasing's precision: (its one term, weight × similarity,
        None), or ("", its weight, its terms) for a word that may stand for several terms."""
        out: list[tuple[str, float, dict[str, float] | None]] = []
        for weight, terms in self.words:
            if len(terms) == 1:
                ((term, sim),) = terms.items()
                out.append((term, weight * sim, None))
            else:
                out.append(("", weight, terms))
        return out


class Matcher:
    """Answers questions from a knowledge base. Build once; ``decide`` and ``search`` are pure."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        thresholds: Thresholds | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        """``cache_dir``: where the built index is kept between runs (:mod:`knowledge.indexcache`);
        None builds it every time."""
        self.knowledge = knowledge
        self.thresholds = thresholds or Thresholds()
        self._facts: list[Fact] = list(knowledge)
        self._decisions: dict[tuple[str, str | None, bool], Decision] = {}
        self._ranked: dict[tuple[object, ...], list[Candidate]] = {}
        # Fact-base words and terms by each of their one-letter deletions, with the term each
        # stands for (Matcher._misspelled).
        self._slip_index: dict[str, list[tuple[str, str]]] | None = None
        if cache_dir is None:
            self._build_index()
        else:
            build_with_cache(self, self._build_index, knowledge, cache_dir)
        # A large fact base adds up coverage with numpy (knowledge.dense); the shipped pack
        # never imports it.
        self._dense: DenseCoverage | None = None
        if len(self._facts) >= DENSE_FROM:
            from knowledge.dense import DenseCoverage

            self._dense = DenseCoverage(self._weighted_postings, len(self._facts), _STRENGTH_PHRASE)

    # --- public -------------------------------------------------------------------------------

    def decide(
        self, question: str, language: str | None = None, *, strict: bool = False
    ) -> Decision:
        """Answer, suggest, decline or recognise small talk for one question."""
        # Users repeat questions (and inline queries repeat as they are typed): a decision is
        # deterministic, so recent ones are kept.
        key = (question, language, strict)
        cached = self._decisions.get(key)
        if cached is None:
            cached = self._decide(question, language, strict=strict)
            if len(self._decisions) >= DECISION_CACHE_SIZE:
                self._decisions.pop(next(iter(self._decisions)))
            self._decisions[key] = cached
        return cached

    def _decide(self, question: str, language: str | None, *, strict: bool) -> Decision:
        text = question[: MAX_MATCHED_CHARS * 2]
        if "-" in text:
            # "цель конфедерации союзов худ-ков": a word cut to its ends
            text = _CONTRACTION.sub(self._contracted, text)
        if "." in text:
            # "…the exact reference.when was this chapter published": a full stop the space
            # after it was not typed, before a question of its own (or "reference.whenwas").
            text = _GLUED_SENTENCE.sub(". ", text)
        # Typed with the keyboard on the English layout: answered as what it was meant to be,
        # in Russian.
        text = self.as_meant(text)
        language = language or detect_language(text)
        if (
            text.isascii()
            # (or with the 4 and 6 that stand for ч and ш: "4to")
            and (_TRANSLIT_MARKER.search(text) is not None or "4" in text or "6" in text)
            and is_translit(tokenize(text))
        ):
            # "mfgs osnovan v kakom godu?": Russian typed in Latin letters, read as Russian
            # (the reply stays in the language it was typed in), but for the words the fact
            # base knows only in English ("kak orkestry edut na gastroli vs independent
            # artists").
            text = _LATIN_WORD.sub(self._spelt_in_russian, with_translit_digits(text.casefold()))
        # "Dear bot, … Kind regards, Maria": the letter's frame asks nothing.
        text = letter_body(text)
        if (like_me := _LIKE_ME.search(text)) is not None and not _in_a_big_company(text):
            # "i'm a freelance violinist … how do people like me get gigs abroad": an artist on
            # their own, not one of the best companies the ministry sends (unless the message
            # says they are one: "i play in a big state orchestra, …").
            independent = _INDEPENDENT[detect_language(like_me.group(0))]
            text = f"{text[: like_me.start()]}{independent}{text[like_me.end() :]}"
        if (mused := _TAG_ENDING.sub(" ", _RHETORICAL.sub(" ", text))) != text and tokenize(mused):
            # "когда вышла глава? а то может всё поменялось, кто ж знает", "…, any idea?": the
            # muse and the tag ask nothing.
            text = mused
        junk = junk_reason(text)
        if junk is not None:
            return Decision(Kind.DECLINE, question, language, reason=junk)
        if _asks_the_date(tokenize(text)):
            # "what year is it now", "какой сейчас год": today's date, not the chapter's.
            return Decision(Kind.DECLINE, question, language)
        small_talk = classify_small_talk(text)
        # The small talk a longer message opens with: "thanks, that's exactly the quote I
        # needed" (thanks or goodbye, no question) and "r u a bot or a real person" are small
        # talk at once; a greeting only if the chapter has nothing for the rest (below).
        opening = small_talk_in(text) if small_talk is None else None
        if opening is ChitChat.ABOUT or (
            opening in (ChitChat.THANKS, ChitChat.GOODBYE) and "?" not in text
        ):
            small_talk = opening
        if small_talk is None and opening is None:
            # "hi there! I'm a journalist from Tallinn… what can you actually do?": a story that
            # ends by asking what the bot is for.
            # ("…what do you know about the youth orchestra?" asks about the chapter.)
            sentences = [match.group(0) for match in _SENTENCE.finditer(text)]
            if (
                len(sentences) > 1
                and small_talk_in(sentences[-1]) is ChitChat.ABOUT
                and not any(self._resolve(token) for token in tokenize(sentences[-1]))
            ):
                small_talk = ChitChat.ABOUT
        if small_talk is not None:
            return Decision(Kind.CHITCHAT, question, language, chitchat=small_talk)
        text = _TO_THE_BOT.sub(" ", text[:MAX_MATCHED_CHARS])
        if (
            (introduced := _INTRODUCED.match(text))
            and not _OURS.search(text)
            and self._states_nothing(introduced.group())
        ):
            # "я оперная певица из самары, без министерства реально выступать за границей?":
            # who is asking, before a comma, is no part of what is asked (unless it says
            # something the chapter states: "i'm a freelance musician in russia, …").
            text = text[introduced.end() :]
        if (
            (relayed := _RELAYED.match(text))
            and self._states_nothing(relayed.group())
            and any(self._resolve(token) for token in tokenize(text[relayed.end() :]))
        ):
            # "my friend, a conductor, asks: who organised…", "коллега из Минска спрашивает две
            # вещи: …": who passes the question on, before a colon, is not asked about (a
            # conductor would be, in a question of its own).
            text = text[relayed.end() :]
        folded = text.casefold()
        if any(marker in folded for marker in _QUOTE_MARKERS):
            # "give me the exact wording on the baltic agreements", "точная цитата про базар":
            # every answer quotes the chapter; what the quote is about is what is asked.
            unquoted = _QUOTE_REQUEST.sub(" ", text)
            if unquoted != text and any(self._resolve(token) for token in tokenize(unquoted)):
                text = unquoted
                folded = text.casefold()
        if any(marker in folded for marker in _IN_THE_TEXT_MARKERS):
            # "what does IFESCCO do according to the text", "что в тексте про визы", "по данным
            # главы": where to look, not what is asked about ("what is this text" keeps it:
            # nothing else).
            pointed = _IN_THE_TEXT.sub(" ", text)
            if pointed != text and any(self._resolve(token) for token in tokenize(pointed)):
                text = pointed
        if ")" in text or "." in text:
            # "1) who holds the cis forums 2) where was the 7th one": numbered items are
            # questions of their own, and their numbers are no numbers asked about.
            text = _LIST_NUMBER.sub("\n", text)
        answer_threshold = self.thresholds.group if strict else self.thresholds.answer
        intro = _SELF_INTRO.match(text)
        if (
            intro is not None
            and not _OURS.search(text)
            # "i'm a freelance *musician* in russia, …": who they are may be what they ask
            # about; "из *Витебска*, что за фестиваль" may be where the festival is (while
            # "from Tallinn, …" is only where they are from)
            and not any(
                self._resolve(token)
                for token in tokenize(f"{intro.group('who') or ''} {intro.group('town') or ''}")
            )
        ):
            # "я из Одессы, когда была опубликована эта глава", "hello from Kyiv. is this text
            # about Ukraine": where the user is from is not what they ask about (unless they
            # ask about "my country", "our festival": see the story below).
            text = text[intro.end() :] or text
        elif (outro := _SELF_OUTRO.search(text)) is not None and not _OURS.search(text):
            text = text[: outro.start()] or text

        context = ""
        if ">" in text and (quoted_lines := _QUOTED_LINE.findall(text)):
            # "> The 7th Forum (Ashgabat, 2012)\nand where was the 8th held?": a line quoted in
            # Telegram's way is what the question is about, not a question of its own.
            # (A quoted question is the question: "Forwarded from Anna:\n> was the visa
            # barrier lifted?")
            asked = _QUOTED_LINE.sub("", text)
            if "?" in asked and not any("?" in line for line in quoted_lines):
                text, context = asked, " ".join(line.lstrip("> ") for line in quoted_lines)
        text = self._rejoined(text)
        if self._bare_summary_request(tokenize(text)):
            # "give me a summary", "краткое содержание", with nothing else named: of the
            # chapter.
            text = f"{text} {'глава' if language == 'ru' else 'chapter'}"
        text = self._this_as_the_chapter(text, language)
        whole = self._rank(text, needed=_DECIDED, context=context)
        decision = self._verdict(question, language, whole, answer_threshold)
        comparing = not _COMPARING.isdisjoint(tokenize(text))
        if (
            comparing
            and decision.kind is Kind.SUGGEST
            and len(whole) > 1
            and whole[0].score - whole[1].score < 2 * self.thresholds.margin
            and whole[1].score >= self.thresholds.suggest
        ):
            # "how do the two confederations differ", "ministry vs going it alone": a
            # comparison is answered with both sides, each weakly matched on its own.
            return Decision(
                Kind.ANSWER, question, language, tuple(whole[:2]), candidates=tuple(whole[:5])
            )
        parts = self._parts(text, narrowed=decision.kind is Kind.ANSWER)
        partial: Decision | None = None
        if (
            len(parts) > 1
            and (
                answered := self._multi_part(
                    question, language, parts, answer_threshold, who_asks=_who_asks(text)
                )
            )
            is not None
        ):
            multi, partial_only = answered
            by_parts = {c.fact.id for c in multi.facts}
            whole_facts = {c.fact.id for c in decision.facts}
            if partial_only:
                # Unless something below answers the whole message; in place of the whole
                # message's answer only if it adds to it.
                if decision.kind is not Kind.ANSWER:
                    partial = multi
                elif whole_facts < by_parts:
                    return multi
            # Answered part by part unless the whole question's answer already holds those
            # facts: each part is scored on its own words, the whole on everyone's.
            elif decision.kind is not Kind.ANSWER or not by_parts <= whole_facts:
                return multi
        if comparing and len(decision.facts) < 2 and (sides := self._sides(text)) is not None:
            # "how does the film unions' body differ from the visual artists' one": each side
            # of the comparison on its own words, when each names a fact of its own.
            return Decision(Kind.ANSWER, question, language, sides, candidates=tuple(whole[:5]))
        if (
            decision.kind is Kind.ANSWER
            and len(decision.facts) == 1
            and not _OR.isdisjoint(tokenize(text))
            and (sides := self._sides(text, _CHOICE_SIDES)) is not None
            and self._related(sides[0].fact, sides[1].fact)
        ):
            # "как ездят артисты за границу: через минкульт или сами?": both ways are the answer,
            # when each side names a fact of its own and the two belong together ("was the 7th
            # forum in ashgabat or astana" has one side only).
            return Decision(Kind.ANSWER, question, language, sides, candidates=tuple(whole[:5]))
        if decision.kind is not Kind.ANSWER:
            # "the chapter says 'since 2006, once a year' — what happens once a year?": the
            # words quoted from the chapter say which fact is meant.
            for match in _QUOTED.finditer(text):
                quoted = next(group for group in match.groups() if group)
                if not self._from_the_chapter(quoted):
                    continue  # "translate 'good morning' into Spanish"
                around = tokenize(text[: match.start()] + " " + text[match.end() :])
                if any(self._resolve(token) == {} and len(token) > 2 for token in around):
                    # The question around the quote asks for something the chapter never
                    # mentions ("«Славянский базар» — в каком *месяце*", "the *website* after
                    # 'Slavyanski Bazaar'"): the quote does not answer it.
                    continue
                asking = question_kinds(tokenize(text))
                cited = self._answer(
                    question,
                    language,
                    self._rank(quoted, needed=_DECIDED, asking=asking),
                    answer_threshold,
                )
                if cited is not None:
                    return cited
            story = _story_and_question(text, known=self._resolve)
            if story is not None:
                # "I sing in a choir in Gomel. Who started Slavyanski Bazaar?": the question, with
                # the known words of the story around it as lighter context.
                asked, context = story
                if _MY_COUNTRY.search(asked):
                    # "я из Туркменистана… что в главе говорится про мою страну?": the country
                    # the story names is the one asked about.
                    named = [token for token in tokenize(context) if self._is_place(token)]
                    if named:
                        asked = _MY_COUNTRY.sub(" ".join(named), asked)
                if classify_small_talk(asked) is ChitChat.ABOUT:
                    # "… I am not very good with computers. How does one use this service?"
                    return Decision(Kind.CHITCHAT, question, language, chitchat=ChitChat.ABOUT)
                if 0 <= text.find(context) < text.find(asked) and self._about_the_unnamed(
                    asked, context
                ):
                    # "and the bolshoi, does *it* tour a lot": "it" is what the chapter never
                    # names, so the question is not about anything it says.
                    return decision
                if asks_an_opinion(tokenize(context)):
                    # "is the state's support actually effective, in your view?": the words
                    # around ask for a judgement, which the chapter never makes.
                    return decision
                with_story = self._rank(asked, context=context, needed=_DECIDED)
                told = self._answer(question, language, with_story, answer_threshold)
                if told is None:
                    # A long story in the chapter's own words ("a term paper on Russian
                    # cultural diplomacy … the Compendium") can drown a clear question that
                    # stands on its own (a short one — "what are they called" — needs it,
                    # unless it points back at nothing and is sure of the same fact on its
                    # own: "…, pishu diplom. kogda opublikovana glava?").
                    whole_question = len(tokenize(asked)) >= _WHOLE_QUESTION
                    if whole_question or (with_story and not _REFERS_BACK.search(asked)):
                        alone = self._rank(asked, needed=_DECIDED)
                        if whole_question or (
                            alone
                            and alone[0].fact.id == with_story[0].fact.id
                            and alone[0].score >= answer_threshold + _SURE_PART
                        ):
                            told = self._answer(question, language, alone, answer_threshold)
                if told is not None:
                    return told
        if partial is not None and decision.kind is not Kind.ANSWER:
            return partial
        if decision.kind is Kind.DECLINE or (decision.kind is Kind.SUGGEST and "?" not in text):
            # Nothing of the chapter in it, or only enough for a suggestion, but thanks or a
            # greeting with a few more words and nothing asked ("thanks a lot, that really
            # helped with my essay!", "здравствуйте, я студентка, пишу курсовую"): small talk,
            # not a question.
            # Worked out above, on the same text unless matching cut it short.
            small_talk = opening if len(question) <= MAX_MATCHED_CHARS else small_talk_in(text)
            if small_talk is not None:
                return Decision(Kind.CHITCHAT, question, language, chitchat=small_talk)
        if decision.kind is Kind.DECLINE and asks_about_the_bot(text):
            # Nothing of the chapter, and somewhere in it "what can you do", "как тобой
            # пользоваться": a question about the bot, after whatever came first.
            return Decision(Kind.CHITCHAT, question, language, chitchat=ChitChat.ABOUT)
        return decision

    def _spelt_in_russian(self, match: re.Match[str]) -> str:
        """A word of Russian typed in Latin letters in Cyrillic, unless it is one the fact base
        knows as it is typed ("independent", "orchestra")."""
        word = match.group(0)
        if word in _KEPT_LATIN or (
            len(word) > 3
            and self._known_exactly(word)
            # (not "gastroli": the fact base knows it as "гастроли" too)
            and russian_term_of(word) not in self._idf
        ):
            return match.group(0)
        spelt = russian_spelling(word)
        if spelt is not None and spelt not in self._surface:
            # "kultury", "obedinenie": not "културы", "обединение", which the fact base lacks,
            # but its "культуры", "объединение" (the soft or hard sign Latin typing leaves out).
            spelt = self._cyrillic_without_signs.get(spelt, spelt)
        return spelt or match.group(0)

    @cached_property
    def _cyrillic_without_signs(self) -> dict[str, str]:
        """The fact base's words with a soft or hard sign, by their spelling without it."""
        found: dict[str, str] = {}
        for surface in self._sorted_surface:
            if "ь" in surface or "ъ" in surface:
                found.setdefault(surface.replace("ь", "").replace("ъ", ""), surface)
        return found

    def _bare_summary_request(self, tokens: list[str]) -> bool:
        """Whether the message asks for a summary ("summary please", "краткое содержание") and
        names nothing to summarise."""
        summary = False
        for at, token in enumerate(tokens):
            if token in _SUMMARY_REQUEST or (
                token == "содержание" and at and tokens[at - 1] == "краткое"
            ):
                summary = True
            elif self._resolve(token) is not None:
                return False
        return summary

    def as_meant(self, text: str) -> str:
        """``text`` as the user meant it: Russian typed with the keyboard on the English layout
        ("ghbdtn") read through the Russian one ("привет"); any other text as it is."""
        return self._meant_layout(text) or text

    def _meant_layout(self, text: str) -> str | None:
        """Russian typed with the keyboard left on the English layout ("xnj nfrjt vauc" for
        "что такое мфгс", "ghbdtn" for "привет"): the text as it was meant, when most of it
        is then Russian the bot knows, and more of it than of the text as typed."""
        folded = text.casefold()
        cyrillic = is_cyrillic(folded)
        if cyrillic == is_latin(folded):
            return None  # both scripts, or neither
        typed = tokenize(text)
        if not (STOPWORDS_RU if cyrillic else STOPWORDS_EN).isdisjoint(typed):
            return None  # "the", "что": as typed (the quick way out for most messages)
        # Words as typed: English, Russian in Latin letters ("kto provodit forumy"), typos.
        # (Looked up first: the matcher needs them anyway, and they end most checks.)
        resolved = [self._resolve(token) for token in typed]
        if sum(terms != {} for terms in resolved) * 2 >= len(typed):
            return None
        if classify_small_talk(text) is not None:
            return None  # "heyy" is no "рунн"
        # English typed on the Russian layout: "шауыссщ" for "ifescco", "ашкгь" for "forum".
        meant = on_english_layout(text) if cyrillic else on_russian_layout(text)
        tokens = tokenize(meant)
        # Words of the fact base or of small talk, as typed (no guess at a typo), and not a
        # letter or two: "z" is no "я", "R F and R B festival" no "К А фтв К И ауыешмфд".
        words = sum(
            len(token) > 2 and (is_small_talk_word(token) or self._known_exactly(token))
            for token in tokens
        )
        known = words + sum(token in STOPWORDS for token in tokens)
        if words > sum(bool(terms) for terms in resolved) and known * 2 > len(tokens):
            return meant
        return None

    def _states_nothing(self, text: str) -> bool:
        """Whether no word of ``text`` stands for something a fact states (who is asking, not
        what is asked about: "я скрипач из Гродно", not "i'm a freelance musician in russia")."""
        return all(self._stated.isdisjoint(self._resolve(token) or ()) for token in tokenize(text))

    def _known_exactly(self, token: str) -> bool:
        """Whether the fact base has ``token`` or its stem: no guess at a typo."""
        return token in self._surface or term_of(token) in self._idf

    def search(self, query: str, limit: int = 10) -> list[Candidate]:
        """Facts ranked for ``query`` (inline mode, typed as you go), best first; may be empty."""
        if limit <= 0 or not query.strip() or junk_reason(query) is not None:
            return []
        ranked = self._rank(self.as_meant(query[:MAX_MATCHED_CHARS]), prefix=True)
        floor = self.thresholds.suggest / 2
        return [candidate for candidate in ranked if candidate.score >= floor][:limit]

    # --- decisions ----------------------------------------------------------------------------

    def _verdict(
        self, question: str, language: str, ranked: list[Candidate], answer_threshold: float
    ) -> Decision:
        candidates = tuple(ranked[:5])
        if not ranked or ranked[0].score < self.thresholds.suggest:
            return Decision(
                Kind.DECLINE,
                question,
                language,
                candidates=candidates,
                reason=DeclineReason.OUT_OF_SCOPE,
            )
        top = ranked[0]
        if top.score >= answer_threshold:
            close = [c for c in ranked[1:] if top.score - c.score < self.thresholds.margin]
            if not close:
                return Decision(Kind.ANSWER, question, language, (top,), candidates=candidates)
            if all(self._related(top.fact, c.fact) for c in close):
                # Neighbouring facts that both fit (what a festival is and who started it):
                # answer with them together rather than make the user choose.
                together = (top, *(c for c in close if c.score >= answer_threshold))
                return Decision(
                    Kind.ANSWER,
                    question,
                    language,
                    together[:MAX_FACTS_PER_ANSWER],
                    candidates=candidates,
                )
        suggestions = tuple(
            c for c in ranked[:3] if c.score >= self.thresholds.suggest and top.score - c.score < 20
        )
        return Decision(
            Kind.SUGGEST, question, language, suggestions=suggestions, candidates=candidates
        )

    def _sides(
        self, text: str, between: re.Pattern[str] | None = None
    ) -> tuple[Candidate, Candidate] | None:
        """The best fact for each side of a comparison ("X and Y differ", "X vs Y", "чем X
        отличается от Y", "X compared to Y") or of a choice (``between`` = _CHOICE_SIDES), if
        the two sides name two different facts."""
        floor = self.thresholds.suggest
        split = _COMPARED_WITH.split(text, maxsplit=1) if between is None else []
        if len(split) == 2:
            floor = self.thresholds.answer
        else:
            split = (between or _COMPARED_SIDES).split(text, maxsplit=1)
        if len(split) != 2 or not POLICY_WORDS.isdisjoint(tokenize(text)):
            # (Two countries' policies compared: the chapter is on Russia's alone.)
            return None
        best = []
        for side in split:
            # (The comparing word is no part of either side: "differ" is unknown to the facts.)
            side = " ".join(token for token in tokenize(side) if token not in _COMPARING)
            ranked = self._rank(side, needed=_DECIDED)
            if not ranked or ranked[0].score < floor:
                return None
            best.append(ranked[0])
        if best[0].fact.id == best[1].fact.id:
            return None
        return best[0], best[1]

    def _answer(
        self, question: str, language: str, ranked: list[Candidate], answer_threshold: float
    ) -> Decision | None:
        """The verdict on another reading of the message, if it is an answer."""
        verdict = self._verdict(question, language, ranked, answer_threshold)
        return verdict if verdict.kind is Kind.ANSWER else None

    @cached_property
    def _stated_numbers(self) -> frozenset[str]:
        """Every number some fact states."""
        return frozenset().union(*self._fact_numbers)

    def _related(self, one: Fact, other: Fact) -> bool:
        return other.id in one.related or one.id in other.related or one.topic == other.topic

    def _parts(self, text: str, *, narrowed: bool = False) -> list[str]:
        """The questions ``text`` asks. ``narrowed``: the whole, with "+" narrowing one topic,
        has an answer, so a "+" joins two questions only where a side of it asks something."""
        parts: list[str] = []
        for sentence in _STRONG_SPLIT.split(text):
            if sentence.strip():
                # A user's "&" joins two questions as "+" does ("visa lobby & weather"); the
                # "&" below marks what is one thing.
                sentence = sentence.replace(" & ", " + ")
                # "between Russia and China" is one thing, not two questions.
                sentence = _BETWEEN.sub(r"\1 & ", sentence)
                # Nor are "науки и культуры", "arts and culture": a field named with another.
                sentence = _FIELDS.sub(r"\1 & ", sentence)
                # "bazaar + youth orch who started", "визы итог + минкульт гастроли"; not
                # "visual artists + baltic" (the artists' Baltic agreements)
                chunks = _PLUS.split(sentence) if "+" in sentence else [sentence]
                if "," in sentence and len(chunks) == 1:
                    # "date published, minsk weather": search-box queries in a row, each of
                    # a few words, none asking with a question word.
                    pieces = sentence.split(",")
                    if (
                        all(
                            len(said) <= _COMMA_QUERY_WORDS
                            and QUESTION_WORDS.isdisjoint(said)
                            # two words that say something: "any luck" asks after the words before
                            and len([word for word in said if word not in STOPWORDS]) > 1
                            for said in map(tokenize, pieces)
                        )
                        and not any(_REFERS_BACK.search(piece) for piece in pieces[1:])
                    ):
                        chunks = pieces
                if (
                    narrowed
                    and len(chunks) > 1
                    and all(QUESTION_WORDS.isdisjoint(tokenize(chunk)) for chunk in chunks)
                ):
                    chunks = [sentence]
                pieces = (
                    # "Я изучаю историю советского и постсоветского кино.": what the asker is
                    # working on, one sentence that asks nothing.
                    [sentence]
                    if _DOING.match(sentence)
                    and not _asks(said := tokenize(sentence))
                    and QUESTION_WORDS.isdisjoint(said)
                    else [
                        clause
                        for chunk in chunks
                        for part in _WEAK_SPLIT.split(chunk)
                        if part and part.strip()
                        for clause in _asking_clauses(part)
                    ]
                )
                # (Pieces are joined only within one sentence: never the first of it.)
                for index, piece in enumerate(pieces):
                    if index and _bare_question_word(parts[-1]):
                        # "where and when did the 7th forum take place": one question.
                        parts[-1] = f"{parts[-1]} and {piece}"
                        continue
                    if (
                        index == 1
                        and _AUXILIARY_AND_SUBJECT.fullmatch(parts[-1])
                        and f"{parts[-1].strip()} also ".casefold() in sentence.casefold()
                    ):
                        # "does belarus | also lobby for visa-free travel": one question that
                        # opens the sentence, its subject before "also" and its verb after.
                        parts[-1] = f"{parts[-1]} also {piece}"
                        continue
                    # "deals with latvia lithuania and estonia": a list of places, one question.
                    if (
                        index
                        and (before := tokenize(parts[-1]))
                        and (after := tokenize(piece))
                        and (self._is_place(before[-1]) or before[-1] in HOME_PLACES)
                        and self._is_place(after[0])
                    ):
                        parts[-1] = f"{parts[-1]} & {piece}"
                    else:
                        parts.append(piece)
        return parts[:6]

    def _multi_part(
        self,
        question: str,
        language: str,
        parts: list[str],
        answer_threshold: float,
        *,
        who_asks: frozenset[tuple[str, ...]] = frozenset(),
    ) -> tuple[Decision, bool] | None:
        """Answer each part on its own.

        A decision when two or more parts are answered, or when one part is answered surely and
        every other part is clearly not about the chapter ("what is X and what's the weather").
        With True beside it, a partial one: one part answered surely, another about the chapter
        left unanswered; the whole message's answer, if it has one, comes first.
        """
        answered: list[Candidate] = []
        nearly: list[Candidate] = []
        leaning: set[str] = set()  # the facts parts not answered come near (by their best)
        neighbours: list[Candidate] = []
        unrelated = 0
        weather = 0  # parts that ask about the weather: off-topic beyond doubt
        asked_answered = True  # whether every part answered asks with a question word
        parts_answered = 0
        standalone: set[str] = set()
        previous = ""
        asking: frozenset[str] = frozenset()
        asked_itself = True  # whether the part before asked with a question word of its own
        counted: frozenset[str] = frozenset()
        head: frozenset[str] = frozenset()
        # Words quoted from the chapter, then a question about something it does not say
        # ("«поддерживается государством» — а сколько денег выделяют"): the quote is what the
        # question is about, not a question of its own to answer.
        topic_then_unknown = False
        topic_named = False
        for position, part in enumerate(parts):
            if _INTRODUCTION.match(part) and not _OURS.search(question):
                # "I'm a painter from Kyiv. does the chapter say when…": who is asking (unless
                # the question is about "our" festival).
                unrelated += 1
                continue
            if position + 1 < len(parts) and _SUBORDINATE.match(part):
                # "When people say 'direct professional co-operation', what kinds of
                # activities does that cover?": the clause tells the question after it what it
                # is about; it asks nothing itself.
                unrelated += 1
                previous = part
                continue
            if asks_about_the_bot(part):
                # "…Помогите: как с вами общаться?": a question about the bot, not the chapter.
                unrelated += 1
                continue
            tokens = tokenize(part)
            told_here = tuple(tokens) in who_asks and not any(
                # ("I'm a student writing about the Vitebsk festival. Is *it* annual?": the
                # topic of the question after it)
                _REFERS_BACK.search(later)
                for later in parts[position + 1 :]
            )
            if told_here or (_DOING.match(part) and not _asks(tokens)):
                # "Делаю презентацию про Союзное государство. В каком году впервые прошёл
                # базар?": what the asker is working on names the topic, it asks nothing; a
                # question after it may still refer back to it ("…, who started it"). So
                # does a sentence that tells who is asking ("i'm a journalist covering
                # touring. which theatres exactly…?").
                unrelated += 1
                previous = part
                continue
            # A part without a question word asks what the part before it asked, of the same
            # numbered thing ("where was the 6th forum of artistic | and scientific
            # intelligentsia held").
            own = question_kinds(tokens)
            inherits = not own and not _asks_itself(tokens)
            # (Not what the verb of the part before asked: "who started the festival and did
            # the visa thing ever work out" asks no founder of the visa lobbying.)
            # (Nor what for, asked by a noun before it ("aims", "цели") and no question word:
            # "цели | и состав конфедерации" asks for its members.)
            asking = (asking - VERB_KINDS if asked_itself else frozenset()) if inherits else own
            if not inherits:
                asked_itself = own != _WHY_KIND or _asks_itself(tokens)
            counted = (_numbers_in(tokens) or counted) if inherits else _numbers_in(tokens)
            own_head = _never_listed(asked_instances(tokens))
            head = (own_head or head) if inherits else own_head
            part = self._this_as_the_chapter(part, language)
            ranked = self._rank(
                part,
                needed=_DECIDED,
                asking=asking,
                counted=counted if inherits else frozenset(),
                head=head if inherits else frozenset(),
            )
            on_its_own = ranked
            if previous and (
                _REFERS_BACK.search(part)
                or (own and (self._bare(tokens) or self._subjectless(tokens)))
            ):
                # "…the visual artists confederation and does *it* have deals with the Baltics":
                # the part may be about what the previous one named, and ask something else.
                done = {candidate.fact.id for candidate in answered}
                # "It" is what the previous part and its answer are about: the words they share
                # with that answer's neighbouring facts ("the youth orchestra"). When that
                # reading reaches the suggestion threshold, it is the one.
                subject = self._subject(previous, answered[-1].fact) if answered else ""
                # The subject after the part, unless that hides what the part asks ("what are
                # they for": "for" asks what for only at the end).
                about_text = f"{part} {subject}"
                if subject and (
                    (own and question_kinds(tokenize(about_text)) != own)
                    # "…and what did it set up besides the forums": after the part, the
                    # subject would be ruled out with the forums it is known for.
                    or self._rules_out_from(tokens, answered[-1].fact)
                ):
                    about_text = f"{subject} {part}"
                about_all = self._rank(about_text) if subject else []
                about = [c for c in about_all if c.fact.id not in done]
                if about and about[0].score >= self.thresholds.suggest:
                    ranked = about
                else:
                    # Otherwise the part with the previous one's words, whole or as lighter
                    # context ("which foundation is behind the youth orchestra, and where has
                    # *it* played"), if either scores higher than the part alone.
                    carried = [c for c in self._rank(f"{part} {previous}") if c.fact.id not in done]
                    # (Not when the previous part numbered a thing the chapter never states:
                    # "где будет восьмой форум | и когда" asks when the 8th is.)
                    numbered = _numbers_in(tokenize(previous))
                    told = (
                        [
                            c
                            for c in self._rank(part, context=previous, needed=_DECIDED)
                            if c.fact.id not in done
                        ]
                        if not numbered or numbered <= self._stated_numbers
                        else []
                    )
                    for other in (carried, told):
                        if other and (not ranked or other[0].score > ranked[0].score):
                            ranked = other
                if (
                    (not ranked or ranked[0].score < answer_threshold - _NEAR_PART)
                    and about_all
                    and about_all[0].fact.id in done
                    and about_all[0].score >= answer_threshold
                ):
                    # Nothing else it could ask, and the fact already answered answers it
                    # surely ("what forums does IFESCCO hold, and what is *their* aim",
                    # answered by the forums' purpose): the parts agree on that fact.
                    ranked = about_all[:1]
            if (
                answered
                and (not ranked or ranked[0].score < self.thresholds.suggest)
                and not _THE_OTHERS.isdisjoint(tokens)
                and len(rest := self._rest_of_topic(answered)) == 1
            ):
                # "how do top orchestras tour abroad and what do the others do": the rest of
                # what the part before was about, the one other fact of its topic.
                ranked = [Candidate(rest[0], answer_threshold)]
            previous = part
            verdict = self._verdict(question, language, ranked, answer_threshold)
            asks_weather = not _WEATHER.isdisjoint(tokens)
            if not verdict.facts and (
                not ranked
                or ranked[0].score < self.thresholds.suggest
                # "погода в витебске какая сейчас и что там за festival": the weather in a
                # town the chapter names is still no question about the chapter.
                or asks_weather
            ):
                unrelated += 1
                weather += asks_weather
                if topic_named and own and not asks_weather:
                    topic_then_unknown = True
            if verdict.facts and not own and _QUOTED.match(part.lstrip()):
                topic_named = True
            if not verdict.facts and ranked and ranked[0].score >= answer_threshold - _NEAR_PART:
                nearly.append(ranked[0])
            elif (
                not verdict.facts
                and ranked
                and ranked[0].score >= self.thresholds.suggest
                and not _asks_itself(tokens)
            ):
                # (a part that asks nothing of its own: a guess, a word more)
                leaning.add(ranked[0].fact.id)
            if (
                verdict.facts
                and len(tokens) > 1
                and (
                    ranked is on_its_own
                    # or a question of its own about what the part before named ("when did
                    # slavianski bazaar start | and who came up with *it*"), answered surely
                    or (
                        own
                        and _REFERS_BACK.search(part)
                        and verdict.facts[0].score >= answer_threshold + _SURE_PART
                        # what it refers to is something the chapter names ("they" of "сколько
                        # музыкантов…" are counted, "them" of "cultural centres" never named)
                        and (before := tokenize(parts[position - 1]) if position else [])
                        and "quantity" not in question_kinds(before)
                        and all(self._resolve(token) != {} for token in before)
                    )
                )
            ):
                # Answered on the part's own words: not a lone list item ("…латвии литвы |
                # и эстонии"), not through the part before it ("…и из каких они стран").
                standalone.add(verdict.facts[0].fact.id)
            for candidate in verdict.facts[:1]:
                parts_answered += 1
                asked_answered = asked_answered and bool(own)
                if all(candidate.fact.id != seen.fact.id for seen in answered):
                    answered.append(candidate)
            # The rest of a part's answer, after every part's first fact: "что за форумы МФГС"
            # is answered by what the forums are and what they are for, neighbouring facts.
            neighbours.extend(verdict.facts[1:])
        if answered:
            # A part short of the threshold by little, next to a part that is answered: a
            # short part has few words to score with, and the user asked for both.
            for candidate in nearly:
                if all(candidate.fact.id != seen.fact.id for seen in answered):
                    answered.append(candidate)
        # (Beside parts that only ask about the weather, a part that asks with a question word
        # and is answered at the threshold is sure: "what's the weather in minsk rn and who
        # started that slavic singing festival"; not "…and should i bring an umbrella".)
        sure = len(answered) == 1 and answered[0].score >= answer_threshold + (
            0.0 if weather and weather == len(parts) - 1 and asked_answered else _SURE_PART
        )
        # "what does it involve? exhibitions? conferences?": parts that agree on one fact; or
        # one part answered and another leaning to the same fact ("для чего эти форумы? чтоб
        # постсоветская интеллигенция тусила вместе?").
        agreed = len(answered) == 1 and (
            parts_answered >= 2 or (answered[0].fact.id in leaning and len(leaning) == 1)
        )
        if (
            len(answered) >= 2
            or agreed
            or (sure and unrelated == len(parts) - 1 and not topic_then_unknown)
        ):
            partial_only = False
        elif (
            sure
            and not topic_then_unknown
            and answered[0].fact.id in standalone
            and answered[0].fact.topic != _ABOUT_THE_SOURCE
        ):
            # One part answered surely, next to a part about the chapter that is not answered
            # ("что обсуждали на форуме в ашхабаде и кто там выступал"): what is answered, if
            # the whole message brings nothing better. Not the chapter's own details ("when
            # were the agreements signed? i need the dates for a report" asks no date of it).
            partial_only = True
        else:
            return None
        for candidate in neighbours:
            if all(candidate.fact.id != seen.fact.id for seen in answered):
                answered.append(candidate)
        decision = Decision(
            Kind.ANSWER,
            question,
            language,
            tuple(answered[:MAX_FACTS_PER_ANSWER]),
            candidates=tuple(answered),
        )
        return decision, partial_only

    def _rest_of_topic(self, answered: list[Candidate]) -> list[Fact]:
        """The facts of the last answered fact's topic not answered yet."""
        done = {candidate.fact.id for candidate in answered}
        topic = answered[-1].fact.topic
        return [fact for fact in self._facts if fact.topic == topic and fact.id not in done]

    def _rules_out_from(self, tokens: list[str], fact: Fact) -> bool:
        """Whether the part rules out ("besides the forums") something ``fact`` states."""
        ruled_out = _excluded(list(tokens), len(tokens))
        if not ruled_out:
            return False
        stated = self._fact_stated[self._facts.index(fact)]
        return any(not stated.isdisjoint(self._resolve(tokens[at]) or ()) for at in ruled_out)

    def _about_the_unnamed(self, asked: str, context: str) -> bool:
        """Whether ``asked`` is about ``context`` ("it", "они") and the context names only
        things the fact base does not know, none of them a place ("and the bolshoi, does it
        tour a lot"; not "salut from chisinau, is moldova mentioned")."""
        if _SUBJECT_PRONOUNS.isdisjoint(tokenize(asked)):
            return False
        named = [
            token
            for token in tokenize(context)
            if token not in STOPWORDS and not is_small_talk_word(token)
        ]
        return bool(named) and all(
            self._resolve(token) == {} and not self._is_place(token) for token in named
        )

    def _from_the_chapter(self, quoted: str) -> bool:
        """Whether ``quoted`` is (nearly) words of the chapter: of a fact's text or quote."""
        words_quoted = normalize(quoted).split()
        if len(words_quoted) < 2:
            return False
        wanted = " ".join(words_quoted)
        return any(
            fuzz.partial_ratio(wanted, passage, score_cutoff=_QUOTED_SIMILARITY)
            for passage in self._passages
        )

    def _bare(self, tokens: list[str]) -> bool:
        """Whether a part is only a question word or two ("…since when, and *why*"), perhaps
        with a number or a word that asks why ("…and where was the 7th", "…and for which
        purpose"): no other word of it is one the fact base knows, so it asks about what the
        part before it named."""
        return not any(
            self._resolve(token)
            for token in tokens
            if not token.isdigit()
            and token not in QUESTION_KINDS["why"]
            and token not in QUESTION_KINDS["outcome"]  # "…, what results": of what came before
            and token not in _TOWN_WORDS  # "…и в каком городе": where
            and token not in YEAR_WORDS  # "…и в каком году": when
            and token not in _OFTEN  # "…и как часто": how often
        )

    def _capital_elsewhere(self, tokens: list[str], position: int) -> bool:
        """Whether the capital at ``position`` is that of a country, and not Turkmenistan
        ("capital of russia", "столица австралии"; not "capital of turkmenistan")."""
        after = [token for token in tokens[position + 1 : position + 4] if token not in STOPWORDS]
        if not after:
            return False
        country = after[0]
        if country in FOREIGN_PLACES:
            return True
        terms = self._resolve(country) or {}
        return not terms.keys().isdisjoint(self._places | _RUSSIA_TERMS) and (
            terms.keys().isdisjoint(_TURKMEN_TERMS)
        )

    def _subjectless(self, tokens: list[str]) -> bool:
        """Whether a part asks with a verb and no subject of its own, so that it is about what
        the part before it named: Russian leaves out "it" ("славянский базар что это | и кто
        организовал", "оркестр молодежи снг чья инициатива | и куда ездит"), and a search-box
        query in English does ("youth orch where + who started")."""
        known = [token for token in tokens if self._resolve(token)]
        if (
            known
            and len(tokens) <= _SHORT_ENGLISH_PART
            and tokens[0] in QUESTION_WORDS
            and all(token.isascii() and token in _ENGLISH_VERBS for token in known)
        ):
            # "youth orch where + *who started*": a question word and a verb, no more.
            return True
        return bool(known) and all(
            (is_cyrillic(token) and token.endswith(_VERB_ENDINGS) and token not in _NOT_VERBS)
            # typed in Latin letters: "slavyanskiy bazar kto initsiiroval | i gde prohodit"
            or (
                token.isascii()
                and token.endswith(_LATIN_VERB_ENDINGS)
                and token not in self._surface
                and (russian := russian_term_of(token)) is not None
                and russian in self._idf
            )
            for token in known
        )

    def _subject(self, text: str, fact: Fact) -> str:
        """The words of ``text`` that ``fact`` shares with a neighbouring fact: what a question
        about ``fact`` was about ("the youth orchestra" of "who is behind the youth orchestra")."""
        index = self._facts.index(fact)
        neighbours = [
            other
            for other, neighbour in enumerate(self._facts)
            if other != index and self._related(fact, neighbour)
        ]
        words = []
        for token in tokenize(text):
            if token in YEAR_WORDS:
                continue  # "с какого *года* эти форумы": what was asked of it, not what it is
            terms = self._resolve(token) or {}
            if any(
                term in self._fact_terms[index]
                and any(term in self._fact_terms[other] for other in neighbours)
                for term in terms
            ):
                words.append(token)
        return " ".join(words)

    # --- scoring ------------------------------------------------------------------------------

    def _rank(
        self,
        text: str,
        *,
        prefix: bool = False,
        context: str = "",
        needed: int | None = None,
        asking: frozenset[str] = frozenset(),
        counted: frozenset[str] = frozenset(),
        head: frozenset[str] = frozenset(),
    ) -> list[Candidate]:
        """Facts scored for ``text``, best first.

        With ``needed``, only the facts that may be among the ``needed`` best, or within the
        margin of the best, are scored in full (decisions look no further); the others are left
        out.
        """
        query = self._query(
            text, prefix=prefix, context=context, asking=asking, counted=counted, head=head
        )
        if not query.words:
            return []
        # Many questions differ only in words that do not count (a typo in "the", punctuation,
        # a greeting): their scores are the same.
        key = (query.key, needed)
        cached = self._ranked.get(key)
        if cached is None:
            cached = self._score(query, needed)
            if len(self._ranked) >= DECISION_CACHE_SIZE:
                self._ranked.pop(next(iter(self._ranked)))
            self._ranked[key] = cached
        return list(cached)

    def _score(self, query: _Query, needed: int | None) -> list[Candidate]:
        if self._dense is not None:
            shortlist, coverage, phrased = self._dense.coverage(query.words, _SHORTLIST)
        else:
            shortlist, coverage, phrased = self._coverage(query)
        if not shortlist:
            return []
        return self._score_shortlist(query, needed, shortlist, coverage, phrased)

    def _coverage(self, query: _Query) -> tuple[list[int], dict[int, float], dict[int, float]]:
        """The facts the question's words cover most (at most :data:`_SHORTLIST`), best first,
        with each fact's coverage and the part of it by terms of its phrasings."""
        postings = self._weighted_postings
        coverage: dict[int, float] = {}
        # The part of each fact's coverage by terms of its phrasings: no phrasing of the fact
        # can match more of the question than that (the bound below).
        phrased: dict[int, float] = {}
        for weight, terms in query.words:
            if len(terms) == 1:
                ((term, sim),) = terms.items()
                for index, strength in postings.get(term, ()):
                    coverage[index] = coverage.get(index, 0.0) + weight * (sim * strength)
                    if strength == _STRENGTH_PHRASE:
                        phrased[index] = phrased.get(index, 0.0) + weight * sim
                continue
            best_per_fact: dict[int, float] = {}
            best_phrased: dict[int, float] = {}
            for term, sim in terms.items():
                for index, strength in postings.get(term, ()):
                    credit = sim * strength
                    if credit > best_per_fact.get(index, 0.0):
                        best_per_fact[index] = credit
                    if strength == _STRENGTH_PHRASE and sim > best_phrased.get(index, 0.0):
                        best_phrased[index] = sim
            for index, credit in best_per_fact.items():
                coverage[index] = coverage.get(index, 0.0) + weight * credit
            for index, sim in best_phrased.items():
                phrased[index] = phrased.get(index, 0.0) + weight * sim
        shortlist = sorted(coverage, key=coverage.__getitem__, reverse=True)[:_SHORTLIST]
        return shortlist, coverage, phrased

    def _score_shortlist(
        self,
        query: _Query,
        needed: int | None,
        shortlist: list[int],
        coverage: dict[int, float],
        phrased: dict[int, float],
    ) -> list[Candidate]:
        # A question of one word: its terms, if nothing else was asked.
        lone_word = None
        if len(query.words) == 1 and query.words[0][0] == query.total:
            lone_word = set(query.words[0][1])
        # Each fact's score with its best phrasing taken as perfect is an upper bound: facts
        # are scored in full best bound first, and the rest skipped once none can reach the
        # ``needed`` best scores or come within the margin of the top one.
        bounded = []
        total = query.total
        kinds = query.kinds
        numbers = query.numbers
        places = query.places
        # The events a year in the question may be the year of (below).
        asked_events = (
            frozenset(
                term for _, terms in query.words for term in terms if term in self._event_terms
            )
            if any(_YEAR.fullmatch(number) for number in query.numbers)
            else frozenset()
        )
        for index in shortlist:
            matched = coverage[index]
            fact_share = matched / total
            # A question only about the chapter itself ("what is this chapter about") is not
            # one common word standing for a topic: its evidence is whole.
            evidence = 1.0 if query.about_itself else min(1.0, matched / _EVIDENCE)
            penalty = 1.0
            fact_terms = self._fact_terms[index]
            missing = kinds - self._fact_kinds[index] if kinds else kinds
            if "names" in missing and (
                not query.asked_for.isdisjoint(self._fact_named[index])
                # "which countries are behind the festival": a fact naming places names them.
                or (
                    not query.asked_for.isdisjoint(self._place_classes)
                    and not self._places.isdisjoint(fact_terms)
                )
                # "which body sends the theatres abroad": a fact naming a body names one.
                or (
                    not query.asked_for.isdisjoint(self._body_classes)
                    and self._fact_names_body[index]
                )
                # "which events does ifescco hold": a fact naming a forum or festival.
                or (
                    not query.asked_for.isdisjoint(self._event_classes)
                    and self._fact_names_event[index]
                )
            ):
                missing = missing - {"names"}  # "какие форумы" against "the CIS Forums"
            elif (
                query.asked_head
                and "names" in kinds
                and (
                    query.asked_head.isdisjoint(self._fact_stated[index])
                    # "which exhibitions were exchanged": the chapter mentions exhibitions,
                    # never one by name.
                    or query.never_named
                )
            ):
                # "какие фильмы сняла конфедерация кинематографистов", "какие фестивали есть в
                # Казахстане": the fact lists other things than those asked for.
                missing = missing | {"names"}
            if missing:
                penalty *= _STRICT_KIND_PENALTY if missing & STRICT_KINDS else _KIND_PENALTY
            if query.unknown_focus:
                penalty *= _FOCUS_PENALTY
            if (
                numbers
                and (unstated := self._unstated(numbers, fact_terms, query.alternatives))
                and not (
                    query.checks_claim
                    and all(_YEAR.fullmatch(n) and self._states_year[index] for n in unstated)
                )
            ):
                # (A claim's wrong year is the detail to correct; a count or an ordinal it
                # states is something else: "300 musicians", "the 8th forum".)
                # Another number of the same kind stated instead ("the 6th forum" against the
                # 7th): the fact is about something else.
                stated = self._fact_numbers[index]
                contradicted = any(
                    any(len(other) == len(number) for other in stated) for number in unstated
                )
                # A claim's year that a fact with no year of its own can neither confirm nor
                # correct ("разве базар не проводится с 1992 года"): as good as contradicted.
                contradicted = contradicted or query.checks_claim
                penalty *= _CONTRADICTED_NUMBER_PENALTY if contradicted else _NUMBER_PENALTY
            if (
                asked_events
                and asked_events.isdisjoint(fact_terms)
                and any(_YEAR.fullmatch(n) and n in self._fact_numbers[index] for n in numbers)
            ):
                # "did the 2013 forum happen", "the 2013 festival": the year of an event the
                # fact does not mention (the chapter's own, of its publication).
                penalty *= _NUMBER_PENALTY
            if (
                places
                and not query.checks_claim
                and not all(self._names_place(index, fact_terms, place) for place in places)
            ):
                penalty *= _PLACE_PENALTY
                if query.also:
                    # "has belarus also lobbied for visa removal": what the fact says of one
                    # place, asked of another.
                    penalty *= _PLACE_PENALTY
            if lone_word is not None and lone_word.isdisjoint(self._fact_names[index]):
                penalty *= _LONE_WORD_PENALTY
            if (
                query.ruled_out
                and (ruled_out := query.ruled_out & self._fact_stated[index])
                # (Not a list of places beyond the one ruled out: "which countries besides
                # russia are in the confederation" asks for the rest of its members.)
                and not (
                    ruled_out <= self._every_place
                    and len(self._fact_stated[index] & self._every_place - ruled_out) >= _PLACE_LIST
                )
            ):
                penalty *= _RULED_OUT_PENALTY
                if (
                    "where" in kinds
                    and not ruled_out.isdisjoint(self._places)
                    and self._fact_stated[index] & self._places_or_cis <= ruled_out
                ):
                    # "besides ashgabat, where were the other forums held": the only place the
                    # fact gives is the one ruled out ("besides moscow, where does the youth
                    # orchestra play": around the CIS).
                    penalty *= _RULED_OUT_PENALTY
            if query.another_begun and not self._fact_also[index]:
                # "what else did ifescco start": not the thing it is best known for.
                penalty *= _RULED_OUT_PENALTY
            if query.head_terms and fact_terms.keys().isdisjoint(query.head_terms):
                penalty *= _HEAD_PENALTY
            elif (
                "names" in kinds
                and not query.asked_for.isdisjoint(self._troupe_classes)
                and fact_terms.keys().isdisjoint(query.asked_for)
            ):
                # "какие театры ездят на гастроли": a fact with no theatre in it names none,
                # however much else of the question it shares (the youth orchestra's tours).
                penalty *= _HEAD_PENALTY
            if query.rivals and not self._fact_rivals[index] <= query.rivals:
                penalty *= _RIVAL_PENALTY
            factor = 100 * evidence * penalty
            # A phrasing's F1 with precision p (at most the phrased share) and recall at most 1
            # is at most 2p / (1 + p).
            phrase_share = min(1.0, phrased.get(index, 0.0) / total)
            phrase_bound = 2 * phrase_share / (1 + phrase_share)
            bound = factor * (_PHRASE_SHARE * phrase_bound + (1 - _PHRASE_SHARE) * fact_share)
            bounded.append((bound, index, fact_share, factor))
        bounded.sort(reverse=True)
        scored: list[Candidate] = []
        negated: list[float] = []  # exact scores so far, negated and sorted: highest first
        for bound, index, fact_share, factor in bounded:
            if (
                needed is not None
                and len(negated) >= needed
                and bound + 0.1 < -negated[needed - 1]
                and bound + 0.1 < -negated[0] - self.thresholds.margin
            ):
                break
            phrase = self._best_phrase(index, query)
            blended = _PHRASE_SHARE * phrase + (1 - _PHRASE_SHARE) * fact_share
            score = round(factor * blended, 1)
            scored.append(Candidate(self._facts[index], score))
            bisect.insort(negated, -score)
        scored.sort(key=lambda c: (-c.score, c.fact.id))
        return scored

    @staticmethod
    def _unstated(
        numbers: frozenset[str],
        fact_terms: dict[str, float],
        alternatives: tuple[tuple[str, frozenset[str]], ...],
    ) -> list[str]:
        """The numbers asked about that the fact does not state: of alternatives, none."""
        # (A date as written, "11-04-2013", is a term of its own, stemmed like any other.)
        unstated = [
            number
            for number in numbers
            if number not in fact_terms and ("-" not in number or term_of(number) not in fact_terms)
        ]
        if unstated and alternatives:
            choices = dict(alternatives)
            unstated = [
                number
                for number in unstated
                if fact_terms.keys().isdisjoint(choices.get(number, ()))
            ]
        return unstated

    def _names_place(self, index: int, fact_terms: dict[str, float], place: frozenset[str]) -> bool:
        """Whether the fact mentions ``place`` (any of its terms): a European country counts as
        mentioned by a fact about Europe, not by one that only cites the Compendium's title."""
        if fact_terms.keys().isdisjoint(place):
            return False
        if self._fact_europe[index] or place.isdisjoint(self._europe):
            return True
        return not fact_terms.keys().isdisjoint(place - self._europe)

    def _best_phrase(self, index: int, query: _Query) -> float:
        """F1 of the question against the fact's best-fitting single phrasing.

        Accumulated through the fact's phrasings-by-term index, so the cost grows with the
        question's terms, not with the number of phrasings.
        """
        by_term = self._phrases_by_term[index]
        weights = self._phrase_weights[index]
        total = query.total
        if query.credits is not None:
            # One term per word at its own IDF: the matched weight M is the same both ways,
            # so precision M/T and recall M/W give F1 = 2M / (W + T).
            matched: dict[int, float] = {}
            for term, credit in query.credits:
                for phrase in by_term.get(term, ()):
                    matched[phrase] = matched.get(phrase, 0.0) + credit
            best_f1 = 0.0
            for phrase, weight in matched.items():
                f1 = 2 * weight / (weights[phrase] + total)
                if f1 > best_f1:
                    best_f1 = f1
            return best_f1
        recall: dict[int, float] = {}
        for term, credit in query.recall:
            for phrase in by_term.get(term, ()):
                recall[phrase] = recall.get(phrase, 0.0) + credit
        if not recall:
            return 0.0
        covered = dict.fromkeys(recall, 0.0)
        for term, gain, terms in query.cover_credits:
            if terms is None:
                for phrase in by_term.get(term, ()):
                    covered[phrase] += gain
                continue
            best: dict[int, float] = {}
            for term, sim in terms.items():
                for phrase in by_term.get(term, ()):
                    if sim > best.get(phrase, 0.0):
                        best[phrase] = sim
            for phrase, sim in best.items():
                covered[phrase] += gain * sim
        best_f1 = 0.0
        for phrase, recalled in recall.items():
            phrase_recall = recalled / weights[phrase]
            precision = covered[phrase] / total
            f1 = 2 * precision * phrase_recall / (precision + phrase_recall)
            if f1 > best_f1:
                best_f1 = f1
        return best_f1

    def _query(
        self,
        text: str,
        *,
        prefix: bool = False,
        context: str = "",
        asking: frozenset[str] = frozenset(),
        counted: frozenset[str] = frozenset(),
        head: frozenset[str] = frozenset(),
    ) -> _Query:
        """The resolved question; ``asking``, ``counted`` and ``head``: what it asks, of which
        numbered thing, and which things never listed by name, when it has no question word of
        its own (a later part of a question: "who started the festival | and the orchestra",
        "какие фильмы снял союз киношников СНГ | и Прибалтики")."""
        tokens = tokenize(text)[:MAX_MATCHED_TOKENS]
        # Context (the story around a question) adds only words the fact base knows, lighter.
        asked = len(tokens)
        if context:
            told = tokenize(context)[: max(0, MAX_MATCHED_TOKENS - asked)]
            # What the story rules out is not context: "i'm a violinist, not in any big state
            # orchestra. how do people like me get to play abroad".
            if not _NEGATIONS.isdisjoint(told) or not _EXCEPT.isdisjoint(told):
                dropped = _excluded(told, len(told))
                told = [token for at, token in enumerate(told) if at not in dropped]
            tokens += told
        kinds = question_kinds(tokens[:asked]) or asking
        # "what exhibitions were exchanged" asks as "which exhibitions" does: for names the
        # chapter never gives.
        listed = _what_never_listed(tokens[:asked])
        if listed:
            kinds = kinds | {"names"}
        if not _TOWN_WORDS.isdisjoint(tokens) and any(
            token in _TOWN_WORDS and not _WHICH_EN.isdisjoint(tokens[max(0, at - 2) : at])
            for at, token in enumerate(tokens[:asked])
        ):
            # "which city hosts slavianski bazaar": where it is, not who hosts it, and a place
            # named is the name asked for. (Only in questions: a phrasing's "which city" would
            # make its fact one about a place.)
            kinds = (kinds - {"names"}) | {"where"}
        excluded = _excluded(tokens, asked)
        # "is this chapter about Ukraine?", "это глава про Беларусь или про Россию?": the
        # country is what the user takes the chapter's subject to be, not a topic within it.
        subject = (
            self._claimed_subject(tokens[:asked]) if not _SELF_NOUNS.isdisjoint(tokens) else ()
        )
        ruled_out: set[str] = set()
        chatter = small_talk_words(
            tokens, asks=bool(kinds) or not QUESTION_WORDS.isdisjoint(tokens)
        )
        focus = focus_position(tokens[:asked])
        terse_at = None
        terse = focus is None and not kinds and "?" not in text
        if terse:
            focus = terse_at = terse_head(tokens[:asked])
        if not _ONE_OF.isdisjoint(tokens):
            member = self._one_of(tokens[:asked])
            if member is not None:
                focus = member
        words: list[tuple[float, dict[str, float]]] = []
        seen: set[str] = set()
        numbers: set[str] = set()
        total = 0.0
        unknown = 0
        unknown_focus = False
        unknown_at: set[int] = set()
        asked_words = 0
        filler: set[int] = set()
        if not _FILLER_PAIR_ENDS.isdisjoint(tokens):
            filler = {
                at
                for at, pair in enumerate(itertools.pairwise(tokens))
                if pair in FILLER_PAIRS
                for at in (at, at + 1)
            }
        if not _WRITE.isdisjoint(tokens) and not _HELP.isdisjoint(tokens):
            # "помоги написать резюме", "help me write a cv": the user's writing, and the help
            # the user asks of the bot (not the state's support).
            filler.update(
                helper
                for at, token in enumerate(tokens)
                if token in _WRITE
                for helper in range(max(0, at - 2), at + 1)
                if helper == at or tokens[helper] in _HELP
            )
        if not _SOVIET.isdisjoint(tokens):
            # "the former soviet union", "в советском союзе": the place, whose "union" is no
            # union of professionals (the filmmakers' or the artists').
            filler.update(
                at + 1
                for at, pair in enumerate(itertools.pairwise(tokens))
                if pair[0] in _SOVIET and pair[1] in _UNION
            )
        if "where" in kinds and "based" in tokens[:asked] and "where" in tokens[:asked]:
            # "where is ifescco based" asks where its headquarters are, which the chapter never
            # says; not the basis a source is built on ("what are your answers based on"). (A
            # claim, "isn't the youth orchestra based in minsk?", keeps the word: there the
            # word the chapter lacks would be taken for the detail to correct.)
            tokens = [_HEADQUARTERS if token == "based" else token for token in tokens]
        if not _SEASONS.isdisjoint(tokens):
            # "the vitebsk summer song fest", "летний музыкальный праздник": which festival,
            # not something asked about it ("how many visitors each summer" keeps it).
            filler.update(
                at
                for at, token in enumerate(tokens)
                if token in _SEASONS and not _FESTIVE.isdisjoint(tokens[at + 1 : at + 3])
            )
        # Phrases that stand for another word ("take place": held), by the position of their
        # second word, which takes the meaning on.
        meant_at: dict[int, str] = {}
        if not _PHRASE_SYNONYM_ENDS.isdisjoint(tokens):
            meant_at = {
                at + 1: meant
                for at, pair in enumerate(itertools.pairwise(tokens))
                if (meant := PHRASE_SYNONYMS.get(pair)) is not None
            }
        if any(
            token.isascii() and latin_key(token) in _TRANSLIT_PHRASE_ENDS for token in tokens[1:]
        ):
            # The Russian phrases typed in Latin letters: "v belorusskom gorode" is Vitebsk.
            meant_at |= {
                at + 1: meant
                for at, (first, second) in enumerate(itertools.pairwise(tokens))
                if first.isascii()
                and second.isascii()
                and (meant := _TRANSLIT_PHRASES.get((latin_key(first), latin_key(second))))
                is not None
            }
        if meant_at:
            # The first word, when the fact base does not know it alone ("*pay* off", "*flying*
            # solo"), says nothing of its own.
            filler.update(
                at - 1
                for at in meant_at
                if tokens[at - 1] in _PHRASE_VERBS or self._resolve(tokens[at - 1]) == {}
            )
        idf = self._idf
        addressed = not _ADDRESSES.isdisjoint(tokens) and _ADDRESSED.search(text) is not None
        # A claim to check ("the 7th forum was in Astana, right?"): a word the chapter does not
        # know is most likely the detail that is wrong, not a question it cannot answer.
        claim = checks_claim(tokens[:asked])
        unknown_weight = _UNKNOWN_WEIGHT * _CLAIM_UNKNOWN_SHARE if claim else _UNKNOWN_WEIGHT
        # "since 2006 or since 2008", "россии или беларуси": one thing asked, in two guesses.
        choices = self._alternatives(tokens, asked) if not _OR.isdisjoint(tokens) else {}
        followers = {other for others in choices.values() for other in others} if choices else ()
        alternatives: list[tuple[str, frozenset[str]]] = []
        for position, token in enumerate(tokens):
            if (
                token in seen
                or token in chatter
                or position in filler
                or position in followers
                or position in subject
            ):
                continue
            if (
                claim
                and token in CLAIM_WORDS
                and (position in (0, asked - 1) or (position == 2 and tokens[:2] == ["am", "i"]))
            ):
                # "…published in 2012, correct?", "правда ли…", "am i right…": the check itself
                continue
            if claim and token in DISAGREEING_WORDS and position < 3:
                continue  # "that's wrong, …", "ты ошибаешься, …": the user disagreeing
            if token in _ADDRESSES and asked > 1 and (position == 0 or addressed):
                continue  # "бот, кто основал…", "what is ifescco, bot?": the bot addressed
            if token in _OWN_WRITING and position and tokens[position - 1] in _MY:
                continue  # "I need names for my article": the user's text, not the chapter
            if token in _HEARD and position and tokens[position - 1] in _I_WE:
                continue  # "я слышал, россия пыталась…", "i heard…": where the claim came from
            if token in _CALLED and "names" in kinds:
                # "как называется музыкальный фестиваль в белоруссии", "whats it called": asks
                # for a name; not a word the fact must share, though some phrasings have it
                # ("как называется эта глава").
                continue
            seen.add(token)
            if token in _CAPITALS and (
                token in _CAPITALS_AS_SUBJECT
                or position == 0
                or tokens[position - 1] in _BEFORE_SUBJECT
            ):
                # "is Moscow doing anything about visas", "Москва добивается…": the capital for
                # the government, as the news says it; not the city ("concerts in Moscow").
                terms = self._resolve(_CAPITALS[token])
            elif token in _WRITTEN and "когда" in tokens:
                # "когда это написано": when it was written is when it was published ("что
                # написано про визы" only points at the text).
                terms = self._resolve("опубликована")
            elif token in _CAME_OF_IT and _RU_DATE_WORDS.isdisjoint(tokens):
                # "и вышло ли что-нибудь": did anything come of it, not "когда вышла глава"
                # (came out: the chapter is "она", its date asked with "когда", "год").
                terms = self._resolve("получилось")
            elif token in _FILM_FESTIVALS or (
                token in _FILM_WORDS
                and position + 1 < len(tokens)
                and tokens[position + 1] in _FESTIVAL_WORDS
            ):
                # "is there a film festival", "кинофестиваль": a festival the chapter never
                # names, not the filmmakers' unions.
                terms = {}
            elif (
                token in _FIRST
                and "when" in kinds
                and not FORUM_WORDS.isdisjoint(tokens[position + 1 : position + 3])
                and not any(other[0].isdigit() for other in tokens)
            ):
                # "when was the first forum": when the forums began, "since 2006" (unless the
                # year is given: "was the very first forum in 2006 held in moscow or kyiv").
                terms = self._resolve("since")
            elif token in ABBREVIATION_WORDS or (
                token in _STAND and tokens[position + 1 : position + 2] == ["for"]
            ):
                # "как расшифровывается МФГС", "what does ifescco stand for": the fact gives the
                # name in full; the chapter spells out no other abbreviation ("what does the
                # abbreviation CIS mean").
                if any(
                    self._spelled_out.intersection(self._resolve(other) or ()) for other in tokens
                ):
                    continue
                terms = {}
            elif token in _CAPITAL_WORDS and self._capital_elsewhere(tokens, position):
                # "what is the capital of russia", "столица беларуси": the chapter knows one
                # capital, Turkmenistan's, where the 7th forum was held.
                terms = {}
            else:
                terms = self._resolve(token)
            if terms == {} and len(token) > 2:
                unknown_at.add(position)
            elif terms and position - 1 in unknown_at and token in _POLICY_NOUNS:
                # "языковая политика", "media policy": a policy the chapter is not about, as
                # the word before "policy" says (the chapter is one on cultural policy).
                unknown_focus = True
            if meant_at and (meant := meant_at.get(position)) is not None:
                terms = dict(terms or {})
                for found_term in self._resolve(meant) or {}:
                    terms.setdefault(found_term, _SYNONYM_SIMILARITY)
            if position in choices:
                guesses = [token, *(tokens[other] for other in choices[position])]
                merged = dict(terms or {})
                for guess in guesses[1:]:
                    for found_term, similarity in (self._resolve(guess) or {}).items():
                        if similarity > merged.get(found_term, 0.0):
                            merged[found_term] = similarity
                terms = merged
                if token[0].isdigit():
                    numbers.update(guesses[1:])
                    alternatives.extend((guess, frozenset(guesses) - {guess}) for guess in guesses)
            if (
                token in _FIRST
                and position < asked
                and not FORUM_WORDS.isdisjoint(tokens[position + 1 : position + 3])
                and "when" not in kinds
                and not any("ashgabat" in (self._resolve(other) or ()) for other in tokens)
            ):
                # "where was the first cis forum": the 1st, a forum the chapter says nothing of
                # ("first" is no ordinal elsewhere: "in the first place"). When it was is the
                # forums' "since 2006"; "was the ashgabat one the first" asks about the 7th.
                numbers.add("1")
            if terms is None:
                continue
            if not terms and prefix and position == len(tokens) - 1:
                terms = self._resolve_prefix(token)
            if token[0].isdigit():
                if not self._asked_number(tokens, position):
                    continue  # "my daughter is 17": context, not what is asked
                numbers.add(token)
            elif token in ORDINAL_WORDS and position < asked:
                numbers.add(ORDINAL_WORDS[token])  # "the sixth forum" asks about the 6th
            if position >= asked:
                if not terms or token[0].isdigit():
                    continue
                weight = _CONTEXT_WEIGHT * max(map(idf.__getitem__, terms))
            elif terms:
                weight = (
                    # The chapter's own country however it is named ("RF", "РФ", "Russia"):
                    # every fact is about it, so it weighs no more than its commonest name.
                    min(map(idf.__getitem__, terms))
                    if token in HOME_PLACES
                    else max(map(idf.__getitem__, terms))
                )
                if position in excluded:
                    # (The institution a negated clause names keeps its weight: "the artists
                    # the ministry doesn't send" is what the phrasings "without the ministry"
                    # ask; the facts that state it are still ruled out.)
                    if token not in _INSTITUTIONS:
                        weight *= _EXCLUDED_WEIGHT
                    ruled_out.update(terms)
            elif position in excluded:
                # An unknown word in what the question rules out ("performers who aren't
                # *picked* by the ministry") counts as little as a known one there.
                weight = unknown_weight * _EXCLUDED_WEIGHT
            elif (
                position == focus
                and len(token) > 1
                and not (token in FOREIGN_PLACES and tokens[position - 1] in _IN_PLACE)
            ):
                # What the question asks for ("who *won*", "how many *musicians*") is something
                # the fact base never mentions: no fact can answer it. (Not where it is asked
                # about, which is weighed as a place: "lobbying what in EU".)
                weight = unknown_weight
                unknown_focus = True
            elif len(token) < 3 and not token[0].isdigit():
                continue  # a stray letter or particle says nothing either way
            else:
                # Each further unknown word counts for less: a long message tells its story in
                # words the chapter does not use, but the first such word is a question the
                # chapter may not answer.
                # A count stated in a claim ("500 участников") is one the chapter would have to
                # give; a word or a year is taken for the detail that is wrong.
                a_count = token[0].isdigit() and not _YEAR.fullmatch(token)
                weight = (_UNKNOWN_WEIGHT if a_count else unknown_weight) * (
                    _UNKNOWN_DECAY**unknown
                )
                unknown += 1
            total += weight
            if terms:
                words.append((weight, terms))
                if position < asked:
                    asked_words = len(words)
        if not numbers:
            numbers.update(counted)
        credits: tuple[tuple[str, float], ...] | None = None
        singles = [next(iter(terms.items())) for _, terms in words if len(terms) == 1]
        if (
            len(singles) == len(words)
            and len({term for term, _ in singles}) == len(singles)
            and all(
                weight == self._idf[term]
                for (weight, _), (term, _) in zip(words, singles, strict=True)
            )
        ):
            credits = tuple((term, sim * self._idf[term]) for term, sim in singles)
        named: set[frozenset[str]] = set()
        # "did the youth orchestra ever play in western europe": whether, not where, but Europe
        # is still a place of its own.
        ever = not _EVER.isdisjoint(tokens[:asked])
        for _, terms in words[:asked_words]:
            for term, similarity in terms.items():
                if (
                    similarity == 1.0
                    and (
                        term in self._places
                        # "в каких городах европы выступал оркестр": Europe, where only some
                        # facts are set, as a place of its own
                        or (term in self._europe and ("where" in kinds or ever))
                    )
                ) or term in self._baltic_region:  # also as a synonym ("прибалтами")
                    # A Baltic state is named by a fact about "the Baltic States".
                    baltic = self._baltic if not self._baltic_states.isdisjoint(terms) else ()
                    cis = self._cis if not self._cis_states.isdisjoint(terms) else ()
                    region = (
                        self._baltic_states if not self._baltic_region.isdisjoint(terms) else ()
                    )
                    named.add(frozenset((*terms, *baltic, *cis, *region)))
                    break
        question = tokens[:asked]
        if not FAR_PLACES.isdisjoint(question):
            # Far places are asked about in the question's own words, never the story's.
            named.update(
                frozenset({term_of(token), *self._abroad})
                for token in question
                if token in FAR_PLACES
            )
        if (
            not UNLISTED_PLACES.isdisjoint(question)
            and question
            and (
                question[0] in YES_NO_OPENINGS
                or "ли" in question[:4]
                or not _EVER.isdisjoint(question)
            )
            # (Not a guess at one event's place, which a fact stating another corrects: "was
            # the 7th forum held in astana", "in vitebsk or in minsk".)
            and _OR.isdisjoint(question)
            and _ONLY.isdisjoint(question)  # "does it only ever play in minsk?": corrected
            and not any(token[0].isdigit() or token in ORDINAL_WORDS for token in question)
        ):
            # "did the youth orchestra ever play in yerevan", "проводился ли форум в Ереване":
            # a town the chapter never names, asked about in a yes/no question.
            named.update(
                frozenset({term_of(token)})
                for token in question
                if token in UNLISTED_PLACES and not self._names_town(token)
            )
        if not OTHER_EUROPEAN_PLACES.isdisjoint(question):
            named.update(
                frozenset({term_of(token), *self._europe})
                for token in question
                if token in OTHER_EUROPEAN_PLACES
            )
        places = frozenset(named)
        rivals: frozenset[int] = frozenset()
        if _BOTH.isdisjoint(tokens[:asked]) and any(
            not self._rival_bodies.isdisjoint(terms) for _, terms in words
        ):
            # (Not in a question of several parts: "pribaltika soglasheniya i kino soyuzy" asks
            # about both bodies, naming one.)
            rivals = frozenset(
                group
                for group, group_terms in enumerate(self._rival_terms)
                if any(
                    similarity >= _SYNONYM_SIMILARITY and term in group_terms
                    for _, terms in words
                    for term, similarity in terms.items()
                )
            )
        instances = asked_instances(tokens[:asked]) or listed
        asked_for = (
            frozenset(
                # The thing asked for by its own name: "какие фильмы" asks for films, though a
                # film is a synonym of the filmmakers' unions.
                term
                for token in instances
                for terms in (self._resolve(token) or {},)
                for term, similarity in terms.items()
                if similarity >= _KEY_SIMILARITY
                # or the one term a misspelt name stands for ("which *minstry*")
                or (len(terms) == 1 and not _synonyms_of(token))
            )
            | frozenset(
                # "which body sends the theatres abroad", "какое ведомство": one body, by its name
                term_of(token)
                for before, token in itertools.pairwise(tokens[:asked])
                if token in BODY_CLASS_WORDS and before in _WHICH_BODY
            )
        )
        if not instances and "names" in kinds and not _CALLED.isdisjoint(tokens[:asked]):
            # "what is the annual music festival in vitebsk called", "как называется фестиваль
            # в витебске": one name asked for, given by a fact that names the thing asked about.
            asked_for |= frozenset(
                term
                for token in tokens[:asked]
                if token not in _CALLED
                for term, similarity in (self._resolve(token) or {}).items()
                if similarity >= _KEY_SIMILARITY
            )
        asked_head = _never_listed(instances) or head
        about_itself = bool(words) and all(self._self_terms.issuperset(terms) for _, terms in words)
        best: dict[str, float] = {}
        for _, terms in words:
            for term, similarity in terms.items():
                if similarity > best.get(term, -1.0):
                    best[term] = similarity
        if (
            (
                (
                    not self._policy_terms.isdisjoint(best)
                    # "в каком разделе упоминается латвия": which section of this chapter, not the
                    # country's own
                    and not any(
                        token.startswith("раздел") and question[at - 1] in _WHICH_SECTION
                        for at, token in enumerate(question)
                        if at
                    )
                    # "am i right this is the belarus profile": this one, mistaken for another's
                    and not any(
                        pair in _THIS_IS for pair in itertools.pairwise(question[:_THIS_IS_WITHIN])
                    )
                )
                # "a chapter on Latvia": looked for only when such a noun is there (most questions).
                or (
                    not _CHAPTER_NOUNS.isdisjoint(question)
                    and any(pair in _ANOTHER_CHAPTER for pair in itertools.pairwise(question))
                )
            )
            and (
                places
                or any(
                    # A Russian form whose stem falls short of the English name's: "казахстана".
                    len(term) >= 5 and place.startswith(term)
                    for term in best
                    for place in self._places
                )
            )
        ):
            # "belarus cultural policy", "культурная политика казахстана": another country's
            # policy, which a fact that only lists the country among others does not give.
            unknown_focus = True
        if (
            len(question) > 2
            and question[0] in _DOES
            and question[1] in FOREIGN_PLACES
            and not _AS_WELL.isdisjoint(question)
        ):
            # "does France lobby for visa-free travel for its artists too": another country
            # doing the same, which the chapter (on Russia) does not describe. ("Did Germany
            # drop the visa barriers" asks about the lobbying's outcome.)
            unknown_focus = True
        head_terms: frozenset[str] = frozenset()
        if (
            terse
            and focus == terse_at
            and not unknown_focus
            and asked <= TERSE_QUERY
            and QUESTION_WORDS.isdisjoint(tokens)
        ):
            # The head itself, or a festival with where it is held after it ("baltic song
            # festival *in* riga").
            festival = next(
                (
                    at
                    for at, token in enumerate(tokens[:asked])
                    if token in _FESTIVAL_WORDS
                    and (at == terse_at or tokens[at + 1 : at + 2] in (["in"], ["at"], ["в"]))
                ),
                None,
            )
            if festival is not None:
                head_terms = frozenset(self._resolve(tokens[festival]) or ())
        elif "founder" in kinds and not unknown_focus:
            # "who founded the forums": what was founded is what the question is about; a
            # fact with none of it (the youth orchestra's founder) does not answer it.
            head_terms = frozenset(
                term
                for token in tokens[:asked]
                if token not in FOUNDED and token not in _VERB_PARTICLES
                for term in self._resolve(token) or ()
            )
        return _Query(
            tuple(words),
            total,
            kinds,
            frozenset(numbers),
            unknown_focus=unknown_focus,
            places=places,
            asked_for=asked_for,
            asked_head=asked_head,
            credits=credits,
            about_itself=about_itself,
            recall=tuple((term, similarity * self._idf[term]) for term, similarity in best.items()),
            ruled_out=frozenset(ruled_out),
            checks_claim=claim,
            alternatives=tuple(sorted(alternatives)) if alternatives else (),
            rivals=rivals,
            head_terms=head_terms,
            never_named=bool(asked_head)
            and asked_head <= _NEVER_NAMED
            and _INCLUDED.isdisjoint(tokens),
            also=not _ALSO.isdisjoint(tokens[:asked]),
            another_begun=not ruled_out
            and _asks_another(tokens[:asked])
            and any(not _BEGUN.isdisjoint(terms) for _, terms in words),
        )

    def _alternatives(self, tokens: list[str], asked: int) -> dict[int, list[int]]:
        """Guesses joined by "or" that name the same kind of thing, two numbers or two places
        ("in 2012 or 2013", "since 2006 or since 2008", "vitebsk or minsk"): the first one's
        position, and the others'."""
        groups: dict[int, list[int]] = {}
        for at in range(1, asked - 1):
            if tokens[at] not in _OR:
                continue
            before = range(at - 1, max(-1, at - 4), -1)
            after = range(at + 1, min(asked, at + 4))
            for same_kind in (_is_number, self._is_place):
                left = next((p for p in before if same_kind(tokens[p])), None)
                right = next((p for p in after if same_kind(tokens[p])), None)
                if left is not None and right is not None:
                    leader = next((k for k, v in groups.items() if left in v), left)
                    groups.setdefault(leader, []).append(right)
                    break
        return groups

    def _one_of(self, tokens: list[str]) -> int | None:
        """ "is the Bolshoi one of (among) the theatres the ministry sends", "входит ли
        Гастрольконцерт в число агентств": the position of the word naming the one asked
        about, when the fact base does not know it (no fact can say it is one of them)."""
        for at, token in enumerate(tokens):
            if (token == "one" and tokens[at + 1 : at + 2] == ["of"]) or token in (
                "among",
                "amongst",
            ):
                # ("was the bolshoi among the theatres the ministry sent abroad")
                start = 1 if tokens[:1] and tokens[0] in _YES_NO_AUXILIARIES else None
            elif token == "число" and at and tokens[at - 1] == "в":
                start = 2 if tokens[1:2] == ["ли"] else None
            else:
                continue
            if start is None:
                return None
            for position in range(start, at):
                if tokens[position] not in STOPWORDS and self._resolve(tokens[position]) == {}:
                    return position
            return None
        return None

    def _this_as_the_chapter(self, text: str, language: str) -> str:
        """``text`` with the chapter named where "this" stands for it: asked whether it is
        about Russia ("is this about russia", "это про россию?"; of another country it is no
        question about the chapter), or whether it is from a year ("is this info from like
        2020": when it was published)."""
        if _THIS_FROM_A_YEAR.match(text):
            return f"{text} chapter published"
        found = _THIS_ABOUT.match(text)
        if found is None:
            return text
        named = [token for token in tokenize(text[found.end() :]) if token not in STOPWORDS]
        if named and all(token in HOME_PLACES for token in named):
            return f"{text} {'глава' if language == 'ru' else 'chapter'}"
        return text

    def _is_place(self, token: str) -> bool:
        """Whether ``token`` names a country or a city, one the chapter names or another."""
        if token in FOREIGN_PLACES or token in _CAPITALS or token in _PLACES_OUTSIDE_THE_INDEX:
            return True
        terms = self._resolve(token) or {}
        return any(
            similarity == 1.0
            and (
                term in self._places
                # A Russian form whose stem falls short of the English name's: "туркменистана".
                or (len(term) >= 5 and any(place.startswith(term) for place in self._places))
            )
            for term, similarity in terms.items()
        )

    def _asked_number(self, tokens: list[str], position: int) -> bool:
        """Whether a number is part of what is asked: a year, a section, "the 8th forum"."""
        number = tokens[position]
        if len(number) == 4 and position and tokens[position - 1] in _YEAR_BOUNDS:
            return False  # "did the forums start before 2010": a bound, not the year asked
        if (
            number in self._publication_years
            and position
            and (
                tokens[position - 1] in _YEAR_FRAMES
                or tokens[max(0, position - 2) : position] == ["back", "in"]
                # "поддерживало ли государство в 2013…": "in 2013" frames a question about how
                # things stood, not one about an event of that year ("the forum in 2013")
                or (tokens[position - 1] in _IN and _EVENT_WORDS.isdisjoint(tokens))
            )
            and _PUBLICATION_WORDS.isdisjoint(tokens)
        ):
            # "as of 2013 who was in the confederation", "к 2013 году удалось ли…": the
            # chapter's own time, not a year asked about (unless its publication is asked).
            return False
        if len(number) == 4 or not number.isdigit():
            return True
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if following in ("one", "ones"):
            return True  # "the 7th one": a thing named before, counted
        if following == "of" and position and tokens[position - 1] == "the":
            return True  # "the 8th of those yearly forums"
        if position and tokens[position - 1] in _NUMBERED_THINGS:
            return True  # "forum #7 where", "форум номер 7": the forum by its number
        return bool(following) and bool(self._resolve(following))

    def _resolve(self, token: str) -> dict[str, float] | None:
        """The terms a question word may stand for, each with a similarity 0-1.

        Empty when the word is unknown to the fact base; None when it is a function word, also
        one typed in Latin letters ("chto", "dlya") or with a typo ("whcih", "abuot").
        """
        if token in self._resolved:
            return self._resolved[token]
        terms = self._lookup(token)
        if (
            terms == {}
            and len(token) > _SWAPPED_MIN_LENGTH
            and token.endswith("in")
            # "gatherin", "tourin": the "-ing" of speech, its "g" left out (a word the fact base
            # has, not one a slip away: "train" is no "traing", "trying")
            and (spoken := self._resolve(token + "g")) is not None
            and any(similarity >= _KEY_SIMILARITY for similarity in spoken.values())
        ):
            terms = dict(spoken)
        if terms == {} and (hushed := _HUSHED_O.sub(r"\1е", token)) != token:
            # "прошол", "пришол", "шол": ё after ш, ж, ч, щ written as it sounds, with an о
            terms = dict(self._resolve(hushed) or {})
        if (
            terms == {}
            and len(token) >= _SLIPPED_SYNONYM_MIN_LENGTH
            and token.isalpha()
            and not _synonyms_of(token)
        ):
            # A slip in a word the fact base knows only through the synonym list ("учридил" for
            # "учредил", "orginized"): the listed word a letter away, at a synonym's similarity.
            slipped = _slipped_synonym(token)
            if slipped is not None:
                for synonym in _synonyms_of(slipped):
                    for found_term in self._lookup(synonym) or {}:
                        terms.setdefault(found_term, _SYNONYM_SIMILARITY * _KEY_SIMILARITY)
        if terms is not None:
            for synonym in _synonyms_of(token):
                # A synonym's own synonyms are not followed (a list may name a word for itself).
                for found_term in self._lookup(synonym) or {}:
                    terms.setdefault(found_term, _SYNONYM_SIMILARITY)
            # In a fixed order: several lookups gather terms from sets, whose order changes
            # with each process (string hashing), and the order of a word's terms decides ties
            # and the last digits of sums. The same question gets the same answer every time.
            terms = dict(sorted(terms.items()))
        if len(self._resolved) < 100_000:
            self._resolved[token] = terms
        return terms

    def _lookup(self, token: str) -> dict[str, float] | None:
        """:meth:`_resolve` without the synonym list."""
        if (
            token.startswith(_OTHER_BODIES)
            or token in _NOT_SLIPS
            or token in _MONEY
            or token.startswith(_MONEY_PREFIXES)
            or (token.startswith(_LAW_PREFIXES) and token not in self._surface)
            or _LAW_LATIN.match(token) is not None
            or (
                # A country is not a misspelt word ("польши" is not "больше").
                token in FOREIGN_PLACES and token not in self._surface
            )
        ):
            return {}
        if token in UNLISTED_PLACES and not self._names_town(token):
            return {}  # nor is a town the fact base does not name ("baku" is not "back")
        terms: dict[str, float] | None = {}
        found = self._surface.get(token)
        if found is None and token not in STOPWORDS:
            stemmed = term_of(token)
            found = stemmed if stemmed in self._idf else None
            if found is not None and self._other_vowel(token):
                return {}
            if (
                found in self._russian_only
                and token.isascii()
                and (russian := russian_term_of(token)) != found
                and russian in self._idf
            ):
                # "gde vystupal": выступал (vistupa), which the English stem (vistup, of
                # "выступил") only looks like.
                return {russian: _KEY_SIMILARITY}
        key = latin_key(token)
        if found is not None:
            terms = {found: 1.0}
        elif token in STOPWORDS:
            terms = None
        elif token in ORDINAL_WORDS:
            # An ordinal the fact base does not know is a number asked about, not a slip of
            # another word ("шестом" is no "этом", "пятом" no "pita").
            terms = {}
        elif key in self._keys:
            terms = dict.fromkeys(self._keys[key], _KEY_SIMILARITY)
        elif (
            (russian := russian_term_of(token)) is not None
            and russian in self._idf
            # A short stem is reached from too many English words ("cello" → цел, of цель).
            and len(russian) >= _TRANSLIT_MIN_STEM
        ):
            terms = {russian: _KEY_SIMILARITY}
        elif _synonyms_of(token):
            pass  # looked up below
        elif (
            _is_function_word(token, key) and not self._vowel_slip(key) and not self._swapped(token)
        ):
            # ("forom" is the forum, however close it is to "from".)
            terms = None
        elif len(key) >= _FUZZY_MIN_LENGTH and not token[0].isdigit():
            terms = (
                self._joined(token)
                or self._derived(term_of(token))
                or self._spelled(token, key)
                # Two letters swapped before anything one letter more or less away: "fourm" is
                # the forum, not "form".
                or self._swaps(token)
                or self._fuzzy(key)
                or self._vowel_slip(key)
                or self._misspelled(token)
                or self._shortened(token)
                or self._voicing_slip(token)
            )
        elif len(token) == _SHORTENED_MIN_LENGTH - 1 and token.isalpha():
            # "slavyan baz", "конфед худ": three letters cut from one word only.
            shortened = self._shortened(token, min_length=len(token))
            terms = shortened if len(shortened) == 1 else {}
        return terms

    def _rejoined(self, text: str) -> str:
        """``text`` with a word that autocorrect or a slip of the space bar cut in two or three
        put back together ("con federation", "if esco", "a shag bat"): words the fact base
        does not know (or function words) that make one of its words when joined; and a
        question word run into the next word split off ("ктозатеял")."""
        tokens = tokenize(text)
        unknown = [self._resolve(token) == {} for token in tokens]
        for token, gap in zip(tokens, unknown, strict=True):
            if gap and len(token) >= _GLUED_MIN_LENGTH and (opener := self._glued(token)):
                # The other way round: a question word run into the next one ("ктозатеял").
                spaced = f"{opener} {token[len(opener) :]}"
                text = re.sub(rf"\b{re.escape(token)}\b", spaced, text, flags=re.IGNORECASE)
        # (A word cut in pieces leaves a short one the fact base does not know: "con", "esco".)
        if len(tokens) < 2 or not any(
            gap and len(token) <= _SHORT_PIECE for gap, token in zip(unknown, tokens, strict=True)
        ):
            return text
        # A piece is a word the fact base does not know, or a short function word, or one it
        # knows only as another's synonym ("con federation").
        piece = [
            gap
            or (len(token) <= 3 and token in STOPWORDS)
            or (not self._known_exactly(token) and bool(_synonyms_of(token)))
            for gap, token in zip(unknown, tokens, strict=True)
        ]
        count = len(tokens)
        at = 0
        while at < count - 1:
            stop = 0
            if piece[at] and piece[at + 1]:
                three = at + 2 < count and piece[at + 2]
                if three and (unknown[at] or unknown[at + 1] or unknown[at + 2]):
                    stop = (
                        at + 3 if self._one_word(tokens[at : at + 3], unknown[at : at + 3]) else 0
                    )
                if not stop and (unknown[at] or unknown[at + 1]):
                    stop = (
                        at + 2 if self._one_word(tokens[at : at + 2], unknown[at : at + 2]) else 0
                    )
            if stop:
                # Typed with single spaces between the pieces, or not joined at all.
                spaced = r"\b" + " ".join(map(re.escape, tokens[at:stop])) + r"\b"
                text = re.sub(spaced, "".join(tokens[at:stop]), text, flags=re.IGNORECASE)
                at = stop
            else:
                at += 1
        return text

    def _glued(self, token: str) -> str:
        """The question word (or "this", "the") that opens ``token`` when the rest is a word
        the matcher knows ("кто|затеял", "где|выступал", "who|initiated", "this|chapter"), or
        ""."""
        for opener in _GLUED_OPENERS:
            if token.startswith(opener) and (
                (rest := token[len(opener) :]) in _GLUED_AUXILIARIES
                or (len(rest) >= _GLUED_MIN_REST and self._resolve(rest))
            ):
                return opener
        return ""

    def _one_word(self, pieces: list[str], unknown: list[bool]) -> bool:
        """Whether ``pieces`` joined are a word of the fact base: as it is, or one slip away
        when every piece but a short function word opening them is unknown to it (``unknown``,
        piece by piece: "a shag bat", "if esco"; not "the end", "польши в")."""
        word = "".join(pieces)
        if len(word) < _REJOINED_MIN_LENGTH or word in STOPWORDS:
            return False
        if self._exact(word):
            return True
        return (
            len(word) > _REJOINED_MIN_LENGTH
            and all(
                gap or (at == 0 and len(piece) <= 2)
                for at, (piece, gap) in enumerate(zip(pieces, unknown, strict=True))
            )
            and bool(self._slips(word))
        )

    def _claimed_subject(self, tokens: list[str]) -> set[int]:
        """Positions of the places a question takes the chapter itself to be about: "is this
        chapter about Ukraine", "этот текст про Беларусь или про Россию". The chapter's noun
        comes after "this" / "это" and straight before "about" / "про" (or "is about"); "what
        does this chapter say about Belarus" asks what it says, and keeps its place."""
        claimed: set[int] = set()
        for at, token in enumerate(tokens):
            if token not in _SELF_NOUNS or THIS_WORDS.isdisjoint(tokens[max(0, at - 3) : at]):
                continue
            after = at + 1
            while after < len(tokens) and tokens[after] in _SUBJECT_LINKS:
                after += 1
            if after == at + 1 or tokens[after - 1] not in _ABOUT:
                continue
            for position in range(after, len(tokens)):
                word = tokens[position]
                if word in _SUBJECT_LINKS or word in _OR or word in ("and", "и"):
                    continue
                if not (self._is_place(word) or word in _RUSSIA or word in UNLISTED_PLACES):
                    break
                claimed.add(position)
        return claimed

    def _names_town(self, token: str) -> bool:
        """Whether the fact base has this town's name, in either script ("riga" as "Риге")."""
        cyrillic = cyrillic_spelling(token)
        return stem(token) in self._stems or (
            cyrillic is not None and stem(cyrillic) in self._stems
        )

    def _other_vowel(self, token: str) -> bool:
        """Whether a Russian word is one of the fact base's but for ы written и or the other way
        round: another word ("вызови", call, is not "визов", of visas). After ж, ш and ц the
        two are one misspelling ("поддержывает", "иницыировал")."""
        if not is_cyrillic(token):
            return False
        russian = stem(token)
        same_key = self._stems_by_i.get(russian.replace("ы", "и"))
        return same_key is not None and _AFTER_HUSHING.sub("и", russian) not in same_key

    def _joined(self, token: str) -> dict[str, float]:
        """Two words of the fact base typed without the space ("slavyanskibazaar")."""
        if len(token) < _JOINED_MIN_LENGTH:
            return {}
        for at in range(_JOINED_MIN_PART, len(token) - _JOINED_MIN_PART + 1):
            left = self._exact(token[:at])
            right = self._exact(token[at:]) if left else []
            if right:
                return dict.fromkeys([*left, *right], _KEY_SIMILARITY)
        return {}

    def _exact(self, part: str) -> list[str]:
        """The terms a word stands for as it is, by its spelling, stem or Latin key."""
        if part in STOPWORDS:
            return []
        found = self._surface.get(part)
        if found is not None:
            return [found]
        if (stemmed := term_of(part)) in self._idf:
            return [stemmed]
        return sorted(self._keys.get(latin_key(part), ()))

    def _swapped(self, token: str) -> bool:
        """Whether ``token`` is a word of the fact base with two neighbouring letters swapped
        ("froum" is the forum, however close it is to "from")."""
        return bool(self._swaps(token))

    def _swaps(self, token: str) -> dict[str, float]:
        """Words of the fact base that ``token`` is with two neighbouring letters swapped."""
        return dict.fromkeys(
            (term for typed, word, term in self._slips(token) if _same_letters(typed, word)),
            _MISSPELLED_SIMILARITY,
        )

    def _misspelled(self, token: str) -> dict[str, float]:
        """Words of the fact base one slip from ``token`` as typed: two letters swapped, or one
        missing, extra or wrong before the word's end ("artsits", "барьры", "втиебский").

        Compared letter for letter, word with word and stem with stem, not by Latin key: a key
        merges sounds ("ts" and "ц" are one letter in it), which takes a typed slip further from
        the word it was meant to be.
        """
        return dict.fromkeys((term for _, _, term in self._slips(token)), _MISSPELLED_SIMILARITY)

    def _slips(self, token: str) -> list[tuple[str, str, str]]:
        """(the token or its stem, the word or stem of the fact base, its term) one slip apart."""
        if len(token) < _SWAPPED_MIN_LENGTH:
            return []
        by_deletion = self._slip_index
        if by_deletion is None:
            # Built on the first word that needs it: most questions never do.
            by_deletion = {}
            self._slip_index = by_deletion
            pairs = [*self._surface.items(), *((term, term) for term in self._idf)]
            for word, term in pairs:
                if len(word) >= _SWAPPED_MIN_LENGTH - 1:
                    for variant in _deletions(word):
                        by_deletion.setdefault(variant, []).append((word, term))
        found = []
        for typed in {token, term_of(token)}:
            if len(typed) < _SWAPPED_MIN_LENGTH:
                continue
            # A word or stem of four letters: only two of its letters swapped ("tuor", "wrok");
            # any other slip reaches too many other words ("next" is not "text", "кита" not
            # "пита").
            swap_only = min(len(token), len(typed)) < _MISSPELLED_MIN_LENGTH
            for variant in _deletions(typed):
                for word, term in by_deletion.get(variant, ()):
                    if _one_slip(typed, word) and (not swap_only or _same_letters(typed, word)):
                        found.append((typed, word, term))
        return found

    def _vowel_slip(self, key: str) -> dict[str, float]:
        """Terms whose key differs from ``key`` in one vowel only ("forom", "forum")."""
        terms: dict[str, float] = {}
        if len(key) < _SOUND_MIN_LENGTH - 1:
            return terms
        for pattern in _vowel_patterns(key):
            for found in self._by_vowel.get(pattern, ()):
                if found != key:
                    for term in self._keys[found]:
                        terms[term] = _KEY_SIMILARITY * 0.9
        return terms

    def _spelled(self, token: str, key: str) -> dict[str, float]:
        """A Russian word written as it sounds: unstressed о as а ("маладёжный аркестр"), the
        genitive -ого as -ова ("прямова")."""
        found = self._by_sound.get(_sound(key)) if len(key) >= _SOUND_MIN_LENGTH else None
        if found:
            return dict.fromkeys(found, _KEY_SIMILARITY)
        if is_cyrillic(token) and len(token) > 5 and token.endswith(("ова", "ева")):
            genitive = term_of(token[:-3] + ("ого" if token.endswith("ова") else "его"))
            if genitive in self._idf:
                return {genitive: _KEY_SIMILARITY}
        return {}

    def _fuzzy(self, key: str) -> dict[str, float]:
        # Keys one deletion away on both sides (a swap, a slip, a missing or extra letter) are
        # found by lookup; only a longer word with nothing that close is compared with every
        # key of similar length.
        near = {
            found for variant in _deletions(key) for found in self._by_deletion.get(variant, ())
        }
        if near or len(key) < _FULL_FUZZY_LENGTH:
            choices: Iterable[str] = sorted(near)  # ties go the same way in every process
        else:
            choices = self._keys_near_length(len(key))
        terms: dict[str, float] = {}
        for found, score, _ in process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=3
        ):
            similarity = _KEY_SIMILARITY * score / 100
            for term in self._keys[found]:
                terms[term] = max(terms.get(term, 0.0), similarity)
        return terms

    def _keys_near_length(self, length: int) -> list[str]:
        choices = self._near_length.get(length)
        if choices is None:
            choices = [
                key
                for size in range(length - 2, length + 3)
                for key in self._keys_by_length.get(size, ())
            ]
            self._near_length[length] = choices
        return choices

    def _derived(self, stemmed: str) -> dict[str, float]:
        """Terms one is a derivation of the other: украинские/Украина, Latvian/Latvia."""
        if len(stemmed) < _DERIVED_MIN_LENGTH:
            return {}
        terms: dict[str, float] = {}
        for length in range(_DERIVED_MIN_LENGTH, len(stemmed)):
            if stemmed[:length] in self._idf:
                terms[stemmed[:length]] = _DERIVED_SIMILARITY
        start = bisect.bisect_left(self._sorted_terms, stemmed)
        for found in self._sorted_terms[start : start + 5]:
            if not found.startswith(stemmed) or len(found) > len(stemmed) + 4:
                break
            terms[found] = _DERIVED_SIMILARITY
        return terms

    def _voicing_slip(self, token: str) -> dict[str, float]:
        """A Russian word with one letter written as it sounds: a consonant voiced for voiceless
        or the other way round ("ашхабатский" for "ашхабадский"), or an unstressed vowel
        ("оргонизатор" for "организатор", a word the fact base knows only by its stem); less
        sure than a word spelt right."""
        if len(token) < _VOICING_MIN_LENGTH or not is_cyrillic(token):
            return {}
        terms: dict[str, float] = {}
        for at, letter in enumerate(token):
            other = _SOUND_SLIPS.get(letter)
            if other is None:
                continue
            variant = term_of(token[:at] + other + token[at + 1 :])
            found = [variant] if variant in self._idf else list(self._derived(variant))
            for term in found:
                if letter in _UNSTRESSED and (
                    # A vowel changes too many short stems into others ("родился", "рад"), and
                    # a country's forms are listed, not guessed ("молдавские" is not a slip).
                    len(term) < _DERIVED_MIN_LENGTH or term in self._countries
                ):
                    continue
                terms[term] = _VOICING_SIMILARITY
        return terms

    def _shortened(self, token: str, min_length: int = _SHORTENED_MIN_LENGTH) -> dict[str, float]:
        """The terms a cut-short word stands for ("orch", "confed", "intel"), if no more than
        two."""
        if len(token) < min_length or token.isdigit():
            return {}
        found = {
            self._surface[surface]
            for surface in self._surfaces_starting(token, 20)
            if len(surface) >= len(token) + 2
        }
        if len(found) > _SHORTENED_MAX_TERMS:
            return {}
        return dict.fromkeys(found, _SHORTENED_SIMILARITY)

    def _contracted(self, match: re.Match[str]) -> str:
        """The word of the fact base a Russian contraction stands for ("худ-ков": "художников",
        "сотр-во": "сотрудничество"): the one word that opens with its first part and ends
        with its second; the contraction itself when there is not exactly one."""
        head, tail = match.group(1).casefold(), match.group(2).casefold()
        found = {
            surface
            for surface in self._surfaces_starting(head, _CONTRACTION_REACH)
            if surface.endswith(tail) and len(surface) >= len(head) + len(tail) + 2
        }
        if not found:
            return match.group(0)
        # (The fact base's own typos, a letter left out, are the same word: "художнков".)
        longest = max(found, key=len)
        if any(not _letters_left_out(surface, longest) for surface in found):
            return match.group(0)
        return longest

    def _resolve_prefix(self, token: str) -> dict[str, float]:
        """Words the fact base has that start with ``token`` (a word still being typed)."""
        if len(token) < 3:
            return {}
        return {self._surface[surface]: 0.9 for surface in self._surfaces_starting(token, 20)}

    def _surfaces_starting(self, prefix: str, limit: int) -> Iterator[str]:
        """The fact base's words that start with ``prefix``, in order, among the first
        ``limit`` words at or after it."""
        start = bisect.bisect_left(self._sorted_surface, prefix)
        for surface in self._sorted_surface[start : start + limit]:
            if not surface.startswith(prefix):
                return
            yield surface

    # --- index --------------------------------------------------------------------------------

    def _build_index(self) -> None:
        self._surface: dict[str, str] = {}
        self._fact_terms: list[dict[str, float]] = []
        phrases_terms: list[list[tuple[str, ...]]] = []
        self._fact_kinds: list[frozenset[str]] = []
        # Per fact, the terms of its one-word keywords (names: IFESCCO, Vitebsk, Ashgabat).
        self._fact_names: list[frozenset[str]] = []
        # Per fact, the terms of the names it states ("the CIS *Forums*", "*Latvia*").
        self._fact_named: list[frozenset[str]] = []
        # Per fact, the terms its text and quote state (not its phrasings), and its numbers.
        self._fact_stated: list[frozenset[str]] = []
        self._fact_numbers: list[frozenset[str]] = []
        # Whether the fact states a year: the one a claim's wrong year is corrected by.
        self._states_year: list[bool] = []
        # A CIS member is named by a fact about "the CIS" ("is ukraine in the filmmakers'
        # confederation": it brings together those of the CIS); so is a Baltic state by one about
        # "the Baltic States".
        self._baltic = frozenset(term_of(word) for word in ("baltic", "балтии", "прибалтики"))
        self._cis = frozenset(term_of(word) for word in ("cis", "снг"))
        self._cis_states = frozenset(term_of(word) for word in CIS_STATES)
        self._baltic_states = frozenset(
            term_of(word)
            for word in ("latvia", "lithuania", "estonia", "латвия", "литва", "эстония")
        )
        self._countries = self._cis_states | self._baltic_states
        # "the Baltics", "прибалтами": a place of its own, named by a fact naming one of its
        # states ("какие отношения у конфедерации с прибалтами": the Baltic agreements).
        self._baltic_region = self._baltic | frozenset(
            term_of(word) for word in ("baltics", "прибалтийские", "балтийские")
        )
        # The years the packs were published in: the time their questions are set in.
        self._publication_years = frozenset(
            str(pack.meta.published.year) for pack in self.knowledge.packs
        )
        # Terms of "Europe": a fact about Europe covers any European country.
        self._europe = frozenset(
            term_of(word) for word in ("europe", "european", "европе", "европа", "европы")
        )
        # Per fact, whether it is about Europe, not only citing the "Compendium of … in Europe":
        # the chapter's description covers no European country ("what does the Compendium say
        # about Germany").
        self._fact_europe: list[bool] = []
        titles = [
            _title_pattern(name)
            for pack in self.knowledge.packs
            for name in pack.meta.compendium.values()
        ]
        # Every fact's text and quotes, normalised: what a quoted phrase is looked for in.
        self._passages: list[str] = []
        for fact in self._facts:
            terms: dict[str, float] = {}
            phrases: list[tuple[str, ...]] = []
            kinds: set[str] = set()
            names: set[str] = set()
            for phrase in _phrasings(fact):
                tokens = tokenize(phrase)
                kinds |= question_kinds(tokens)
                phrase_terms = tuple(dict.fromkeys(self._index_terms(tokens)))
                if phrase_terms:
                    phrases.append(phrase_terms)
                for term in phrase_terms:
                    terms[term] = _STRENGTH_PHRASE
            names.update(
                found
                for keyword in fact.keywords
                if len(found_terms := self._index_terms(tokenize(keyword))) == 1
                for found in found_terms
            )
            stated_terms: set[str] = set()
            passages = (*fact.text.values(), *fact.quotes)
            for passage in passages:
                for term in self._index_terms(tokenize(passage)):
                    terms.setdefault(term, _STRENGTH_TEXT)
                    stated_terms.add(term)
                self._passages.append(" ".join(normalize(passage).split()))
            self._fact_stated.append(frozenset(stated_terms))
            self._fact_europe.append(
                not self._europe.isdisjoint(stated_terms)
                and any(
                    not self._europe.isdisjoint(self._index_terms(tokenize(cut)))
                    for passage in passages
                    if (cut := _without(passage.casefold(), titles))
                )
            )
            self._fact_numbers.append(frozenset(term for term in stated_terms if term.isdigit()))
            self._states_year.append(any(_YEAR.fullmatch(n) for n in self._fact_numbers[-1]))
            kinds |= answer_kinds(list(passages))
            stated = [fact.text.get("en", ""), *fact.quotes]
            self._fact_named.append(
                frozenset(
                    self._surface.setdefault(token, term_of(token))
                    for passage in stated
                    for name in _capitalised_inside(passage)
                    for token in tokenize(name)
                    if token not in STOPWORDS
                )
            )
            self._fact_terms.append(terms)
            self._fact_names.append(frozenset(names))
            phrases_terms.append(phrases)
            self._fact_kinds.append(frozenset(kinds))

        self._postings: dict[str, list[int]] = {}
        # The same with how much the term counts for each fact (its strength there).
        self._weighted_postings: dict[str, list[tuple[int, float]]] = {}
        for index, terms in enumerate(self._fact_terms):
            for term, strength in terms.items():
                self._postings.setdefault(term, []).append(index)
                self._weighted_postings.setdefault(term, []).append((index, strength))
        count = max(len(self._facts), 1)
        # Names of places, countries and bodies (capitalised in the facts' English texts) that
        # only some facts mention: a question naming one asks about that place or body.
        english = " ".join(
            passage for fact in self._facts for passage in (fact.text.get("en", ""), *fact.quotes)
        )
        # Terms also written in lower case are common nouns ("the best orchestras").
        common = {term_of(word) for word in re.findall(r"\b[a-z]+\b", english)}
        # The country and the Compendium are what every fact is about, named or not.
        countries: list[str] = []
        for pack in self.knowledge.packs:
            common.update(term_of(word) for word in tokenize(pack.meta.compendium.get("en", "")))
            countries.extend(
                term_of(word)[:4] for word in tokenize(pack.meta.country.get("en", ""))
            )
        self._place_classes = frozenset(term_of(word) for word in PLACE_CLASS_WORDS)
        self._body_classes = frozenset(term_of(word) for word in BODY_CLASS_WORDS)
        self._troupe_classes = frozenset(term_of(word) for word in _TROUPE_CLASS_WORDS)
        # The abbreviations a fact spells out (IFESCCO, МФГС).
        self._spelled_out = frozenset(
            self._surface.get(word, term_of(word)) for word in ("ifescco", "мфгс")
        )
        body_names = frozenset(self._surface.get(word, term_of(word)) for word in BODY_NAME_WORDS)
        self._fact_names_body = [not named.isdisjoint(body_names) for named in self._fact_named]
        self._event_classes = frozenset(term_of(word) for word in EVENT_CLASS_WORDS)
        event_names = frozenset(self._surface.get(word, term_of(word)) for word in EVENT_NAME_WORDS)
        self._fact_names_event = [not named.isdisjoint(event_names) for named in self._fact_named]
        self._fact_also = [" also " in f" {fact.quote.casefold()} " for fact in self._facts]
        self._event_terms = frozenset(
            self._surface.get(word, term_of(word)) for word in _EVENT_NOUNS
        )
        self._policy_terms = frozenset(term_of(word) for word in POLICY_WORDS)
        self._rival_terms = [
            frozenset(self._surface.get(word, term_of(word)) for word in group)
            for group in RIVAL_NAMES
        ]
        self._rival_bodies = frozenset(
            self._surface.get(word, term_of(word)) for word in RIVAL_BODY_WORDS
        )
        self._fact_rivals = [
            frozenset(
                group
                for group, group_terms in enumerate(self._rival_terms)
                if not group_terms.isdisjoint(stated)
            )
            for stated in self._fact_stated
        ]
        self._self_terms = frozenset(term_of(word) for word in THE_CHAPTER if len(word) > 3)
        named_places = {
            found
            for name in _lone_names(english)
            if (found := self._surface.get(normalize(name))) is not None
            and found not in common
            and not found.startswith(tuple(countries))
        }
        # The countries' Russian names, by their own stems ("у казахстана", "из армении"): the
        # English text's names do not give them.
        named_places.update(
            found
            for name in _RUSSIAN_COUNTRY_NAMES
            for found in (self._surface.get(name), term_of(name))
            if found is not None
        )
        # (Russia too, which nearly every fact names.)
        self._every_place = frozenset(
            found
            for found in named_places | {term_of(name) for name in _RUSSIA}
            if found in self._postings
        )
        self._places = frozenset(
            found
            for found in named_places
            if found in self._postings and len(self._postings[found]) <= count * _PLACE_SHARE
        )
        self._places_or_cis = self._places | self._cis
        raw = {
            term: math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5))
            for term, docs in self._postings.items()
        }
        rarest = math.log(1 + (count - 0.5) / 1.5)
        self._idf: dict[str, float] = {term: value / rarest for term, value in raw.items()}
        # Per fact: each phrasing's weight (the sum of its terms' IDF), and for each term the
        # phrasings (by position) that contain it.
        self._phrase_weights: list[list[float]] = [
            [sum(self._idf[t] for t in p) or 1e-9 for p in phrases] for phrases in phrases_terms
        ]
        self._phrases_by_term: list[dict[str, list[int]]] = []
        for phrases in phrases_terms:
            by_term: dict[str, list[int]] = {}
            for position, phrase_terms in enumerate(phrases):
                for phrase_term in phrase_terms:
                    by_term.setdefault(phrase_term, []).append(position)
            self._phrases_by_term.append(by_term)
        # Terms of "abroad": a fact about going abroad covers any far place.
        self._abroad = frozenset(
            term_of(word) for word in ("abroad", "foreign", "рубежом", "зарубежные")
        )
        self._keys: dict[str, set[str]] = {}
        for surface, found in self._surface.items():
            self._keys.setdefault(latin_key(surface), set()).add(found)
            self._keys.setdefault(found, set()).add(found)
        # The stems of the fact base's words as written: a town's name is either among them
        # or not the fact base's at all, whatever its Latin key is close to.
        stems = {surface: stem(surface) for surface in self._surface}
        self._stems = frozenset(stems.values())
        # Its Russian stems, by their spelling with ы written и: the Latin key writes both "i"
        # (for transliteration: "vizy", "kulturnyi"), but typed in Cyrillic they are two
        # letters far apart on the keyboard, and two words ("вызов" is not "визов").
        self._stems_by_i: dict[str, set[str]] = {}
        for surface, russian in stems.items():
            if is_cyrillic(surface):
                self._stems_by_i.setdefault(russian.replace("ы", "и"), set()).add(
                    _AFTER_HUSHING.sub("и", russian)
                )
        self._by_sound: dict[str, set[str]] = {}
        for key, same_key in self._keys.items():
            if len(key) >= _SOUND_MIN_LENGTH:
                self._by_sound.setdefault(_sound(key), set()).update(same_key)
        self._keys_by_length: dict[int, list[str]] = {}
        self._by_deletion: dict[str, list[str]] = {}
        self._by_vowel: dict[str, list[str]] = {}
        for key in self._keys:
            if len(key) >= _SOUND_MIN_LENGTH - 1:
                for pattern in _vowel_patterns(key):
                    self._by_vowel.setdefault(pattern, []).append(key)
        for key in self._keys:
            self._keys_by_length.setdefault(len(key), []).append(key)
            variants = _deletions(key)
            if len(key) > _FULL_FUZZY_LENGTH - 2:
                # Two letters missing from a long word still pass the ratio ("orchstr").
                variants |= {two for one in variants for two in _deletions(one)}
            for variant in variants:
                self._by_deletion.setdefault(variant, []).append(key)
        self._near_length: dict[int, list[str]] = {}
        self._sorted_surface = sorted(self._surface)
        # Every term some fact's text or quote states (not only its sample questions).
        self._stated = frozenset().union(*self._fact_stated)
        # Terms only Russian words of the fact base reach ("выступил" → vistup): a word in Latin
        # letters whose English stem is one of them is Russian typed in Latin letters.
        self._russian_only = frozenset(
            term for surface, term in self._surface.items() if is_cyrillic(surface)
        ) - frozenset(term for surface, term in self._surface.items() if not is_cyrillic(surface))
        self._slip_index = None
        self._sorted_terms = sorted(self._idf)
        self._resolved: dict[str, dict[str, float] | None] = {}

    def _index_terms(self, tokens: Iterable[str]) -> list[str]:
        out = []
        for token in tokens:
            if token in STOPWORDS or (len(token) < 2 and not token.isdigit()):
                continue
            # Surface forms keep their first term: the same word is always the same term.
            out.append(self._surface.setdefault(token, term_of(token)))
        return out


# ы after ж, ш or ц: spelt и in the word, or by the spelling rule ("жи-ши"), often mistyped.
_AFTER_HUSHING = re.compile("(?<=[жшц])ы")

_STOPWORDS_BY_LENGTH: dict[int, list[str]] = {}
for _word in STOPWORDS:
    _STOPWORDS_BY_LENGTH.setdefault(len(_word), []).append(_word)


def _same_letters(typed: str, word: str) -> bool:
    """Whether ``typed`` has the letters of ``word``, only in another order: of two words one
    slip apart (:func:`_one_slip`), two neighbouring letters swapped."""
    return sorted(typed) == sorted(word)


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one typing slip: two neighbouring letters swapped
    anywhere, or one letter wrong, missing or extra before the last two letters (a different
    ending is another form or word: "player", "played").
    """
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    same = 0
    while same < min(len(typed), len(word)) and typed[same] == word[same]:
        same += 1
    if len(typed) == len(word):
        swapped = (
            same + 1 < len(word)
            and typed[same] == word[same + 1]
            and typed[same + 1] == word[same]
            and typed[same + 2 :] == word[same + 2 :]
        )
        if swapped:
            return True
        return typed[same + 1 :] == word[same + 1 :] and same < len(word) - 1
    if len(typed) > len(word):
        return typed[same + 1 :] == word[same:] and same < len(word) - 1
    # A vowel left out just before the last letter is a slip too ("publishd", "chaptr").
    return typed[same:] == word[same + 1 :] and (
        same < len(word) - 2 or (same == len(word) - 2 and word[same] in "aeiou")
    )


# "what else", "anything else", "что ещё", "ещё что-нибудь": one more thing asked for.
_ELSE = words("else еще")
_ELSE_WITH = words("what anything something что чего чем нибудь то")
# The terms of beginning something ("start", "set up", "затеял", "инициировал").
_BEGUN = frozenset(("initi", "inicirova"))
# "what does ifescco stand for": asks what the abbreviation means.
_STAND = frozenset(("stand", "stands"))
# The second words of PHRASE_SYNONYMS and FILLER_PAIRS: most questions have none.
_PHRASE_SYNONYM_ENDS = frozenset(second for _, second in PHRASE_SYNONYMS)
_FILLER_PAIR_ENDS = frozenset(second for _, second in FILLER_PAIRS)
_NAMED_BY_PHRASES = words(
    "витебск витебске витебска снг форум музыка ашхабад ашхабаде постсоветье профиль профиля "
    "текст артисты соглашения сотрудничество"
)
# The Russian ones that stand for a name or a thing, by the Latin keys of their words, for
# Russian typed in Latin letters: "v belorusskom gorode" is Vitebsk, "forum byvshih respublik"
# the CIS's. (Not those for a verb or an adverb, "kazhdyj god", "chya ideya": in Latin letters
# they lost a question and won none; nor a pair with a word of one or two letters: "v", "u" and
# "za" are also keys of English words.)
_TRANSLIT_PHRASES = {
    (latin_key(first), latin_key(second)): meant
    for (first, second), meant in PHRASE_SYNONYMS.items()
    if not first.isascii()
    and not second.isascii()
    and min(len(first), len(second)) > 2
    and meant in _NAMED_BY_PHRASES
}
_TRANSLIT_PHRASE_ENDS = frozenset(second for _, second in _TRANSLIT_PHRASES)

# "performers *who don't* go through the ministry": a relative clause that is negated.
_RELATIVES = words("who that which whom кто которые который которая которых")
_RUSSIAN_RELATIVES = words("которые который которая которых которым")
_RELATIVE_REACH = 3  # words between a Russian relative word and the negation of its clause
_NEGATIONS = words("dont doesnt didnt not never arent isnt wasnt werent cant nobody не")
# Prepositions before a place: where something is asked about.
_IN_PLACE = frozenset({"in", "to", "within", "across", "в", "во", "по"})
# Places the index's one-word names miss: the republics by their initials ("РФ и РБ" is
# Russia and Belarus, one list of places) and St. Petersburg, a name of two words.
_PLACES_OUTSIDE_THE_INDEX = words(
    "рб rb рк rk петербург петербурга питер питера peterburg petersburg"
)
# A question about what someone does: "does France lobby…", "did Poland sign…".
_DOES = words("does did do has have")
# A yes/no question without its opening: "а в ташкенте форум когда-нибудь проводили?".
_EVER = words("ever нибудь")
_ONLY = words("only только лишь")
_VERB_PARTICLES = words("up off")  # "who set *up* the forums"
# "the first forum", "первый форум": the 1st ("самый первый" as well, by its second word).
_FIRST = words("first первый первого первом первым")
# Things the chapter counts, before their number: "forum #7", "форум номер 7".
_NUMBERED_THINGS = words("forum forums форум форума номер number no")
_AS_WELL = words("too also own either")
_ONE_OF = words("one число among amongst")
# The user's own country, named in the story around the question.
_MY_COUNTRY = re.compile(
    r"\b(?:my|our)\s+(?:country|homeland|republic)\b"
    r"|\b(?:мо[юейяй]|наш[уеа]|нашей|нашего)\s+(?:стран|республик|родин)\w*",
    re.IGNORECASE,
)
# A message that opens by saying where its writer is from: "hi, I'm a violinist from Minsk,",
# "hello from Baku!", "я из Алматы, художница.", "привет из Риги!" (then the question).
_SELF_INTRO = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hi there|привет|здравствуйте|добрый день|добрый вечер)\b[\s,!.]*)?"
    r"(?:(?:i'?m|i am|im|я|ya)\s+(?P<who>(?:\S+\s+){0,3}?)(?:from|in|based in|из|в|iz)\s+"
    r"[^\s,.!?;:]+(?:\s+[^\s,.!?;:]+)?"
    r"|(?:hello|hi|greetings|привет)\s+(?:from|из)\s+[^\s,.!?;:]+"
    r"|(?:from|из)\s+(?P<town>[^\s,.!?;:]+))"
    r"\s*(?:[,.!;:]+|\s[-–—])\s*",
    re.IGNORECASE,
)
# A part that only says who is asking and where from: "I'm a painter from Kyiv", "я из Минска".
_I_AM_FROM = r"^\s*(?:i'?m|i am|я|ya)\s+(?:\S+\s+){0,3}?(?:from|in|based in|из|iz)\s+\S+(?:\s+\S+)?"
_INTRODUCTION = re.compile(_I_AM_FROM + r"\s*[.!,;]*\s*$", re.IGNORECASE)
# What the asker is working on, told before the question: "I'm doing a feature on…",
# "Пишу про фестивали", "Готовлю заявку на проект…".
_DOING = re.compile(
    r"^\s*(?:(?:i'?m|i am|we'?re|we are)\s+(?:currently\s+|now\s+)?"
    r"(?:doing|writing|preparing|working on|translating|making|researching|putting together)"
    r"|(?:я\s+|мы\s+)?(?:сейчас\s+)?(?:делаю|делаем|пишу|пишем|готовлю|готовим|работаю над|"
    r"перевожу|собираю материал|изучаю))\b",
    re.IGNORECASE,
)
# The same, before a comma and the question in one sentence.
_INTRODUCED = re.compile(_I_AM_FROM + r"\s*[,—–]\s*(?=\S)", re.IGNORECASE)
# Who passes a question on, or what the asker needs, before a colon: "my friend, a conductor,
# asks:", "коллега спрашивает две вещи:", "for a grant app i need two things:".
_RELAYED = re.compile(
    r"^\s*(?:\S+\s+){0,6}?(?:asks?|asked|asking|wants to know|wonders|wondered|"
    # "for a grant app i need two things:", "у меня два вопроса:"
    r"need|needs|questions?|things|вопрос|вопроса|вопросы|вещи|нужно|надо|"
    r"спрашивает|спрашивают|спросил|спросила|спросили|интересуется|интересуются|хочет знать|"
    r"sprashivaet|sprashivayut|sprosil|sprosila|interesuetsya)"
    r"(?:\s+\S+){0,2}?\s*[:—–]\s*(?=\S)",
    re.IGNORECASE,
)
# The bot addressed by name in a group ("бот, сколько союзов…", "… — bot, is that in there?",
# "dear bot what is…"):
# who is asked, not what ("бот" and "bot" are words of the fact base: "what is the bot's source").
_TO_THE_BOT = re.compile(
    r"(?:^|(?<=[\s,.!?:;()—–-]))(?:(?:эй|hey|dear|уважаемый)\s+(?:бот|ботик|bot|botik)\b\s*[,:!—–]*"
    r"|(?:бот|ботик|bot|botik)\s*[,:!—–]+)",
    re.IGNORECASE,
)
_IN_THE_TEXT = re.compile(
    r"\b(?:according to|in|from|within) (?:the|this) text\b"
    r"|\baccording to (?:the|this) (?:chapter|source|compendium)\b"
    # "what does IFESCCO do in the CIS per this chapter", "…перечислены в этом разделе"
    r"|\b(?:as )?per (?:the|this) (?:chapter|text|source|compendium|section)\b"
    r"|\bв (?:этом|данном) разделе\b"
    r"|\bin (?:the (?:chapter|text|source)'?s?|its) own (?:terms|words)\b"
    r"|\b(?:в|из|по) (?:этом |этому |этого |данном |данному )?(?:тексте|текста|тексту)\b"
    r"|\bпо данным (?:этой |данной )?(?:главы|текста|источника)\b"
    r"|\b(?:согласно|судя по) (?:этой |данной )?(?:главе|тексту|источнику)\b",
    re.IGNORECASE,
)
# A request for the chapter's words about something: the request, not the topic.
_QUOTE_REQUEST = re.compile(
    # (Not "a reader gave me *a quotation about* visa barriers": a quote the user has.)
    r"(?<!\ba )(?<!\ban )\b(?:the\s+)?(?:(?:exact|full|precise|original|verbatim)\s+)?"
    r"(?:quote|quotation|wording|passage|line|lines|sentence|words)\s+"
    r"(?:about|on|regarding|concerning|that\s+says|which\s+says|where\s+it\s+says)\b"
    r"|\bquote\b(?=\s+(?:the|what|how|where|who|when)\b)"
    r"|(?:\b(?:точн|дословн|полн)\w*\s+)?\b(?:цитат|формулировк|формулеровк|фраз)\w*\s+"
    r"(?:про|о|об|насчет|насчёт)\b"
    # "приведи точную формулировку, из чего состоит…"
    r"|\b(?:приведи\w*\s+)?(?:точн|дословн)\w*\s+(?:цитат|формулировк|формулеровк|фраз)\w*"
    r"|(?:\b(?:точн|дословн)\w*\s+)\bслова\s+(?:про|о|об)\b(?:\s+том\b)?"
    r"|\bпроцитируй\w*\b|\bword for word\b|\bслово в слово\b|\bдословно\b",
    re.IGNORECASE,
)
_QUOTE_MARKERS = words(
    "quot wording passage line sentence word цитат формулир формулер фраз слов дословно"
)
_IN_THE_TEXT_MARKERS = (
    "text",
    "текст",
    "according",
    "по данным",
    "согласно",
    "судя по",
    " own ",
    "per ",
    "разделе",
)
# The number of an item in a list, as homework and quizzes are copied: "1) …", "2. …".
# ("7." only where a line starts: "the 7. forum" is an ordinal.)
_LIST_NUMBER = re.compile(
    r"(?:(?:^|(?<=\n))\s*\d{1,2}[.)]|(?<=\s)\d{1,2}\))\s+(?=[^\W\d_])", re.MULTILINE
)
# … or closes with it: "кто их проводит и зачем, я из Душанбе", "…, ya iz tashkenta".
_SELF_OUTRO = re.compile(
    r"[,;.]\s*(?:i'?m|i am|im|я|ya)\s+(?:from|из|iz)\s+[^\s,.!?;:]+\s*[.!)]*\s*$",
    re.IGNORECASE,
)
# A question about the user's own things ("our festival", "наш союз", any _MY_COUNTRY): where
# they are from says which.
_OURS = re.compile(r"\b(?:our|ours|my|наш\w*|мо[йяеиюё]\w*)\b", re.IGNORECASE)
# Words that open a question asking yes or no.
_YES_NO_AUXILIARIES = words("is are was were")
# Words that join guesses: "2006 or 2008", "россии или беларуси".
_OR = words("or или либо ili")
# Words before a year that make it a bound rather than the year asked about ("after 2013" asks
# about years the chapter, published in 2013, cannot cover: it stays).
_YEAR_BOUNDS = words("before until till earlier до раньше")
# Words before the chapter's own year that make it the time a question is set in: "as *of*
# 2013", "*на* 2013 год", "*к* 2013 году", "на *момент* 2013 года" (and "back in
# 2013", and "in 2013" in a question about no event: "where was the forum held in 2013" asks
# about that year's forum).
_YEAR_FRAMES = words("of на к момент")
_IN = words("in в")
# Events a year may belong to: "where was the forum held in 2013".
# Events named by a noun: what a year in the question may be the year of.
_EVENT_NOUNS = words(
    "forum forums festival festivals fest bazaar concert concerts conference conferences "
    "форум форума форуме форумы фестиваль фестиваля фестивале базар базара базаре концерт "
    "концерты конференция конференции"
)
# An event, named or said to take place.
_EVENT_WORDS = _EVENT_NOUNS | words("held проходил проходила прошел прошла состоялся")
# Words that ask about the publication itself, where that year is what is asked.
_PUBLICATION_WORDS = words(
    "published publish publication came come written write date when "
    "опубликована опубликован опубликовано опубликовали публикации публикация вышла вышел "
    "написана написано написан дата когда"
)
# The capital named for the government: the word the government is looked up by, and the
# words an English subject follows.
_CAPITALS = {
    "moscow": "government",
    "kremlin": "government",
    "москва": "правительство",
    "кремль": "правительство",
}
# The Russian forms listed are nominative: a subject whatever comes before.
_CAPITALS_AS_SUBJECT = frozenset(word for word in _CAPITALS if is_cyrillic(word))
# The former Soviet countries the chapter names, in Russian, in the forms a question uses.
_RUSSIAN_COUNTRY_NAMES = words(
    "армения армении азербайджан азербайджана азербайджане беларусь беларуси белоруссия "
    "белоруссии казахстан казахстана казахстане киргизия киргизии кыргызстан кыргызстана "
    "молдова молдовы молдове молдавия молдавии таджикистан таджикистана таджикистане "
    "туркменистан туркменистана туркменистане узбекистан узбекистана узбекистане украина "
    "украины украине грузия грузии латвия латвии литва литвы литве эстония эстонии"
)
_BEFORE_SUBJECT = words("is does did has have was will would can could whats")
# Bodies the chapter never mentions whose names are close to words it uses: Россотрудничество
# is not сотрудничество (co-operation).
_OTHER_BODIES = ("россотрудничеств", "rossotrudni", "rossotrudnichestv", "bolshoi", "bolshoy")
# Money: the chapter never says who pays for anything. "funded" is no slip of "founded", nor
# "funds" of "found" ("which countries fund IFESCCO"); "fundation" still is the Foundation.
_MONEY = words("fund funds funded funding funder funders fundraising grant grants")
_MONEY_PREFIXES = ("financ", "финанс")
# Laws, which the chapter never mentions: "закон" is no "закончилось" cut short.
_LAW_PREFIXES = ("закон", "legislat")
# … nor, in Latin letters, "zakon" a "zakonchilos" (where the fact base knows no "zakon").
_LAW_LATIN = re.compile(r"zakon(?!ch)")
# "policy" itself (not "section" or "profile", which POLICY_WORDS also holds: "заголовок
# раздела" is the section's title, not another section).
_POLICY_NOUNS = words("policy policies политика политики политике политику политикой")
_CONDITIONALS = words("if unless when если")
# What the user writes ("for my article", "для моей статьи"), which is not the chapter's text.
_OWN_WRITING = words("article articles paper report статья статьи статью статье доклад доклада")
_MY = words("my our мой моя мою моей моего моём моем наш наша нашу нашей нашего")
_WRITE = words("write написать написал написала")
_HEARD = words("heard слышал слышала слышали слыхал слыхала читал читала читали")
_I_WE = words("i we я мы ja my")
_HELP = words("help помоги помогите помочь")
# How people address the bot at the start or end of a message.
_ADDRESSES = words("bot chatbot бот ботик чатбот")
# The bot addressed between commas or sentences: "…, bot?", "бот, what are you based on".
_ADDRESSED = re.compile(
    r"(?:^|[,.!?;:]\s*)(?:bot|chatbot|бот|ботик|чатбот)\s*(?:[,.!?;:]|$)", re.IGNORECASE
)
# "a chapter on Latvia", "another section about Armenia": not this chapter ("the chapter").
_CHAPTER_NOUNS = words("chapter chapters section sections")
# What a user calls the chapter when asking what it is about, the word pointing at it, and the
# words between it and its subject ("this chapter *is about* Belarus", "эта глава *про* …").
_SELF_NOUNS = words(
    "chapter text section document article page profile глава главе главы текст тексте раздел "
    "разделе документ статья статье профиль профиле"
)
# Place terms a fact must state beyond one ruled out to be a list of places (a name counts
# once in each language: the Baltic agreements' three countries are six).
_PLACE_LIST = 5
_RUSSIA = words("russia россия россию россии рф rossiya rossii rossiyu")
_ABOUT = words("about on regarding про о об")
_SUBJECT_LINKS = words("is really only just") | _ABOUT
_WHICH_SECTION = words("каком какой какого каким")
_ANOTHER_CHAPTER = frozenset(
    (determiner, noun) for determiner in ("a", "another", "other", "any") for noun in _CHAPTER_NOUNS
)
# A word put back together from pieces is at least this long ("forum", not "a to"), and one of
# the pieces at most _SHORT_PIECE letters long.
_REJOINED_MIN_LENGTH = 5
_SHORT_PIECE = 4
# Things the chapter never lists one by one: "какие фильмы сняла конфедерация", "which
# festivals are there in Kazakhstan". A fact that lists other things (the unions, the countries)
# does not answer a request for their names. (Not cities: the artists' confederation lists Kiev,
# Moscow and St. Petersburg.)
_NEVER_LISTED_GROUPS = (
    ("film", "фильм", "films movies фильмы фильмов фильмах кинофильмы"),
    ("festival", "фестиваль", "festivals фестивали фестивалей фестивалях"),
    ("document", "документ", "documents документы документов"),
    ("play", "спектакль", "plays спектакли спектаклей"),
    ("concert", "концерт", "concerts концерты концертов"),
    ("prize", "премия", "prizes premiums премии премий"),
    ("award", "награда", "awards награды наград"),
    ("exhibition", "выставка", "exhibitions выставки выставок"),
    ("conference", "конференция", "conferences конференции конференций"),
    ("competition", "конкурс", "competitions конкурсы конкурсов"),
    ("project", "проект", "projects проекты проектов"),
    ("hall", "зал", "hall halls venue venues залы залов залах"),
    # painters one by one (the chapter names their unions): "какие латвийские художники
    # участвуют в соглашениях" (in Russian only, where the noun asked for comes first: "which
    # painters' unions…" asks for unions)
    ("painter", "живописец", "художники живописцы живописцев"),
)
# Each word with the terms a fact's text may name the thing by, in either language and form
# (the Snowball stem of "фестивали" is not that of "фестиваль").
_THINGS_NEVER_LISTED = {
    word: frozenset(term_of(form) for form in (english, russian, word))
    for english, russian, forms in _NEVER_LISTED_GROUPS
    for word in forms.split()
}


# Of those, the things the chapter never names even one of (it names one festival, Slavianski
# Bazaar, and one document, itself).
_NEVER_NAMED = frozenset(
    term_of(word)
    for english, russian, forms in _NEVER_LISTED_GROUPS
    if english not in ("festival", "document")
    for word in (english, russian, *forms.split())
)


_INCLUDED = words(
    "include includes included part count counts входят входит включает включают включены "
    "относятся относится считаются"
)


def _what_never_listed(tokens: list[str]) -> list[str]:
    """The plural noun right after "what" when it is one the chapter never lists ("what
    *exhibitions* were exchanged"), as :func:`asked_instances` finds it after "which"."""
    return [
        token
        for before, token in itertools.pairwise(tokens)
        if before == "what" and token in _THINGS_NEVER_LISTED and token.endswith("s")
    ][:1]


def _never_listed(instances: list[str]) -> frozenset[str]:
    """The terms of the thing a question asks for by name ("какие *фильмы*") when it is one the
    chapter never lists one by one; empty otherwise."""
    return _THINGS_NEVER_LISTED.get(instances[0], frozenset()) if instances else frozenset()


# A question word run into the next word: the word at least this long, what follows the question
# word at least _GLUED_MIN_REST letters (longest question words first: "когда" before "кто").
_GLUED_MIN_LENGTH = 7
_GLUED_MIN_REST = 4
_GLUED_OPENERS = tuple(sorted(QUESTION_WORDS | {"this", "that", "the"}, key=len, reverse=True))
# The auxiliary a question word is run into ("whenwas", "whois", "wheredid").
_GLUED_AUXILIARIES = words("was were is are did does do has have")
# The word between the two things compared: "X and Y differ", "X differs from Y", "X vs Y",
# "чем X отличается от Y".
_COMPARED_SIDES = re.compile(r"\b(?:and|from|vs|versus|от|и|ot)\b", re.IGNORECASE)
# "X compared to Y", "X по сравнению с Y": one side may be a question of its own ("how many
# countries are in X compared with Y"), so each must be answered surely, not only suggested.
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:to|with)|than|по сравнению с|в сравнении с)\b", re.IGNORECASE
)
# The word between two ways offered as a choice: "via the ministry or on their own".
_CHOICE_SIDES = re.compile(rf"\b(?:{'|'.join(sorted(_OR))})\b", re.IGNORECASE)
# Words that ask to compare two things.
_COMPARING = words(
    "compare compared comparison contrast contrasting differ differs difference differences "
    "different versus vs similar common сравни сравните сравнить сравнение отличаются отличается "
    "отличие отличия разница разницы общего общее похожи otlichaetsya otlichayutsya otlichaiutsia "
    "otlichie raznica"
)
# Words a question told after a story needs to be answered without the story.
_WHOLE_QUESTION = 9
_YEAR = re.compile(r"(?:19|20)\d\d")
_WRITTEN = words("написано написана написан написаны")
_CAME_OF_IT = words("вышло")
# The first words of phrases that stand for another word ("*put* on", "*every* year"), which
# say nothing more of their own, though the fact base knows them ("каждый год" is among the
# festival's words).
_PHRASE_VERBS = words(
    "come came comes put puts every each каждый каждое manage managed manages pay paid get got "
    "getting pull keep cooked cook pan panned link team teaming teamed"
)
# A season before a festival names the festival: "vitebsk summer song fest".
_SEASONS = words("summer summers летний летнего летнем летним летняя летней летнюю летние")
_FESTIVAL_WORDS = words("festival festivals fest fests фестиваль фестивали фестивалей")
_FESTIVE = _FESTIVAL_WORDS | words(
    "thing song songs music праздник праздника празднике праздником фестиваля фестивале "
    "музыкальный музыкального музыкальном музыкальная музыкальной музыкальную песенный песенного"
)
# A festival of films, which the chapter never names (its festival is one of music and the
# performing arts): the film word is no filmmaker.
_FILM_WORDS = words("film films movie movies cinema kino кино")
_FILM_FESTIVALS = words(
    "кинофестиваль кинофестиваля кинофестивале кинофестивалем кинофестивали кинофестивалей "
    "кинофестивалях кинофестивалям кинофест kinofestival"
)
# Everyday words one letter from a word of the fact base, never a slip for it: "song" is not
# "СНГ" (sng), "internet" not "international", "went" not "event", "планы" not "play", "time"
# not "ties", "час" not "частные", "sour" (a taste) not "source".
_NOT_SLIPS = words(
    "song songs internet went планы time час sour bright "
    "good goods "  # stemmed "god", the Latin spelling of "год" (year)
    "уличных уличные уличный уличной уличным"  # street musicians are no "личные" (personal)
)
_WEATHER = words("weather forecast temperature погода погоду погоды прогноз температура")
_TOWN_WORDS = words("city town город города городе")
_OFTEN = words("often часто chasto")
# Asking for a summary ("overview", "перескажи"; not "short", "кратко": "quick question").
_SUMMARY_REQUEST = words(
    "summary summaries summarize summarise summarising summarizing rundown overview gist tldr "
    "nutshell обзор суть сути перескажи перескажите пересказать пересказ pereskazhi"
)
_SOVIET = words("soviet советский советского советском советскому советским")
_UNION = words("union союз союза союзе союзу союзом")
_WHICH_EN = words("which what")
_SUBJECT_PRONOUNS = words("it they он она оно они")
_WHICH_BODY = words("which what какой какое какая какие")
_RU_DATE_WORDS = words("когда году года год дата дату числа")
_INSTITUTIONS = words("ministry state government министерство государство правительство")
_ONES = words("ones those")
_HEADQUARTERS = "headquarters"
_HUSHED_O = re.compile(r"([шжчщ])о")
_NOW = words("now today currently сейчас сегодня нынче щас")
_CALENDAR = words("year years date day month time todays год дата число день месяц время")
_RELATIVE_AUXILIARIES = words("are is was were do does did have has")
_EXCLUDED_SPAN = 3  # content words after the negation that it covers
_NOT = words("not не")
_AMONG = words("in part among из среди")
_EXCEPT = words("besides except excluding кроме помимо")
_EXCEPT_SPAN = 2  # content words after "apart from" that it rules out
_EXCEPT_PAIRS = frozenset({("apart", "from"), ("other", "than"), ("aside", "from")})


def _asks_another(tokens: list[str]) -> bool:
    """Whether the words ask for one more thing: "else" or "ещё" beside "what", "что",
    "anything", "что-нибудь"."""
    return any(
        token in _ELSE and not _ELSE_WITH.isdisjoint(tokens[max(0, at - 2) : at + 3])
        for at, token in enumerate(tokens)
    )


def _excluded(tokens: list[str], asked: int) -> set[int]:
    """Positions of the words a negated relative clause or condition rules out, its negation
    turned into "without" in ``tokens`` ("artists who don't go through the ministry" asks about
    artists *without* the ministry, not about the ministry); the same after "apart from",
    "besides", "кроме" ("what else did IFESCCO start *apart from the forums*")."""
    positions: set[int] = set()
    for at in range(asked):
        if tokens[at] in _EXCEPT or (
            at + 1 < asked and (tokens[at], tokens[at + 1]) in _EXCEPT_PAIRS
        ):
            start = at + 1 if tokens[at] in _EXCEPT else at + 2
            ruled_out: list[int] = []
            for after in range(start, asked):
                if (
                    tokens[after] in FOCUS_OPENERS
                    or tokens[after] in _ASKING_AUXILIARIES
                    or len(ruled_out) == _EXCEPT_SPAN
                ):
                    # "apart from the forums, *what* did IFESCCO start", "apart from the forums
                    # *did* IFESCCO start anything else"
                    break
                if tokens[after] not in STOPWORDS:
                    ruled_out.append(after)
            positions.update(ruled_out)
    for at in range(1, asked):
        before = tokens[at - 1]
        if before in _RELATIVE_AUXILIARIES and at >= 2:
            before = tokens[at - 2]  # "who *are* not", "которые *были* не"
        if tokens[at] not in _NEGATIONS:
            continue
        # A negated relative clause, or a negated condition: "what do artists do *if the
        # ministry doesn't* send them", "если их *не* отправляет министерство". A condition rules
        # out an institution before its negation too (not the artist it is about: "если артист
        # едет не через министерство").
        # "a violinist, not in any big state orchestra", "артист не из топовых коллективов":
        # who is not among them, as a relative clause would say.
        relative = (
            before in _RELATIVES
            or (tokens[at] in _NOT and at + 1 < asked and tokens[at + 1] in _AMONG)
            # "артисты, которых *на гастроли* не отправляет министерство": a few words of the
            # clause between the relative word and its negation
            or any(
                tokens[back] in _RUSSIAN_RELATIVES
                for back in range(max(0, at - 1 - _RELATIVE_REACH), at - 1)
            )
        )
        # The institution as the subject of a relative clause: "the artists (that) the
        # ministry doesn't pick", "артисты, которых министерство не выбирает".
        subject = before in _INSTITUTIONS and _relative_before(tokens, at - 1)
        opened = None if relative or subject else _condition_before(tokens, at)
        if not relative and not subject and opened is None:
            continue
        tokens[at] = "without"
        clause = []
        for after in range(at + 1, asked):
            if tokens[after] in QUESTION_WORDS:
                # "…the ministry doesn't pick, *how* do they get gigs abroad", "performers who
                # don't get picked by the government, *how* do they…"
                break
            if tokens[after] not in STOPWORDS:
                clause.append(after)
        positions.update(clause[:_EXCLUDED_SPAN])
        if subject:
            positions.add(at - 1)
        if opened is not None:
            positions.update(
                position for position in range(opened + 1, at) if tokens[position] in _INSTITUTIONS
            )
    return positions


def _relative_before(tokens: list[str], institution: int) -> bool:
    """Whether the institution at ``institution`` opens a relative clause: a relative word or
    a noun (not a question or auxiliary word) comes just before it, past an article."""
    at = institution - 1
    if at >= 0 and tokens[at] in ("the", "a"):
        at -= 1
    if at < 0:
        return False
    # ("the ones the ministry doesn't send": a pronoun for the noun)
    return (
        tokens[at] in _RELATIVES
        or tokens[at] in _ONES
        or (
            tokens[at] not in STOPWORDS and tokens[at] not in FOCUS_OPENERS and tokens[at].isalpha()
        )
    )


def _condition_before(tokens: list[str], at: int) -> int | None:
    """Where the "if"/"если" is that opens the condition a negation at ``at`` is in (up to four
    words before it: "if a russian musician isn't"), or None."""
    return next(
        (back for back in range(at - 1, max(-1, at - 5), -1) if tokens[back] in _CONDITIONALS),
        None,
    )


def _title_pattern(title: str) -> re.Pattern[str]:
    """A title in any grammatical case: its first and last words by their stems, and up to
    eight words between ("Компендиума культурной политики и тенденций в Европе")."""
    first, *_, last = title.casefold().split()
    return re.compile(rf"{re.escape(first[:6])}\w*(?:\W+\w+){{0,8}}?\W+{re.escape(last[:4])}\w*")


def _without(text: str, titles: list[re.Pattern[str]]) -> str:
    """``text`` with every title cut out."""
    for title in titles:
        text = title.sub(" ", text)
    return text


# "is this about…", "это про…": "this" is the chapter.
_THIS_ABOUT = re.compile(
    r"\s*(?:is\s+(?:this|it)|this\s+is|it\s*'?s|это|оно)"
    r"(?:\s+(?:вообще|ведь|все|всё|really|even|actually|all))?\s+(?:about|про|о|об)\b",
    re.IGNORECASE,
)
# "is this info from 2020", "this is from the 2019 edition … yes?": "this" is the chapter,
# asked its date.
_THIS_FROM_A_YEAR = re.compile(
    r"\s*(?:(?:is|was)\s+(?:this|it)|(?:this|it)\s+(?:is|was))"
    r"(?:\s+(?:info|information|data|stuff|text|page))?"
    r"\s+(?:from|written|published|dated)\b(?=.*\b(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "this is", "is this" among a message's first words: the chapter itself is what it is about.
_THIS_IS = frozenset((("this", "is"), ("is", "this")))
_THIS_IS_WITHIN = 6
# A part of a question word and a verb, no more ("who started", "where played").
_SHORT_ENGLISH_PART = 3
_ENGLISH_VERBS = words(
    "started start starts began begin founded set initiated organised organized created "
    "played plays play performed performs perform toured tours tour held holds hold runs run"
)
# Russian "that one" before a noun, which a clause opened by "что" describes.
_THAT_ONE = words("тот та ту то те того той тех тому тем теми")


def _asking_clauses(part: str) -> list[str]:
    """``part`` split at each comma before another question (see _COMMA_QUESTION)."""
    clauses = _COMMA_QUESTION.split(part)
    if len(clauses) == 1:
        return clauses
    joined = [clauses[0]]
    for clause in clauses[1:]:
        tokens = tokenize(joined[-1])
        # (A question word right after a noun opens a clause about it: "artists *who* are not
        # going through the ministry, how do they tour" asks once.)
        asking = any(
            token in FOCUS_OPENERS and (at == 0 or tokens[at - 1] in STOPWORDS)
            for at, token in enumerate(tokens)
        )
        if clause.startswith("что ") and not _THAT_ONE.isdisjoint(tokens[-3:]):
            # "кто возглавляет *ту* организацию, что объединяет киношников": a relative clause
            # after "the one", not a second question.
            joined[-1] = f"{joined[-1]}, {clause}"
        elif asking or _asks(tokens) or not _REFERS_BACK.search(clause):
            joined.append(clause)
        else:
            joined[-1] = f"{joined[-1]}, {clause}"
    return joined


def _bare_question_word(text: str) -> bool:
    """A question word with nothing of its own after it ("homework: *where* | and when…")."""
    tokens = tokenize(text)
    return (
        bool(tokens)
        and all(token in STOPWORDS for token in tokens)
        and tokens[-1] in QUESTION_WORDS
    )


def _is_number(token: str) -> bool:
    return token[0].isdigit()


def _numbers_in(tokens: list[str]) -> frozenset[str]:
    """The numbers a part of a question names, in digits or as ordinal words."""
    return frozenset(
        ORDINAL_WORDS.get(token, token)
        for token in tokens
        if token[0].isdigit() or token in ORDINAL_WORDS
    )


def _deletions(key: str) -> set[str]:
    """The key itself and every key one letter shorter."""
    return {key, *(key[:at] + key[at + 1 :] for at in range(len(key)))}


def _vowel_patterns(key: str) -> set[str]:
    """The key with each of its vowels in turn replaced by a wildcard."""
    return {key[:at] + "*" + key[at + 1 :] for at, char in enumerate(key) if char in "aeiou"}


# Function words by their letters in order: "whcih" has the letters of "which".
_STOPWORD_LETTERS = frozenset("".join(sorted(word)) for word in STOPWORDS if len(word) >= 4)
# Function words with a letter missing: "wher", "whic", "becuse".
_STOPWORDS_SHORTENED = frozenset(
    shorter for word in STOPWORDS if len(word) >= 5 for shorter in _deletions(word)
)
# Russian function words typed in Latin letters with щ as "sh" (their keys spell it "sch").
_TRANSLIT_STOPWORDS_SH = frozenset(key.replace("sch", "sh") for key in TRANSLIT_STOPWORD_KEYS)
_STOPWORDS_NEAR_LENGTH = {
    length: [w for n in (length - 1, length, length + 1) for w in _STOPWORDS_BY_LENGTH.get(n, ())]
    for length in range(5, 40)
}


# Words a letter or two from a function word that are words of their own: "the *weather* in
# Moscow" is not "whether", "three" is not "there".
_CONTENT_WORDS_LIKE_FUNCTION_WORDS = words(
    "weather mother wheel wheat three threw thin interstate "
    "world small cello beach hotel hours house staff pensions krakow series seven "
    "teach worth living guests plans beans recept diplomat childrens liner "
    "отель такси блины спорт павильон отправил шесть точка совет отчет отбор осень"
)


def _is_function_word(token: str, key: str) -> bool:
    """A function word in disguise: Russian typed in Latin letters, or an English typo."""
    if token in _CONTENT_WORDS_LIKE_FUNCTION_WORDS:
        return False
    if not is_cyrillic(token) and key in TRANSLIT_STOPWORD_KEYS:
        return True
    if token.isascii() and "sh" in key and key.replace("sch", "sh") in _TRANSLIT_STOPWORDS_SH:
        return True  # щ typed as "sh" ("voobshe", "eshe" for вообще, еще)
    if len(token) < 4:
        return False
    # Swapped letters ("teh", "whcih") and one-letter slips ("abuot", "waht") of a function word.
    if "".join(sorted(token)) in _STOPWORD_LETTERS or token in _STOPWORDS_SHORTENED:
        return True
    if len(token) < 5:
        return False
    nearby = _STOPWORDS_NEAR_LENGTH.get(len(token), ())
    return process.extractOne(token, nearby, scorer=fuzz.ratio, score_cutoff=80) is not None


def _lone_names(text: str) -> list[str]:
    """Capitalised words inside a sentence, alone or in a list: "in Latvia", "from Azerbaijan,
    Armenia, …", not the words of a title ("Youth Symphony Orchestra", "the Russian
    Government")."""
    words = text.split()
    names = []
    for at in range(1, len(words)):
        # (The last word too: "… with Latvia, Lithuania and Estonia.")
        raw, before = words[at], words[at - 1]
        after = words[at + 1] if at + 1 < len(words) else ""
        word = raw.strip(",;:()\"'.")
        if not (word[:1].isupper() and word.isalpha()) or before.endswith("."):
            continue
        alone_before = before[:1].islower() or before.endswith(",")
        alone_after = not after[:1].isupper() or raw.endswith(",")
        if alone_before and alone_after:
            names.append(word)
    return names


def _capitalised_inside(text: str) -> list[str]:
    """Capitalised words that are not the first of a sentence: the names a text states."""
    words = text.split()
    return [
        word
        for before, word in itertools.pairwise(words)
        if word[:1].isupper() and not before.endswith((".", ":", "!", "?"))
    ]


def _sound(key: str) -> str:
    """A key with о and а as one letter: Russian pronounces an unstressed о as а."""
    return key.replace("o", "a")


# Words quoted in a message: in «», “”, "" or '' (a single quote only after a space or at the
# start, so that "what's" and "doesn't" quote nothing); at least two words.
_QUOTED = re.compile(
    r"«([^»]+\s[^»]+)»|“([^”]+\s[^”]+)”|\"([^\"]+\s[^\"]+)\"|(?:^|(?<=\s))'([^']+\s[^']+)'(?=[\s,.?!:;—–-]|$)"
)
# A word that marks a message in Latin letters as Russian (checked before tokenising it).
_TRANSLIT_MARKER = re.compile(
    r"\b(?:" + "|".join(sorted(TRANSLIT_MARKERS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# A word in Latin letters, not an ordinal's ending after a hyphen ("5-i").
_LATIN_WORD = re.compile(r"(?<!\d-)[a-z]+")
# Latin words a message in Russian keeps as they are: "как оркестры едут на гастроли vs…"
_KEPT_LATIN = words("vs versus plus plz pls ok okay lol")
# A Russian word cut to its two ends ("худ-ков", "гос-во", "проф-лов"), not a particle after a
# hyphen ("как-то", "кто-нибудь", "из-за").
_CONTRACTION = re.compile(
    r"\b(?!из-|по-)([а-яё]{2,5})-(?!то\b|либо\b|нибудь\b|таки\b|ка\b|за\b|под\b)([а-яё]{2,4})\b",
    re.IGNORECASE,
)
_CONTRACTION_REACH = 200  # words of the fact base that open with the first part, at most
_GLUED_SENTENCE = re.compile(
    r"(?<=[^\W\d_]{3})\.(?=(?:when|what|who|where|which|why|how|когда|что|кто|где|какой|какая|"
    r"какие|почему|зачем|как)(?:" + "|".join(sorted(_GLUED_AUXILIARIES)) + r")?\b)",
    re.IGNORECASE,
)
# A dot inside a word or number ("3.4.3", "11.04.2013") does not end a sentence.
_SENTENCE = re.compile(r"(?:[^?？!.\n]++|\.(?=\w))+(?:[?？]+|[!.\n]+|\Z)")


def _letters_left_out(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with some of its letters left out, in order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def _who_asks(text: str) -> frozenset[tuple[str, ...]]:
    """The sentences of ``text`` (tokenised) that tell who the asker is and ask nothing, when
    another one asks with a question mark: "i'm a journalist covering touring. which theatres
    exactly does the ministry send abroad?"."""
    sentences = [match.group(0) for match in _SENTENCE.finditer(text)]
    if len(sentences) < 2 or not any(s.rstrip().endswith(("?", "？")) for s in sentences):
        return frozenset()
    return frozenset(
        tuple(tokens)
        for sentence in sentences
        if _I_AM_A.match(sentence)
        and not sentence.rstrip().endswith(("?", "？"))
        and (tokens := tokenize(sentence))
        and not _asks(tokens)
        and not question_kinds(tokens)
        and focus_position(tokens) is None
    )


# Who the asker is: "i'm a journalist covering touring." (not "я независимый музыкант", often
# what is asked about).
_I_AM_A = re.compile(r"^\s*(?:i'?m|i am)\s+(?:a|an)\s+", re.IGNORECASE)


def _story_and_question(
    text: str, known: Callable[[str], dict[str, float] | None] = lambda token: None
) -> tuple[str, str] | None:
    """A message that tells a story around one question: (the question, the rest).

    Several sentences with exactly one question among them; or, within the question sentence,
    one clause that asks and others that tell ("I'm a violinist from Minsk, is there…", "if we
    want to tour abroad, does anyone help us").
    """
    # (Punctuation left alone, "…confederation? ?" once a tag is dropped, is no sentence.)
    sentences = [match.group(0) for match in _SENTENCE.finditer(text) if tokenize(match.group(0))]
    if len(sentences) > 1:
        asked = [
            sentence
            for sentence in sentences
            if not _only_a_tag(tokenize(sentence))
            and (
                sentence.rstrip().endswith(("?", "？"))
                or focus_position(tokenize(sentence)) is not None
                # "so basically: does the state back…" (no question mark)
                or any(_asks(tokenize(clause)) for clause in _CLAUSE.split(sentence))
                # "…про фестиваль в витебске. что о нём написано" (a sentence opened by a
                # question word asks, with no question mark)
                or tokenize(sentence)[0] in _WH_SENTENCE_OPENERS
            )
        ]
        if not asked:
            return None
        # With several, the last: a story may itself mention a question ("my editor wants a
        # line on why the forums exist. what are they meant to promote").
        # A guess offered after the question ("which theatre companies …? bolshoi?", "…,
        # germany? france?") is no question of its own: the last one that asks is.
        # (A guess the chapter knows may be the answer: "what drives cooperation? unions?";
        # among guesses the chapter does not know, "большой? мариинка?", none is.)
        guesses = 0
        while guesses < len(asked) and _only_a_guess(tokenize(asked[-1 - guesses])):
            guesses += 1
        if 0 < guesses < len(asked) and any(
            not any(known(token) for token in tokenize(guess)) for guess in asked[-guesses:]
        ):
            asked = asked[:-guesses]
        question = asked[-1]
        story = [sentence for sentence in sentences if sentence is not question]
    elif sentences:
        question, story = sentences[0], []
    else:
        return None
    clauses = [clause for clause in _CLAUSE.split(question) if clause.strip()]
    asking = [
        clause
        for clause in clauses
        if _asks(tokens := tokenize(clause))
        and not _only_a_tag(tokens)
        and not _only_a_comparison(tokens)
    ]
    if len(clauses) > 1 and len(asking) == 1 and not _CLAIM_FRAME.issuperset(tokenize(asking[0])):
        # ("правда ли, что базар проводится с 1995 года": "правда ли" asks about the rest.)
        question = asking[0]
        story += [clause for clause in clauses if clause is not question]
    if not story:
        return None
    return question, " ".join(story)


# "what is X called", "как называется X": the name of one thing.
_CALLED = words("called называется называлась называлось zovut называют")
# A question's tag, asking nothing of its own: "…, do you (happen to) know?", "…, any idea?",
# "…, не знаешь?", "…, не подскажешь?".
_TAG = words(
    "do you happen to know any idea by chance perhaps maybe ли не знаешь знаете подскажешь "
    "подскажете случайно а ты вы"
)
# A tag ending a question, asking nothing of its own: "…whos in it, any idea", "…кто
# запустил, если не секрет", "…, do you happen to know?".
_TAG_ENDING = re.compile(
    # After a comma or a dash: "…whos in it, any idea"; after a sentence: "…abroad? just
    # curious tbh" (the punctuation is kept: a question mark still marks a question).
    r"(?<=[,;:—–?.!-])\s*(?:"
    r"any\s+ideas?|(?:do\s+)?(?:you|u|ya)\s+(?:happen\s+to\s+)?know|"
    # "…, does the chapter say?": where to look, asked of the rest
    r"(?:does|do)\s+(?:the|this|your)\s+(?:chapter|text|source|section)\s+(?:say|mention|tell)"
    r"(?:\s+(?:it|that|so|anything))?|"
    r"if\s+(?:you|u)\s+(?:happen\s+to\s+)?know|(?:if\s+)?(?:any\s*one|any\s*body)\s+knows?|"
    r"by\s+any\s+chance|just\s+(?:curious|wondering|asking)(?:\s+(?:tbh|lol))?|"
    r"(?:i\s+)?(?:honestly\s+)?(?:have|got)\s+no\s+(?:clue|idea)|the\s+name\s+escapes\s+me|"
    r"не\s+знаешь|не\s+знаете|не\s+в\s+курсе|не\s+подскажешь|не\s+подскажете|"
    r"(?:если|esli)\s+(?:не|ne)\s+(?:секрет|sekret)|if\s+it'?s\s+not\s+a\s+secret|"
    r"(?:мне\s+)?(?:просто|правда|очень)\s+(?:интересно|любопытно)|"
    r"извини(?:те)?,?\s+(?:если\s+глупо\s+спрашиваю|за\s+глупый\s+вопрос)|"
    # what the asker needs it for: "…, мне для пресс-релиза нужно", "…, need it for my essay"
    r"мне\s+(?:это\s+|она\s+|оно\s+)?(?:(?:для|в)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?"
    r"(?:нужно|нужна|нужен|надо)(?:\s+(?:для|в)\s+[\w-]+(?:\s+[\w-]+){0,2})?|"
    r"(?:i\s+)?need\s+(?:it|this|that)\s+for\s+(?:my|a|an|the)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"(?=\s*(?:[?!.…),]|$))",
    re.IGNORECASE,
)
# A muse that asks nothing of the bot: "а то может всё поменялось, кто ж знает", "who knows".
_RHETORICAL = re.compile(
    r"\b(?:кто\s+(?:(?:ж|же)\s+)?(?:его\s+)?знает|(?:бог|черт|чёрт)\s+(?:его\s+)?знает|"
    r"(?:who|god|heaven)\s+knows)(?=\s*(?:[,.!?;…)]|$))",
    re.IGNORECASE,
)


def _asks_the_date(tokens: list[str]) -> bool:
    """Whether the message asks only what the date is now ("what year is it now", "какой
    сейчас год"): "now" and a unit of the calendar, nothing else but function words."""
    return (
        not _NOW.isdisjoint(tokens)
        and not _CALENDAR.isdisjoint(tokens)
        and all(token in STOPWORDS or token in _NOW or token in _CALENDAR for token in tokens)
    )


def _only_a_guess(tokens: list[str]) -> bool:
    """A sentence of a word or two with no question word: "bolshoi?", "all of them?"."""
    return (
        len([token for token in tokens if token not in STOPWORDS]) <= 2
        and QUESTION_WORDS.isdisjoint(tokens)
        and not _asks(tokens)
    )


def _only_a_tag(tokens: list[str]) -> bool:
    return bool(tokens) and _TAG.issuperset(tokens)


# "…, как в россии?", "…, как и в беларуси": a comparison closing a question, not a question
# of its own ("а как в россии?" asks one). (In English "like in russia" asks nothing anyway.)
_LIKE_IN = words("и в во у")


def _only_a_comparison(tokens: list[str]) -> bool:
    return (
        2 <= len(tokens) <= 4
        and tokens[0] == "как"
        and tokens[1] in _LIKE_IN
        and _LIKE_IN.issuperset(tokens[1:-1])
    )


# A clause that only asks whether the rest is so, or is in the chapter: "правда ли, что…", "is
# it true, …", "упоминается ли, кто дирижёр…", "есть ли там, когда…".
_CLAIM_FRAME = words(
    "правда ли верно правильно так это true right correct is it that li pravda "
    "упоминается упоминаются упомянуто упомянут есть там тут mentioned mention does"
)
# Clauses of a sentence: at commas, semicolons and dashes between words.
_CLAUSE = re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+")
# Words that open a clause that asks: an auxiliary ("is there…", "does anyone…"), how/как, or
# a question word followed by an auxiliary ("where does…": "where" alone may open a relative
# clause, "…, where the forum was held").
_ASKING_AUXILIARIES = words(
    "is are was were do does did can could has have had will would should shall may might"
)
_ASKING_OPENERS = words(
    "whats whos wheres whens hows how как почему зачем сколько какой какая какое какие каких "
    "каком каков какова каковы есть"
)
_WH_WORDS = words("what which who whom whose where when why")
_WH_SENTENCE_OPENERS = words("что кто где когда куда откуда чей чья чье чьи") | _WH_WORDS


# Words that make a part of a question a question of its own: "…, *tell me* about the unions".
_REQUESTS = words("tell explain describe расскажи расскажите объясни объясните опиши опишите")


def _in_a_big_company(text: str) -> bool:
    """Whether the asker says they are in a big or state company ("i play in a big state
    orchestra"), not that they are not ("not in any big orchestra", "не из большого театра")."""
    return any(
        _NEGATED_BEFORE.search(text[: match.start()]) is None
        for match in _BIG_COMPANY.finditer(text)
    )


def _asks_itself(tokens: list[str]) -> bool:
    """Whether a part of a question asks something itself, rather than naming one more thing
    the part before it asked about ("who started the festival | and *the orchestra*")."""
    return (
        _asks(tokens)
        or any(token in QUESTION_WORDS or token in _REQUESTS for token in tokens)
        # "…и о чём был седьмой": asks what about ("чем" alone may be "than")
        or any(pair in _ABOUT_WHAT for pair in itertools.pairwise(tokens))
    )


def _asks(tokens: list[str]) -> bool:
    """Whether a clause (tokenised) asks something rather than tells."""
    if not tokens:
        return False
    first = tokens[0]
    if first in _ASKING_AUXILIARIES or first in _ASKING_OPENERS or "ли" in tokens:
        return True
    return first in _WH_WORDS and len(tokens) > 1 and tokens[1] in _ASKING_AUXILIARIES


def _phrasings(fact: Fact) -> list[str]:
    return [*fact.keywords, *(q for lang in sorted(fact.questions) for q in fact.questions[lang])]


__all__ = ["ChitChat", "Matcher", "Thresholds"]
