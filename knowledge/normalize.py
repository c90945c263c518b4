"""Text normalisation for matching: one way to turn any question or fact field into terms.

* :func:`normalize` — Unicode NFKC, casefold, ё→е, apostrophes dropped, punctuation to spaces;
* :func:`tokenize` — words and numbers (``3.4.4``, ``2012``) of normalised text;
* :func:`stem` — a Snowball stem (English for Latin words, Russian for Cyrillic ones), so that
  Витебске and Витебск, or festivals and festival, are one term;
* :func:`latin_key` — a rough phonetic skeleton in Latin letters shared by Cyrillic and Latin
  spellings (славянский, slavyanskiy and slavianski have nearly the same key), used for
  transliteration and typo tolerance.

Also the small closed word lists the matcher needs: function words that carry no topic, and the
question words (who, when, where, how many…) whose kind a fact must be able to answer.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz, process

_NO_APOSTROPHES = str.maketrans("", "", "'’ʼ`´‘")
_HYPHENS = frozenset("-‐‑")
# A hyphen inside a word: "co-operation" and "e-mail" are one word (a prefix of one or two
# letters), "post-Soviet" and "visa-free" are two; so are the words of "artist-to-artist".
_SHORT_PREFIX_HYPHEN = re.compile(r"(?<![-‐‑])\b([^\W\d_]{1,2})[-‐‑](?=[^\W\d_])")
_CO_VERB = re.compile(r"\bco[-‐‑](?!op|produc|ordinat)(?=[^\W\d_]{3,})")
_ONE_ON_ONE = re.compile(r"\bone[-‐‑]on[-‐‑]one\b")
# "ex-USSR", "ex-Soviet": the former USSR.
_EX_PREFIX = re.compile(r"\bex[-‐‑](?=[^\W\d_])")
# "@chapter_bot who started…", "@ivan": a mention addresses someone; it is not what is asked.
_MENTION = re.compile(r"(?<![\w@])@\w+")
# Numbers keep their inner dots ("3.4.4"); an ordinal's suffix is dropped ("7th", "7-й" → "7").
_TOKEN = re.compile(r"\d+(?:[.:/-]\d+)*|[^\W\d_]+(?:\d+[^\W\d_]*)?")
# "7th", "7-й", "7й"; typed in Latin letters, with the hyphen: "7-i", "7-oy", "7-go" (седьмой),
# and without it when the ending has two letters or more: "8oi", "7oy", "7ogo".
_ORDINAL = re.compile(
    r"\b(\d+)(?:st|nd|rd|th|-?(?:й|я|е|го|ого|ой|ий|ый|м|ом|iy|yi|yy|ij|oy|oi|oj|ya|ja|go|ogo|om)"
    r"|-(?:i|y|j|m))\b"
)
_DIGIT = re.compile(r"\d")
_DATE_SEPARATORS = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")
_CYRILLIC = re.compile(r"[а-я]")
_LATIN = re.compile(r"[a-z]")

# Latin letters that look like Cyrillic ones: "Cнг" typed with a Latin C is still СНГ.
_HOMOGLYPHS_TO_CYRILLIC = str.maketrans("aceopxykmhtb", "асеорхукмнтв")

_CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "sch",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ў": "u",
}
# Spelling variants of Latin transliteration collapsed to one skeleton letter, applied in order.
_LATIN_VARIANTS = (
    ("shch", "sch"),
    ("kh", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("x", "ks"),
    ("q", "k"),
    ("j", "i"),
    ("y", "i"),
    ("tz", "c"),
    ("ts", "c"),
)
_DOUBLE_LETTER = re.compile(r"(.)\1+")
_CYRILLIC_TO_LATIN_TABLE = str.maketrans(_CYRILLIC_TO_LATIN)

# ``stem`` below caches its results; PyStemmer's own cache (10,000 words by default) would only
# add its upkeep: past that size it purges on every new word, which made stemming an unseen word
# four times dearer (2.1 against 0.5 us, measured on 60,000 distinct words).
_ENGLISH = Stemmer.Stemmer("english", maxCacheSize=0)
_RUSSIAN = Stemmer.Stemmer("russian", maxCacheSize=0)


# Russian typed in Latin letters with 4 for ч and 6 for ш ("4astnye", "lu46ie"): a word of at
# least two letters with a 4 or a 6 in it, not an ordinal ("4th").
_TRANSLIT_DIGITS = re.compile(
    r"\b(?=[a-z46]*[a-z][a-z46]*[a-z])(?![46]+(?:st|nd|rd|th)\b)[a-z]*[46][a-z46]*\b"
)


# "did it work", "has it actually worked": "work" as succeeding.
_DID_IT_WORK = re.compile(
    r"\b((?:did|has)\s+(?:it|that))(?:\s+(?:actually|ever|really))?\s+work(?:ed)?\b"
)
# "back up a sec", "hold on a minute", "wait a moment": a pause in a chat.
_PAUSE = re.compile(
    r"\b(?:back up|hold on|hang on|wait|one|just a)\s+(?:a\s+)?(?:sec|second|moment|minute)\b"
)
# Letters of the Belarusian and Ukrainian alphabets, which their keyboards type where Russian
# has и, е, у, г ("Віцебск", "інтэлігенцыя"): read as the Russian letters.
_OTHER_CYRILLIC_TABLE = str.maketrans("іїєўґ", "ииеуг")
_OTHER_CYRILLIC = frozenset("іїєўґ")


_POSSESSIVE = re.compile(r"\b(\w+)['’]s\b")


def _place_of_possessive(match: re.Match[str]) -> str:
    return match[1] if match[1] in FOREIGN_PLACES else match[0]


def with_translit_digits(text: str) -> str:
    """``text`` (casefolded) with the 4 and 6 of Russian typed in Latin letters as the ч and ш
    they stand for ("lu46ie": "luchshie")."""
    return _TRANSLIT_DIGITS.sub(
        lambda match: match.group(0).replace("4", "ch").replace("6", "sh"), text
    )


def normalize(text: str) -> str:
    """Casefolded, NFKC-normalised text with ё→е and punctuation replaced by spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    if not _OTHER_CYRILLIC.isdisjoint(text):
        text = text.translate(_OTHER_CYRILLIC_TABLE)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if "4" in text or "6" in text:
        text = with_translit_digits(text)
    if "moscow" in text:
        # "what's moscow's position on schengen visas": the government's, not the town's
        text = _MOSCOWS_POSITION.sub("government ", text)
        # "does the government in moscow back…": the Russian government, no town asked about
        text = _GOVERNMENT_IN_MOSCOW.sub(r"\1", text)
    if ("minsk" in text or "минск" in text) and _JOINT.search(text):
        # "a joint thing between moscow and minsk", "москвы и минска вместе": the two states
        # doing something together (not "flights between moscow and minsk")
        text = _TWO_CAPITALS.sub(_two_countries, text)
    if "'s" in text or "’s" in text:
        # "germany's cultural policy": the country, as "germany" (its apostrophe dropped, the
        # possessive would be a word of its own, "germanys").
        text = _POSSESSIVE.sub(_place_of_possessive, text)
    text = text.translate(_NO_APOSTROPHES)
    if _OUR.search(text) and _BELONGING.search(text) and _FROM_CAPITAL.search(text):
        # "я скульптор из еревана, наш союз входит…", "we're a union in riga, are we
        # members…": "our" union is the capital's country's, which the chapter may name (it
        # names no capital but Ashgabat and Kiev). Not "hello from Baku": a home town.
        text = _FROM_CAPITAL.sub(lambda match: f"{match[1]} {_CAPITAL_COUNTRIES[match[2]]}", text)
    if "больш" in text:
        # "а Большой театр где гастролирует": the Bolshoi, a theatre the chapter never names
        # (as "bolshoi" is), not one of "the best" or "biggest" companies it speaks of
        text = _BOLSHOI.sub("bolshoi", text)
    if "союзн" in text:
        # "в бывших союзных республиках": the Soviet republics, now the CIS (not the Union
        # State, "союзное государство")
        text = _UNION_REPUBLICS.sub(r"\1 снг", text)
    if " sec" in text or " moment" in text or " minute" in text:
        # "sorry, back up a sec — what is this text": the chat's pause, no support or section
        text = _PAUSE.sub(" ", text)
    if " work" in text:
        # "visa barriers for russian artists, did it work": whether it succeeded (not "how
        # does it work")
        text = _DID_IT_WORK.sub(r"\1 succeed", text)
    if "%" in text:
        text = text.replace("%", " percent ")  # "what % of artists tour alone": a share asked
    if not _HYPHENS.isdisjoint(text):
        # "one-on-one deals": between two parties (before "on-one" is read as one word)
        text = _ONE_ON_ONE.sub("bilateral", text)
        # "the belarus music thing russia co-runs", "co-founded": done jointly (not
        # "co-operation", "co-production", the chapter's own words)
        text = _CO_VERB.sub("jointly ", text)
        text = _SHORT_PREFIX_HYPHEN.sub(r"\1", _EX_PREFIX.sub("former ", text))
    if "thousand" in text or "twenty" in text or "тысяч" in text:
        text = _spoken_years(text)
    if _SPELLED_OUT.search(text):
        # "I F E S C C O": a name spelt letter by letter
        text = _SPELLED_OUT.sub(lambda match: match.group(0).replace(" ", ""), text)
    if " of " in text:
        text = _KINDS_OF_COOPERATION.sub("forms of ", text)
    if any(word in text for word in _TOPIC_WORDS):
        # "what is the topic of this chapter", "тема этой главы", "the chapter's theme": what
        # the chapter is about (the 7th forum's "topic" is a word of its own fact).
        text = _CHAPTER_TOPIC.sub(lambda match: f" {match['chapter'] or match['chapter2']} ", text)
        if _CHAPTER_WORD.search(text) and not _FORUM_WORD.search(text):
            # "про что вообще глава, типа какая тема у неё": the topic is still the chapter's
            # when no forum is in the question.
            text = _TOPIC_WORD.sub(" ", text)
    if "number" in text or "номер" in text or "no" in text:
        # "where was number seven held", "форум номер семь", "№7" (NFKC: "no7"): the 7th.
        text = _NUMBER_N.sub(_nth, text)
    if "going" in text and "keep" in text:
        # "what keeps cooperation going": what develops it (not "keep" as preserve; "does it
        # keep going" asks whether it goes on)
        text = _KEEP_GOING.sub(r"develops \1", text)
    if "with no " in text or "with zero " in text:
        # "a solo cellist with zero ministry connections": without the ministry
        text = _WITH_NO.sub("without", text)
    if "the us" in text:
        text = _THE_US.sub("the usa", text)  # "visas to the us": the country, not "us"
    if "asia" in text or "ази" in text or "caucas" in text or "кавказ" in text:
        # A region of the former Soviet space is its countries, each of which the chapter
        # names ("МКСХ: кто из Средней Азии"); Asia alone is far from the Compendium's Europe.
        text = _CENTRAL_ASIA.sub(" kazakhstan kyrgyzstan tajikistan turkmenistan uzbekistan ", text)
        text = _SOUTH_CAUCASUS.sub(" armenia azerbaijan georgia ", text)
    return text


# Capitals of the former Soviet space and the Baltics, each with its country, as the
# preposition before it leaves them: "from yerevan", "из еревана", "в ереване".
_CAPITAL_COUNTRIES = {
    "yerevan": "armenia",
    "еревана": "армении",
    "ереване": "армении",
    "baku": "azerbaijan",
    "баку": "азербайджана",
    "tbilisi": "georgia",
    "тбилиси": "грузии",
    "astana": "kazakhstan",
    "almaty": "kazakhstan",
    "астаны": "казахстана",
    "астане": "казахстане",
    "алматы": "казахстана",
    "tashkent": "uzbekistan",
    "ташкента": "узбекистана",
    "ташкенте": "узбекистане",
    "bishkek": "kyrgyzstan",
    "бишкека": "киргизии",
    "бишкеке": "киргизии",
    "dushanbe": "tajikistan",
    "душанбе": "таджикистана",
    "chisinau": "moldova",
    "kishinev": "moldova",
    "кишинева": "молдовы",
    "кишиневе": "молдове",
    "minsk": "belarus",
    "минска": "беларуси",
    "минске": "беларуси",
    "riga": "latvia",
    "риги": "латвии",
    "риге": "латвии",
    "vilnius": "lithuania",
    "вильнюса": "литвы",
    "вильнюсе": "литве",
    "tallinn": "estonia",
    "tallin": "estonia",
    "таллина": "эстонии",
    "таллинна": "эстонии",
    "таллине": "эстонии",
    "таллинне": "эстонии",
}
_FROM_CAPITAL = re.compile(
    rf"\b(from|in|из|в)\s+({'|'.join(sorted(_CAPITAL_COUNTRIES, key=len, reverse=True))})\b"
)
# The user's own union and whether it belongs: "our union", "are we members", "наш союз",
# "мы входим" (not "our orchestra in Baku wants to know how Russia's orchestras tour").
_OUR = re.compile(r"\b(?:our|we|наш\w*|мы)\b")
_BELONGING = re.compile(
    r"\b(?:unions?|confederation|members?|membership|союз\w*|конфедерац\w*|член\w*|вход\w*)\b"
)
_BOLSHOI = re.compile(r"\bбольш(?:ой|ого|ому|им|ом)\s+театр(?:а|у|ом|е)?\b")
_UNION_REPUBLICS = re.compile(r"\bсоюзн\w*\s+(республик\w*)")
_THE_US = re.compile(r"\bthe us\b")
_WITH_NO = re.compile(r"\bwith (?:no|zero)\b")
_KEEP_GOING = re.compile(r"\bkeep(?:s|ing)?\s+((?:[^\W\d_]+\s+){1,3}?)going\b")
# Words of doing something together, without which "moscow and minsk" stay two towns.
_JOINT = re.compile(r"joint|together|co-?produc|initiat|idea|вмест|совместн|затея|иници|придум")
_TWO_CAPITALS = re.compile(
    r"\b(?:(?P<en>moscow\s+(?:and|&|\+|(?:\w+\s+){0,3}?with)\s+minsk"
    r"|minsk\s+(?:and|&|\+|(?:\w+\s+){0,3}?with)\s+moscow)"
    r"|(?P<ru>москв[аыеу]\s+(?:и|\+|(?:\w+\s+){0,3}?с)\s+минск(?:[аеу]|ом)?"
    r"|минск[аеу]?\s+(?:и|\+|(?:\w+\s+){0,3}?с)\s+москв(?:[аыеу]|ой)))\b"
)


def _two_countries(match: re.Match[str]) -> str:
    return " russia and belarus " if match["en"] else " россии и белоруссии "


_GOVERNMENT_IN_MOSCOW = re.compile(
    r"\b(government|ministry|authorities|officials|state)\s+in\s+moscow\b"
)
_MOSCOWS_POSITION = re.compile(
    r"\bmoscow[’']?s\s+(?=(?:position|stance|view|line|policy|attitude|approach)\b)"
)
# (Looked for as parts of the text: a word may end in punctuation, "the chapter's theme?".)
_TOPIC_WORDS = ("topic", "theme", "focus", "subject", "тем", "tem")
# The words for a topic, as regular-expression alternatives ("subject" only beside the chapter).
_TOPIC_NAMES = r"topic|theme|focus|тема|темы|тему|темой|tema|temy"
_CHAPTER_TOPIC = re.compile(
    rf"\b(?:{_TOPIC_NAMES}|subject)\s+"
    r"(?:(?:of|у|the|this|этой|данной|этого|etoi|dannoi)\s+){0,2}"
    r"(?P<chapter>chapter|text|section|главы|текста|раздела|glavy|teksta|razdela)\b"
    r"|\b(?P<chapter2>chapters?|texts?|sections?)\s+(?:topic|theme|focus|subject)\b"
)


_CHAPTER_WORD = re.compile(r"\b(?:chapter|section|глав[аеуы]|раздел[аеу]?|glava|glavy)\b")
_FORUM_WORD = re.compile(r"forum|форум|ashgabat|ашхабад")
_TOPIC_WORD = re.compile(rf"\b(?:{_TOPIC_NAMES})\b")


def _nth(match: re.Match[str]) -> str:
    number = match[1] or match[2]
    return f" {_CARDINALS.get(number, number)}th "


_CENTRAL_ASIA = re.compile(r"\b(?:central\s+asia(?:ns?)?|(?:средн|центральн)\w*\s+ази\w*)\b")
# (Not the North Caucasus, which is in Russia.)
_SOUTH_CAUCASUS = re.compile(
    r"\b(?:south(?:ern)?\s+caucas\w*|transcaucas\w*|закавказ\w*|южн\w*\s+кавказ\w*)"
)


# "what types of cooperation are there": the chapter's "forms of co-operation". (Elsewhere
# "kind", "type" and "sort" are function words: "what kind of festival is it".)
_KINDS_OF_COOPERATION = re.compile(
    r"\b(?:kinds?|types?|sorts?)\s+of\s+(?=(?:\w+\s+){0,2}?"
    r"(?:cooperation|collaboration|partnerships?|exchanges?)\b)"
)


# Years as dictation writes them: "two thousand six", "twenty twelve", "две тысячи шестого".
_EN_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_RU_UNITS = ["три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"]
# Numbers from three to ten by name ("number seven", "номер семь"), the English ones as
# dictation writes years with them.
_CARDINALS = {
    **{word: str(number) for number, word in enumerate(_EN_UNITS[:11]) if number >= 3},
    **{word: str(number) for number, word in enumerate(_RU_UNITS, start=3)},
}
# (Not "number one", "номер один": "the number one festival".)
_NUMBER_N = re.compile(
    r"(?:\bnumber|\bномер)\s*(" + "|".join(_CARDINALS) + r"|[3-9]|1[0-9])\b"
    r"|\bno\.?\s?([3-9]|1[0-9])\b"
)
_EN_YEAR = re.compile(
    r"\b(?:two thousand(?: and)?(?: (" + "|".join(_EN_UNITS[1:]) + r"))?"
    r"|twenty (" + "|".join(_EN_UNITS[10:]) + r"))\b"
)
# Russian ordinal stems (a year is read as an ordinal: "в две тысячи шестом году").
_RU_ORDINAL_STEMS = [
    "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
    "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
]  # fmt: skip
# (Dictation may write "двухтысячи" as one word.)
_RU_YEAR = re.compile(r"\bдв(?:е|ух) ?тысяч[аиеу]?\w* (" + "|".join(_RU_ORDINAL_STEMS) + r")\w*")
_SPELLED_OUT = re.compile(r"\b(?:[a-zа-я] ){3,}[a-zа-я]\b")  # four letters or more: not "r u a bot"


def _spoken_years(text: str) -> str:
    def english(match: re.Match[str]) -> str:
        unit, teen = match.group(1), match.group(2)
        if teen is not None:
            return str(2000 + _EN_UNITS.index(teen))
        return str(2000 + (_EN_UNITS.index(unit) if unit else 0))

    def russian(match: re.Match[str]) -> str:
        return str(2001 + _RU_ORDINAL_STEMS.index(match.group(1)))

    return _RU_YEAR.sub(russian, _EN_YEAR.sub(english, text))


def tokenize(text: str) -> list[str]:
    """Words and numbers of ``text`` after :func:`normalize`."""
    return list(_tokens(text))


# One question is tokenised by the junk check, the small-talk check and the matcher in turn:
# the last few texts are kept.
@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[str, ...]:
    text = normalize(text)
    if _DIGIT.search(text):
        text = _ORDINAL.sub(r"\1", text)
        # "11.04.2013", "11/04/2013": the date as the chapter writes it, "11-04-2013"
        text = _DATE_SEPARATORS.sub(r"\1-\2-\3", text)
    return tuple(_fix_script(token) for token in _TOKEN.findall(text))


def _ordinal_forms() -> dict[str, str]:
    """Ordinal words and the number they name: "the sixth forum", "шестой форум" (every case)
    ask about the 6th as "6th" does. "first" and "second" are left out: "in the first place",
    "a second question"."""
    forms = {
        word: str(number)
        for number, word in enumerate(
            ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], start=3
        )
    }
    endings = ("ой", "ый", "ий", "ого", "ом", "ому", "ым", "ая", "ую", "ое", "ые", "ых", "ыми")
    stems = ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят")
    for number, stem in enumerate(stems, start=1):
        forms.update((stem + ending, str(number)) for ending in endings)
    for ending in ("ий", "ьего", "ьем", "ьему", "ьим", "ья", "ью", "ье", "ьи", "ьих"):
        forms["трет" + ending] = "3"
    return forms


ORDINAL_WORDS = _ordinal_forms()


@lru_cache(maxsize=65536)
def _fix_script(token: str) -> str:
    """A mostly Cyrillic word with a stray Latin look-alike letter becomes all Cyrillic."""
    if _LATIN.search(token) and _CYRILLIC.search(token):
        cyrillic = len(_CYRILLIC.findall(token))
        if cyrillic >= len(_LATIN.findall(token)):
            return token.translate(_HOMOGLYPHS_TO_CYRILLIC)
    return token


def is_cyrillic(token: str) -> bool:
    return bool(_CYRILLIC.search(token))


# What each key of the US layout types on the Russian ЙЦУКЕН one. A message typed with the wrong
# layout on reads "ghbdtn" for "привет" and "xnj nfrjt vauc" for "что такое мфгс"; the keys of
# "," "." ";" "'" "[" "]" "`" are letters there (",fpfh" is "базар"). Keys that type punctuation
# on both layouts are left as typed: "?" stays a question mark.
_RUSSIAN_LAYOUT = str.maketrans(
    "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~",
    "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ",
)


def on_russian_layout(text: str) -> str:
    """``text`` as the same keys type it on the Russian layout ("ghbdtn" → "привет")."""
    return text.translate(_RUSSIAN_LAYOUT)


# The other way: English typed with the keyboard on the Russian layout ("ашкгь" for "forum").
_ENGLISH_LAYOUT = str.maketrans(
    "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ",
    "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~",
)


def on_english_layout(text: str) -> str:
    """``text`` as the same keys type it on the US layout ("ашкгь" → "forum")."""
    return text.translate(_ENGLISH_LAYOUT)


def is_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """The Snowball stem of a normalised token, in the stemmer of its script."""
    if token[0].isdigit():
        return token
    if is_cyrillic(token):
        stemmed = _RUSSIAN_STEMS.get(token) or _RUSSIAN.stemWord(token)
        return _RUSSIAN_STEM_FAMILIES.get(stemmed, stemmed)
    return _ENGLISH.stemWord(token)


# A noun typed without its soft sign, whose ending the Russian stemmer takes for a verb's past
# tense ("фестивал" as if "-л" of "делал"): stemmed as "фестиваль" is. ("фестивали" stays
# apart: the forms of co-operation list "фестивали", and questions asking which festivals are
# better answered by that list than by one festival.)
_RUSSIAN_STEMS = {"фестивал": "фестивал"}
# A verb and its noun, one term as in English ("tour", "tours", "touring"): "гастролируют",
# "гастролировать" and "гастроли" are one.
_RUSSIAN_STEM_FAMILIES = {"гастролир": "гастрол", "гастролирова": "гастрол"}


@lru_cache(maxsize=65536)
def term_of(token: str) -> str:
    """The matching term of a token: its stem's phonetic key, one for СНГ and SNG alike."""
    return latin_key(stem(token))


@lru_cache(maxsize=65536)
def latin_key(token: str) -> str:
    """A phonetic skeleton in Latin letters: the same for most spellings of one word."""
    if token.isdigit():
        return token  # a number is spelt one way: 2006 is not 206, nor 2011 2001
    text = token.translate(_CYRILLIC_TO_LATIN_TABLE)
    for variant, replacement in _LATIN_VARIANTS:
        if variant in text:
            text = text.replace(variant, replacement)
    return _DOUBLE_LETTER.sub(r"\1", text)


# Latin spellings of Russian sounds, longest first: "molodezhnyi" → "молодезхный" would be wrong.
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("iu", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("ia", "я"),
    ("yo", "е"),
    ("jo", "е"),
    ("ye", "е"),
    ("yi", "ый"),
    ("iy", "ий"),
    ("ii", "ий"),
    ("y", "ы"),
    ("j", "й"),
    ("a", "а"),
    ("b", "б"),
    ("c", "ц"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "в"),
    ("x", "кс"),
    ("z", "з"),
)
_LATIN_SOUND = re.compile("|".join(latin for latin, _ in _LATIN_TO_CYRILLIC))
_LATIN_SOUNDS = dict(_LATIN_TO_CYRILLIC)


# Russian words whose usual Latin spelling the letter rules above get wrong ("eto" is "это").
_RUSSIAN_SPELLINGS = {
    "eto": "это",
    "etot": "этот",
    "eta": "эта",
    "etu": "эту",
    "eti": "эти",
    "etom": "этом",
    "etoy": "этой",
    "etoi": "этой",
    "etogo": "этого",
    "etih": "этих",
    "etim": "этим",
    "voobshe": "вообще",
    "eshe": "еще",
    "esche": "еще",
    "obshe": "обще",
}
_IY_VOWEL = re.compile("ий([аеу])")
_SHORT_I_ENDINGS = frozenset(("ои", "еи", "аи", "уи"))
_Y_AFTER_VOWEL = re.compile("([аеоуэюя])ы")
_IY_SOUNDS = {"а": "я", "е": "е", "у": "ю"}


@lru_cache(maxsize=65536)
def russian_spelling(token: str) -> str | None:
    """A Latin-letter word as the Russian word it most likely transliterates: "eto" → "это",
    "konfederaciya" → "конфедерация" (where :func:`cyrillic_spelling` spells each sound)."""
    spelt = _RUSSIAN_SPELLINGS.get(token)
    if spelt is not None:
        return spelt
    cyrillic = cyrillic_spelling(token)
    if cyrillic is None or cyrillic in _LISTED_RUSSIAN:
        return cyrillic
    if len(token) > 1 and (listed := _listed_russian_by_key().get(latin_key(token))):
        return listed
    if cyrillic[-2:] in _SHORT_I_ENDINGS:
        cyrillic = cyrillic[:-1] + "й"  # "pribaltikoi": "прибалтикой"
    if "ы" in cyrillic[1:]:
        cyrillic = _Y_AFTER_VOWEL.sub(r"\1й", cyrillic)  # "latviey": "латвией"
    if cyrillic.endswith("ця") and len(cyrillic) > 4:
        # "nazyvaetsya", "dobitsya": "называется", "добиться"
        cyrillic = cyrillic[:-2] + ("тся" if cyrillic[-3] == "е" else "ться")
    if "ий" not in cyrillic[1:-1]:
        return cyrillic
    return _IY_VOWEL.sub(lambda match: "и" + _IY_SOUNDS[match.group(1)], cyrillic)


@lru_cache(maxsize=65536)
def russian_term_of(token: str) -> str | None:
    """For a word in Latin letters, the term of the Russian word it may transliterate.

    "riskuyut" → рискуют → stem риск; "molodezhnyi" → молодежный → stem молодежн. Russian
    stemming finds the word's base, which the English stemmer cannot for a Russian ending.
    """
    cyrillic = cyrillic_spelling(token)
    return None if cyrillic is None else latin_key(_RUSSIAN.stemWord(cyrillic))


@lru_cache(maxsize=65536)
def cyrillic_spelling(token: str) -> str | None:
    """A Latin-letter word spelt in Cyrillic, as if it were transliterated Russian."""
    if is_cyrillic(token) or not token.isalpha() or not token.isascii():
        return None
    return _LATIN_SOUND.sub(lambda match: _LATIN_SOUNDS[match.group(0)], token)


# --- closed word lists ------------------------------------------------------------------------


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    listed = frozenset(text.replace("ё", "е").split())
    _LISTED_RUSSIAN.update(word for word in listed if is_cyrillic(word))
    return listed


# Every Russian word of the word lists (here, in the matcher and in small talk), so that Russian
# typed in Latin letters is read as the listed word it spells ("skolko" as "сколько", with the
# soft sign its Latin spelling drops).
_LISTED_RUSSIAN: set[str] = set()


@lru_cache(maxsize=1)
def _listed_russian_by_key() -> dict[str, str]:
    # (Built on first use, once every module has made its lists; shorter words first, so that
    # the longest listed word of a key is the one kept.)
    return {latin_key(word): word for word in sorted(_LISTED_RUSSIAN, key=len)}


# Words that say nothing about what is asked: articles, pronouns, auxiliaries, and the filler of
# a typed question ("tell me", "please", "can you"), and of a dictated one ("question mark",
# "вопросительный знак", "знак вопроса"). Matching ignores them.
STOPWORDS_EN = words(
    """
    a an the this that these those there here it its it's is are was were be been being am do
    does did done doing have has had having will would shall should can could may might must
    i me my mine we us our you your yours u ur he him his she her they them their one ones
    of in on at to for from by with about into onto over under as than then so such near
    and or but nor if also too very just only really actually any some all every each other
    more most much many lot lots anything something everything nothing
    roughly approximately approx
    what which who whom whose when where why how whats wat wht hw
    whos wheres whens whys hows
    please pls plz tell say said know known let lets give show explain describe describing
    info information detail details question questions answer answers thing things stuff
    hi hey hello ok okay well yes no not now again ever even
    mention mentioned mentions mentioning according
    mean means meant kind kinds sort sorts type types way ways
    get got gets getting go goes going gone make makes made like
    happen happens happened happening actually currently
    usually typically normally generally
    people person persons folks crowd anyone anybody someone somebody everyone everybody
    basically whether clarify confirm wondering wonder curious guess suppose supposed
    dont doesnt didnt isnt arent wasnt werent cant wont im ive youre thats theres
    nah yeah yep lol btw anyway anyways ok okay nice cool re
    two both three
    maybe perhaps little tiny level levels already instead keyword keywords north northern
    wen whn wehn wher whre wehre whr hwo wy
    thru inside against true kindly receive receives received receiving else apart besides
    except excluding front among amongst
    think thinks thought believe believed assume assumed assuming always sorry dumb exactly
    context contexts sentence sentences phrase phrases line lines bit exact wording remember
    recall paragraph paragraphs informations says
    quiz fill blank blanks gap gaps false fact facts check checking draft verbatim ths teh
    test tests exam exams
    nobody fit fits alive seeing options asking smaller friend friends zero main
    declared proclaimed overall ultimate mostly mainly largely primarily
    mark
    hte adn answered answering giving chatting
    etc
    """
)
# "когда" and the ways it is mistyped: a function word, and one that asks when.
_RU_WHEN = words("когда кагда када кгда")
STOPWORDS_RU = _RU_WHEN | words(
    """
    собственно сей сия сие фигурирует фигурируют поведай поведайте нынче ж
    принадлежит принадлежала принадлежали
    отдельно отдельным отдельный отдельные отдельными отдельная отдельное отдельной
    а и или но да нет не ни же ли ль бы б вот ведь уж уже еще ещё лишь только даже вообще тогда
    в во на к ко с со о об обо от до по за из изо у при про для над под перед через между
    я мы ты вы он она оно они меня мне мной нас нам нами тебя тебе тобой вас вам вами его ему
    им ним ними него нему нем ней нее её ее их них ими
    мой моя мое моё мои твой твоя твое твои ваш ваша ваше ваши наш наша наше наши свой своя свое
    свои
    это этот эта эти этого этой этих этому этим тот та то те того той тех тем там тут здесь
    кто кого кому кем ком что чего чему чем чём какой какая какое какие какого каком какую каких
    каким какими каков какова каково каковы который которая которое которые
    какому которого которой которому которым которых которую котором чьему
    где куда почему зачем как сколько чей чья чье чьё чьи чьей чьим чьих
    есть был была было были быть будет будут является являются являлся
    упоминается упоминаются упомянут упомянуты говорится сказано написано
    упоминание упоминания упоминаний упоминании
    хто що це чи скильки який яка яке яки якого якои
    можно можешь можете сможешь сможете нужно надо ли пожалуйста плиз пж скажи скажите
    расскажи расскажите подскажи
    подскажите объясни объясните покажи покажите знаешь знаете хочу хотел хотела интересно
    подскажете будьте будь любезны любезен любезна поясните поясни проверяю проверка честно
    говоря anywhere somewhere wait homework hw домашка назовите назови перечислите перечисли nazovi
    домашку домашкой домашке домашки домашнее домашним задание задания заданием заданию
    тест теста тесту тестом тесте тесты тестов экзамен экзамена экзамену экзамене экзаменом
    контрольная контрольной контрольную зачет зачёт зачета зачёта
    вопросительный знак вопроса
    perechislite
    дайте дай дословно конце конец внизу вверху bottom
    выкручиваются выкручиваться справляются тексте
    информация инфо информацию вопрос ответ такое такой такая такие это всё все весь вся
    там тоже также так очень просто типа вообще ну ладно сейчас теперь туда сюда оттуда
    обычно как правило
    люди людей людям людьми людях люд изза человек нибудь либо кое
    отсюда правда кроме помимо
    если думаю думал думала думали кажется считаю считал считала полагаю помню припоминаю
    несколько никакой никакого ребята спор
    успел успела успели успело
    ставит ставят
    поступают поступает среди никто понять всегда подруга подруги друг друга
    поправьте поправь ошибаюсь помоему сравните направление спрашиваю продюсер
    путаю путаешь перепутал перепутала перепутали напутал напутала
    работают работает работать работал работали
    разных разные разного разными попасть всякое всякие всякого всяких том правильно
    строится строятся налажено налажена боком севере юге
    самой самого самому самом самая самое самые самых самым самыми
    рода роду образом осуществляется осуществляются осуществляет осуществляют осуществлять
    сведения сведений приведите приведи пример примера примеры
    значит означает означают значат контекст контексте контекста фраза фразу фразе фразы
    предложение предложении предложения применительно перевод переводе помнится
    процитируйте процитируй процитировать абзац абзаце абзаца происходит происходят
    напиши напишите цитату цитатку инфа инфу инфы
    че чо што що шта щас ваще прав правы
    пропуск пропуски пропуска пропуске заполните заполни вставьте вставь викторина викторины
    викторину
    эту этом тому ту теми
    хочу хочет хотят хотим хотите хотел хотела хотели
    слушай слушайте короче кстати блин вот штука считается заодно вроде
    сделать делать сделал сделали делается идет идут шло шла делал делала делали
    заявленная заявленной заявленную заявленные заявленных
    никуда
    два две оба обе потом затем скока скоко скок занимается занимаются
    будьте любезны добры интересует интересуют интересно любопытно хотелось хочется узнать
    знать уточнить могли подсказать извините простите прошу благодарна благодарен заранее
    глянь гляньте делает делают чтобы чтоб нашим нашего нашей нашему нашими наших нашу
    счету
    предпринимает предпринимают предпринимали предприняло предприняли предпринять отношении
    число числе
    """
)
# How a polite message frames its question ("I would be grateful if you could inform me…",
# "Будьте добры, подскажите…", "Меня интересует…"): no part of what it asks.
_POLITE_FRAMING_EN = words(
    "interested grateful inform advise wondering curious kindly appreciate knowing learn"
)
# "what purpose do they serve", "for what serve the forums": the purpose asks, not the verb.
_SERVE = words("serve serves served")
# "the actual situation": the current one, in the English of many who learnt it second.
_NOW = words("actual current")
# A group chat's asides: "guys look 👀 @bot which confederation…", "masha smotri :) bot, …".
_ASIDES = words(
    "guys look smotri glyan "
    # "ребят, а чем занимается мфгс", "hi chapterbot": the group, or the bot by its name
    "ребят ребята rebyat rebyata chapterbot всем "
    # greetings inside a question: "всем привет) какой проект…"
    "привет здравствуйте здрасте здрасьте"
)
# An official request's framing ("Охарактеризуйте деятельность конфедерации", "характер
# взаимодействия…", "источник представленной информации"): what it asks about follows.
_OFFICIAL_FRAMING = words(
    "охарактеризуйте охарактеризуй опишите опиши укажите укажи указать "
    "деятельность деятельности деятельностью "
    "характер характера представленной представленная представленные"
)
# A request for a summary asks for the facts themselves: "кратко: что там про визы",
# "ifescco summary", "quick rundown of everything on the youth orchestra".
_SUMMARY_FRAMING = words(
    "summary summaries summarize summarise sum rundown overview brief briefly quick short "
    "кратко вкратце коротко резюме резюмируй суммируй обзор словах outline nutshell "
    # "give me the gist of this text", "суть главы"
    "gist tldr суть сути "
    # "перескажи про славянский базар": retell it
    "перескажи перескажите пересказать пересказ pereskazhi kratko vkratce korotko slovah "
    # "какой раздел компендиума ты пересказываешь": the one it retells
    "пересказываешь пересказываете пересказывает retell retells retelling "
    "summarising summarizing summarised summarized"
)
# Chat shorthand and spoken fillers that ask nothing: "did it ever work out tho", "what are
# they even for idk", "ээ ммм".
_CHAT_FILLERS = words(
    "tho though idk imo imho tbh ngl rn lmao omg pliz ppl evn abt smth sth smthng "
    "чё шо короч плз пж "
    "ээ эээ мм ммм хм "
    # dictated by voice: "so the artists confederation who's in it oh and…", "um what about…"
    "um umm uh uhh hmm hm erm oh ah ой"
)
# Spoken Russian spelt as it sounds, and how older people address the bot: "ета конфедерация",
# "ихний оркестр", "скажи милок", "чтоли".
_VERNACULAR = words(
    "ета ети ето ету ете етой етом етих етими етот етого етому етим "
    "ихний ихнее ихняя ихние ихнего ихнему ихних ихним ихней "
    "чтоли штоли шоли чтото чото чето шото чонибудь чтонибудь небось милок милочка голубчик "
    "сынок дочка деточка внучек внучка"
)
# What the asker needs the answer for, and how much of it: "for my essay i need a quote
# saying…", "расскажи подробнее про этот оркестр". The chapter mentions neither.
_STUDY_FRAMING = words(
    "essay essays coursework assignment thesis dissertation saying diploma diplom presentation "
    "презентации презентацию презентация "
    "реферат реферата реферате эссе сочинение сочинения диплом диплома дипломной дипломную "
    "подробнее поподробнее подробно детальнее детально"
    # "о какой стране речь", "о чём речь идёт"
    " речь"
    # "мне нужно указать дату в библиографии"
    " библиографии библиография библиографию bibliography"
    # "пишу заметку: о чем шла речь на форуме…"
    " заметку заметки заметка"
    # "… forms, for a lit review"
    " lit review reviews"
    # "научрук спросил, добилась ли Россия отмены виз…": who asked the asker
    " научрук научрука научруку спросил спросила supervisor"
)
# Venting around a question asks nothing: "опять эти визы, хоть кто-то этим занимается?!",
# "lol so the ministry decides who tours? typical".
_VENTING = words(
    "typical seriously honestly ugh sigh smh wtf damn bloody "
    "опять снова хоть вечно капец жесть ужас достали задолбали надоело надоели"
)
# Asking for it simply, for a child or a class: "объясни простыми словами", "my son asks…",
# "need examples for a worksheet".
_SIMPLY_FRAMING = words(
    "plain simple simply simpler child children son asks worksheet lesson pupils example "
    "examples простыми простым ребенку ребенок ребенка детям дети сын сыну ученикам школьникам"
)
# Asking what an abbreviation stands for ("как расшифровывается МФГС", "what does the acronym
# IFESCCO mean"): the name a fact gives in full, if it gives one (the matcher's business).
ABBREVIATION_WORDS = words(
    "abbreviation abbreviations acronym acronyms abbr аббревиатура аббревиатуры аббревиатуру "
    "расшифровывается расшифровываются расшифровка расшифровку расшифруй расшифруйте "
    "расшифровать расшифровано расшифрован полное полного название названия "
    "rasshifrovka rasshifrovku rasshifrovyvaetsya rasshifrovivaetsya abbreviatura"
)
STOPWORDS = (
    STOPWORDS_EN
    | STOPWORDS_RU
    | _POLITE_FRAMING_EN
    | _SERVE
    | _NOW
    | _ASIDES
    | _CHAT_FILLERS
    | _VERNACULAR
    | _OFFICIAL_FRAMING
    | _SUMMARY_FRAMING
    | _STUDY_FRAMING
    | _VENTING
    | _SIMPLY_FRAMING
)

# "the forum after ashgabat", "форум после ашхабада": the next forum.
_AFTER = words("after после")
FORUM_WORDS = words("forum forums форум форума форуме форумом форумы")
# What a question asks for. A fact that none of whose curated phrasings asks the same kind of
# thing ("who won…" against a fact about what a festival is) is a weaker match.
_PAGE_WORDS = words("page pages страница странице страницу страницы страниц")
# Asking for the bot's own view (a judgement, which the chapter never makes): "по-вашему, это
# работает?", "…, in your view?" (see asks_an_opinion).
_OPINION_WORDS = words("повашему потвоему")
_OPINION_PAIRS = frozenset(
    {("your", "view"), ("your", "opinion"), ("твоему", "мнению"), ("вашему", "мнению")}
)
QUESTION_KINDS: dict[str, frozenset[str]] = {
    "who": words(
        "who whom whose whos кто кого кому кем чей чья чье чьё чьи чьей чьим чьих "
        "хто"  # Ukrainian, in messages that mix it with Russian
        # "vitebsk organisers", "организаторы витебска": who they are
        " organisers organizers организаторы организаторов"
    ),
    # ("dates": "vitebsk festival dates"; "date" alone is also "the date of the chapter".)
    "when": words("when whens wen whn wehn dates даты") | _RU_WHEN,
    "where": words("where wheres wher whre wehre whr где куда location locations"),
    "quantity": words(
        "сколько скольки скольких скольким сколькими скока скоко скок почем почём size sizes "
        "размер размеры "
        "fee fees cost costs price prices стоимость цена "
        "численность budget budgets бюджет бюджета бюджете бюджеты hundred hundreds thousand "
        "thousands сотни сотен тысяча тысячи тысяч bigger larger крупнее "
        "сто ста двести двухсот триста трехсот пятьсот пятисот "  # "около ста музыкантов"
        "half половина половины половину percent percents percentage процент процента процентов "
        "ticket tickets билет билеты билета билетов"  # what a ticket costs, where to get one
    ),
    "why": words(
        "why whys почему зачем aims aim goals goal purpose purposes цели цель целью целей "
        "reason reasons"  # "for what reason…", "what's the reason for…"
    ),
    # A request to name or list things: only a fact that lists some can answer it ("name" as a
    # noun — "what is the name of the festival" — is left out, see :func:`question_kinds`).
    "names": words(
        "name names list enumerate назови назовите перечисли перечислите названия названий "
        "called называются называется"
    ),
    # A definition asked for as such: the chapter defines none of its terms.
    "definition": words("define definition definitions определение определения определи"),
    # A page number: the chapter is a web page, it has none.
    "page": _PAGE_WORDS,
    # A website or a link: the chapter gives none (its links were stripped from the page).
    "website": words(
        "website websites site url urls homepage сайт сайта сайте сайты сайтов "
        # or any other way to get in touch, or where a body sits ("where is IFESCCO HQ")
        "email emails phone телефон почта почту headquarters hq"
    ),
    # Broadcast on television or online: the chapter never says whether anything is.
    "broadcast": words(
        "broadcast broadcasts broadcasted televised televise livestream livestreamed "
        "телевизору телевидению телевидении трансляция трансляцию трансляции транслируют "
        "транслируется транслировали"
    ),
    # Who won: the chapter names no winner, prize or laureate.
    # What was played: the chapter says where the youth orchestra performed, never what.
    "repertoire": words(
        # (Not "composers": "союз композиторов" is a union.)
        "repertoire repertory pieces setlist репертуар репертуаре репертуара произведения "
        "произведений"
    ),
    "winner": words(
        "won win wins winner winners выиграл выиграла выиграли победил победила победили "
        "победитель победители победителем победителей победителя лауреат лауреаты лауреатом "
        "гран гранпри prix достался досталась достались"  # "гран-при" is two tokens
    ),
    # People by name: the chapter names no one.
    "person": words(
        "surname surnames фамилия фамилии фамилию фамилиями "
        # Who conducts: the chapter names no conductor ("by whom is the orchestra conducted",
        # "а дирижирует им кто", "is gergiev the conductor").
        "conductor conductors conducted conducts conducting дирижер дирижера дирижером "
        "дирижирует дирижировал дирижируют "
        # Who wrote the chapter: the page names no author ("who is the author", "кто автор
        # этой главы"). (Not "wrote": "when was it written", "anna wrote: …".)
        "author authors authored автор автора авторы автором "
        # Who leads a body: the chapter names no one ("конфедерацию возглавляет Михалков?").
        "возглавляет возглавляют возглавлял возглавляла возглавляли headed"
    ),
    # Leaving a body: the chapter (2013) lists members, it never says who left.
    "change": words("withdrew withdraw withdrawn quit исключили исключена исключен"),
    # How to join or apply for something: the chapter describes, it never gives a procedure.
    "procedure": words(
        "criteria criterion критерии критериям критериев критерий measured measure "
        "measurement измеряется измеряют "
        "join apply applying application applications enrol enroll enrolment enrollment "
        "register registration audition auditions вступить вступают вступает вступления "
        "попасть записаться заявку заявка заявки зарегистрироваться регистрация прослушивание "
        "прослушивания оформить оформлять оформляется оформление оформления "
        "online онлайн obtain obtaining получить select selects selection отбирает "
        "отбирают отбор отбора отбираются отбирали"
    ),
    # What comes next: the chapter (2013) describes what was and is, never a future event.
    "future": words(
        "next upcoming future следующий следующая следующее следующем следующего следующие "
        "следующую следующих предстоящий предстоящая предстоящие предстоящем будущий будущая "
        "будущем будущие будущего "
        # a future tense: "будет ли форум интеллигенции в 2014 году и где?"
        "будет будут"
    ),
    # What came of something: the chapter gives one outcome (the visa lobbying's), no forum's
    # resolutions or festival's results.
    "outcome": words(
        "result results outcome outcomes resolution resolutions declaration declarations "
        "communique декларация декларацию декларации декларацией коммюнике "
        "decide decides decided decision "
        "decisions achieved achievements итог итоги итогам итогом итогов итоге результат "
        "результаты результатов результате результатом решили решено решения резолюция резолюции "
        "кончилось закончилось кончилась закончилась "
        "достижения достижений успехи успехов "  # "какие успехи принёс форум"
        # whether it worked: "лоббирует снятие виз — успешно или нет?"
        "успешно успешна успешен успешны успешным успешной"
    ),
    # Who pays: the chapter says the state supports direct co-operation, never who pays for
    # what or with how much.
    "funding": words(
        # ("pay off" is success; "fund" is IFESCCO's own name in many a translation)
        "funded funding funder funders finance finances financed financing sponsor sponsors "
        "sponsored sponsoring платит платят платил платили "
        "оплачивает оплачивают оплачивал оплачивали финансирует финансируют финансировал "
        "финансировали финансирование финансирования спонсирует спонсируют спонсор спонсоры"
    ),
    # A request for advice: the chapter describes, it never recommends.
    "advice": words(
        "recommend recommendation recommendations advise advice посоветуй посоветуйте "
        "порекомендуй порекомендуйте посоветовать порекомендовать "
        "норм"  # "славянский базар норм фестиваль?": is it any good
    )
    | _OPINION_WORDS,
}
_KIND_OF_WORD = {word: kind for kind, kind_words in QUESTION_KINDS.items() for word in kind_words}
# Question openings whose second word belongs to the question, not to what it asks about.
_OPENING_PHRASES = frozenset({("что", "дают"), ("что", "дает")})
# Done away with (visas): "уже отменили", "already lifted".
_DONE_AWAY = words(
    "отменил отменили отменила отменены отменена отменен сняли сняты lifted abolished dropped "
    "removed scrapped cancelled canceled"
)
# Two-word question openings of the same kinds.
QUESTION_PHRASES: dict[tuple[str, str], str] = {
    ("how", "much"): "quantity",
    ("how", "many"): "quantity",
    ("how", "big"): "quantity",
    ("how", "large"): "quantity",
    ("имя", "чего"): "why",  # "во имя чего затевались форумы": what for
    ("сделать", "визу"): "procedure",  # "как сделать визу в шенген самому": how to get one
    ("сделать", "визы"): "procedure",
    ("what", "share"): "quantity",  # "what share of artists tour independently"
    ("what", "proportion"): "quantity",
    # "did the strategy change anything": what came of it
    ("change", "anything"): "outcome",
    ("changed", "anything"): "outcome",
    # "what agreements were signed at the 7th forum": what a meeting produced, which the
    # chapter never says ("signed with latvia" is the artists' agreements).
    ("signed", "at"): "outcome",
    ("подписали", "на"): "outcome",
    ("подписано", "на"): "outcome",
    ("подписаны", "на"): "outcome",
    ("подписан", "на"): "outcome",
    ("what", "year"): "when",
    ("which", "year"): "when",
    ("what", "yr"): "when",  # as typed fast: "what yr was it founded"
    ("wat", "yr"): "when",
    ("which", "yr"): "when",
    ("what", "yaer"): "when",
    # "who pays for the forums" (but "did it pay off": a success)
    ("pay", "for"): "funding",
    ("pays", "for"): "funding",
    ("paid", "for"): "funding",
    ("какой", "год"): "when",
    ("каком", "году"): "when",
    ("какого", "года"): "when",
    # A duration is answered by a date ("since 2006"), a frequency by "once a year".
    ("how", "long"): "when",
    ("how", "old"): "when",  # an age, or how long ago: answered by a date
    ("сколько", "лет"): "when",
    ("many", "years"): "when",  # "for how many years have the forums been going on"
    ("как", "долго"): "when",
    ("how", "often"): "frequency",
    ("как", "часто"): "frequency",
    ("какой", "периодичностью"): "frequency",
    ("какой", "регулярностью"): "frequency",
    # "the year the vitebsk festival was first held": when it began, which the chapter never says
    ("first", "held"): "founding",
    ("впервые", "прошел"): "founding",
    ("впервые", "провели"): "founding",
    ("сколько", "раз"): "frequency",
    ("what", "for"): "why",
    ("what", "serve"): "why",  # "for what serve the forums" (English as a second language)
    ("point", "of"): "why",  # "what's the point of the cis forums": what they are for
    ("meant", "to"): "why",  # "what are the forums meant to do"
    ("supposed", "to"): "why",
    ("intended", "to"): "why",  # "what are the forums intended to encourage"
    ("для", "чего"): "why",
    ("ради", "чего"): "why",  # "ради чего оно существует"
    # "ЕС визы для артистов уже отменил?", "have the visas already been dropped": whether the
    # lobbying has worked.
    **{(already, done): "outcome" for already in ("уже", "already") for done in _DONE_AWAY},
    ("чем", "полезны"): "why",  # "чем полезны форумы": what good they do, what they are for
    ("чем", "полезен"): "why",
    ("чем", "полезна"): "why",
    # "что дают эти форумы": what they give, what they are for.
    **dict.fromkeys(_OPENING_PHRASES, "why"),
    ("каких", "пор"): "when",  # "с каких пор": since when
    ("какого", "числа"): "when",  # "какого числа": on what day of the month
    ("what", "date"): "when",  # "what date was the concert" ("the date" alone may be the chapter's)
    ("which", "date"): "when",
    ("first", "year"): "when",  # "slavianski bazaar first year": when it began
    ("sign", "up"): "procedure",  # "how do I sign up for the forum"
    ("как", "зовут"): "person",  # "как зовут министра культуры": a name of a person
    ("кто", "лично"): "person",  # "кто лично в правительстве лоббирует…": which person
    ("who", "personally"): "person",
    ("за", "пультом"): "person",  # "кто стоит за пультом у оркестра": its conductor
    ("численный", "состав"): "quantity",  # a headcount
    ("number", "of"): "quantity",  # "give me the number of musicians"
    ("age", "limit"): "quantity",
    ("возрастные", "ограничения"): "quantity",
    ("какое", "число"): "when",
    ("какой", "число"): "when",  # (as a learner writes it)
    # "в какой конфедерации больше членов": a count compared, which the chapter never gives.
    ("больше", "членов"): "quantity",
    ("больше", "участников"): "quantity",
    ("больше", "стран"): "quantity",
    ("more", "members"): "quantity",
    ("more", "countries"): "quantity",
    # "что появилось раньше, X или Y", "which came first": two dates compared.
    ("появилось", "раньше"): "when",
    ("появился", "раньше"): "when",
    ("появились", "раньше"): "when",
    ("came", "first"): "when",
    # "кто лучше, X или Y": a judgement, which the chapter never makes.
    ("кто", "лучше"): "advice",
    ("что", "лучше"): "advice",
    # "это нормально, что артисты всё берут на себя?", "in your opinion": a judgement, which
    # the chapter never makes ("как думаешь, где был форум" is only a polite way to ask).
    # "is the state's support actually effective, in your view?"
    **dict.fromkeys(_OPINION_PAIRS, "advice"),
    ("твое", "мнение"): "advice",
    ("ваше", "мнение"): "advice",
    ("это", "нормально"): "advice",
    ("it", "normal"): "advice",  # "is it normal that artists take all the risks"
    ("fair", "that"): "advice",  # "is it fair that…" (not "is it fair to say that…")
    ("справедливо", "ли"): "advice",
    ("good", "idea"): "advice",
    # "is the bazaar worth going to", "стоит ли ехать на славянский базар": a recommendation.
    ("worth", "going"): "advice",
    ("worth", "visiting"): "advice",
    ("worth", "attending"): "advice",
    ("worth", "it"): "advice",
    ("стоит", "ли"): "advice",
    ("стоит", "туда"): "advice",  # "славянский базар норм фестиваль? стоит туда ехать"
    ("стоит", "ехать"): "advice",
    ("стоит", "поехать"): "advice",
    ("стоит", "съездить"): "advice",
    ("стоит", "сходить"): "advice",
    ("вы", "считаете"): "advice",  # "как вы считаете, правильно ли…": the bot's view
    ("ты", "считаешь"): "advice",
    ("как", "считаешь"): "advice",
    ("как", "считаете"): "advice",
    # "в каком городе прошёл форум": where, asked through the kind of place.
    ("каком", "городе"): "where",
    ("каких", "городах"): "where",
    ("какой", "стране"): "where",
    ("based", "in"): "where",  # "isn't the confederation based in Moscow?"
    ("headquartered", "in"): "where",
    ("idea", "behind"): "why",  # "what's the idea behind the forums"
    # "чего хочет объединение художников снг": what it wants is what it aims at
    ("чего", "хочет"): "why",
    ("чего", "хотят"): "why",
    # "вышла из конфедерации" (left it), not "когда вышла глава" (came out)
    ("вышла", "из"): "change",
    ("вышел", "из"): "change",
    ("вышли", "из"): "change",
}
# Kinds that a fact must really state to answer: a count, a list of names, a person, the
# content of a document, advice, a date or time, how to join or apply, what comes next, why
# something failed.
# Matching the topic is not enough ("how many musicians are in the youth orchestra" against
# the fact that the orchestra exists; "when were the Baltic agreements signed" against the
# fact that they exist, with no date): see STRICT_KIND_PENALTY in the matcher. Making "when"
# strict took one wrong answer off each of three tuning files and cost none of their answers.
STRICT_KINDS = frozenset(
    {
        "quantity",
        "names",
        "person",
        "content",
        "advice",
        "when",
        "procedure",
        "future",
        "present",
        "failure",
        "why-not",
        "outcome",
        "change",
        "founding",
        "winner",
        "repertoire",
        "performers",
        "founder",
        "attendees",
        "membership",
        "body-founder",
        "union-name",
        "website",
        "broadcast",
        "funding",
        "definition",
        "page",
        "complement",
        "opponent",
    }
)
# Kinds asked by a clause's verb ("who *performed*", "who *founded*"), not by a question word
# that a following part without one goes on asking.
VERB_KINDS = frozenset({"performers", "founder"})
# "name" is a request only as a verb: first, or after a polite opening ("can you name…"); not
# after an article or a possessive ("the name of") or in a compound ("big-name theatres").
_BEFORE_NAME_VERB = words("please pls plz can could would you u to me and also just now it")
_NOUN_BEFORE_NAME = words("the a an its whats his her their full official of")
# Who holds an office: "who is the (Russian) *minister* of culture", "кто *директор* МФГС" asks for
# a person, which only a fact naming one answers ("who is behind the festival" asks for a body).
PERSON_ROLES = words(
    """
    minister ministers president chairman chairwoman chair head leader director conductor
    secretary ceo chief boss manager curator rector mayor governor
    министр министра президент председатель председателя руководитель руководит директор
    директора дирижер дирижера секретарь глава главный начальник куратор ректор мэр губернатор
    министром министру президентом председателем руководителем руководителя директором
    дирижером секретарем начальником
    heads chairs presides leads возглавляет возглавлял руководил руководят
    chairmen chairwomen presidents leaders directors conductors secretaries
    председатели председателей руководители руководителей директоров дирижеры дирижеров
    """
)
# What a document says: "what do the agreements *say*", "что говорится в соглашении". The
# chapter's own content ("what does the chapter say about visas") is what every fact is.
_CONTENT_VERBS = words(
    "say says said state states stipulate stipulates contain contains specify specifies "
    "provide provides require requires"
)
_SAY = words("say says said")
_CONTENT_NOUNS = words("terms wording clauses условия содержание текст пункты положения")
THE_CHAPTER = words(
    "chapter chaper source compendium it you u this section article profile text глава главе "
    "источник компендиум ты вы раздел текст"
)
_AUXILIARIES_DO = words("do does did")
# Words before a count that bound it: a question about how many ("more than 500 people").
_COUNT_BOUNDS = words(
    "than over under около свыше более больше менее меньше почти nearly almost approximately"
)
# Months ("may" left out: it is mostly the verb).
_MONTHS = words(
    "january february march april june july august september october november december "
    "январь января январе февраль февраля феврале март марта марте апрель апреля апреле май мая "
    "мае июнь июня июне июль июля июле август августа августе сентябрь сентября сентябре "
    "октябрь октября октябре ноябрь ноября ноябре декабрь декабря декабре"
)
# The words a yes/no question opens with.
YES_NO_OPENINGS = words("is are was were did does do has have had")
_A_YEAR = re.compile(r"(1[89]|20)\d\d")
# Words pointing at the thing after them: "*this* text", "*эта* глава".
THIS_WORDS = words("this этот эта это этом этого этой этих")
_THIS_LATIN = words("eta eto etot etoi etoy etu etom etogo")


# "how to get", "how do I get", "how can we get": asking for a way to obtain something.
_HOW_TO_GET_BETWEEN = words("to do does can could should would i we you one")


def _asks_how_to_get(tokens: list[str]) -> bool:
    """Whether "how" is followed by "get" with only "to", "do I", "can we" … between, or by
    "can get" a few words on ("how musician from kazakhstan can get schengen visa")."""
    for at, token in enumerate(tokens):
        if token != "how":
            continue
        for gap in range(1, 4):
            if at + gap >= len(tokens) or tokens[at + gap] not in _HOW_TO_GET_BETWEEN:
                break
            if (
                at + gap + 1 < len(tokens)
                and tokens[at + gap + 1] == "get"
                # "how do I get *to perform* abroad": how I come to, not how to obtain something
                # (nor "how do I get to Vitebsk")
                and tokens[at + gap + 2 : at + gap + 4] not in _GET_TO_DO
            ):
                return True
        if any(
            tokens[later - 1 : later + 1] in (["can", "get"], ["could", "get"])
            for later in range(at + 2, min(len(tokens), at + 7))
        ):
            return True
    return False


_GET_TO_DO = [
    ["to", verb]
    for verb in ("perform", "play", "tour", "go", "travel", "work", "exhibit", "show", "sing")
]
_I_AM = words("я ya im am")


def _introduces_oneself(tokens: list[str], position: int) -> bool:
    """ "я дирижёр", "ya dirizher", "i'm a conductor": a role the writer has, not one asked."""
    if position > 0 and tokens[position - 1] in _I_AM:
        return True
    return position > 1 and tokens[position - 1] in ("a", "an") and tokens[position - 2] in _I_AM


def question_kinds(tokens: list[str]) -> frozenset[str]:
    """The kinds of thing a tokenised question asks for: who, when, where, quantity, why…"""
    kinds = {
        _KIND_OF_WORD[token]
        for position, token in enumerate(tokens)
        if token in _KIND_OF_WORD
        and not (token == "name" and position and tokens[position - 1] not in _BEFORE_NAME_VERB)
        # "когда опубликована эта страница": this page is the chapter, no page number
        and not (token in _PAGE_WORDS and position and tokens[position - 1] in THIS_WORDS)
        and not (token in _CONJUNCTIONS and _joins_clauses(tokens, position))
        and not _introduces_oneself(tokens, position)
    }
    # (By their Latin keys, which spell a word's variants alike: "chey", "chei", "chej".)
    kinds.update(
        _TRANSLIT_QUESTION_KINDS[key]
        for position, token in enumerate(tokens)
        if token.isascii()
        and (key := latin_key(token)) in _TRANSLIT_QUESTION_KINDS
        and not _introduces_oneself(tokens, position)
        # "artisty riskuyut kogda edut na gastroli": a clause joined, as in Cyrillic
        and not (key == _KOGDA and _joins_clauses(tokens, position))
        # "kogda opublikovana eta stranica": this page is the chapter, as in Cyrillic
        and not (
            _TRANSLIT_QUESTION_KINDS[key] == "page"
            and position
            and tokens[position - 1] in _THIS_LATIN
        )
    )
    phrases = {
        QUESTION_PHRASES[pair] for pair in itertools.pairwise(tokens) if pair in QUESTION_PHRASES
    }
    phrases.update(
        # The same openings typed in Latin letters ("dlya chego", "skolko raz").
        _TRANSLIT_QUESTION_PHRASES[keys]
        for first, second in itertools.pairwise(tokens)
        if first.isascii()
        and latin_key(first) in _TRANSLIT_PHRASE_FIRSTS
        and second.isascii()
        and (keys := (latin_key(first), latin_key(second))) in _TRANSLIT_QUESTION_PHRASES
    )
    if not _AFTER.isdisjoint(tokens) and any(
        token in _AFTER and not FORUM_WORDS.isdisjoint(tokens[max(0, at - 2) : at])
        for at, token in enumerate(tokens)
    ):
        phrases.add("future")  # "the forum after ashgabat": the next one, never named
    if "get" in tokens and _asks_how_to_get(tokens):
        phrases.add("procedure")  # "how to get a visa": the chapter gives no procedure
    if (
        not _FOUNDING.isdisjoint(tokens)
        and (
            "when" in kinds
            or "when" in phrases
            or not YEAR_WORDS.isdisjoint(tokens)
            # "IFESCCO was founded in 2006, right?": the year its founding is taken to be
            # (not "IFESCCO founded the forums in 2006": what it started)
            or (_has_year(tokens) and _founded_passively(tokens))
        )
        and "who" not in kinds
    ):
        # "when was IFESCCO founded", "youth orchestra founded year": the chapter says who
        # started things, never when (the forums' "since 2006" is not IFESCCO's founding).
        # Asked with "who" too, the part the chapter answers is answered.
        phrases.add("founding")
    elif 0 < len(tokens) <= 4 and tokens[-1] in _FOUNDING and not _has_question_word(tokens):
        # "filmmakers confederation founded": a search box asking when, as "founded year" does.
        # (Where a fact says who started it, "youth orchestra founded", it is offered.)
        phrases.add("founding")
    if _asks_if_done(tokens):
        # "did the push to scrap visa red tape actually work", "отменили визы для наших артистов
        # в ЕС или нет": whether it came about, the outcome.
        phrases.add("outcome")
    if not _NOW_WORDS.isdisjoint(tokens) and (
        _asks_if_still(tokens) or not _STAND.isdisjoint(tokens)
    ):
        # "does the youth orchestra still tour today", "украина сейчас всё ещё в конфедерации?",
        # "как сейчас обстоят дела с визами": how things stand now, which a chapter of 2013
        # cannot say.
        phrases.add("present")
    if _asks_what_for(tokens):
        phrases.add("why")  # "what are the forums for"
    if len(tokens) > 2 and tokens[0] in _WHAT_WHICH and tokens[1] in _NEGATED_AUXILIARIES:
        # "what doesn't the state support": the chapter says what is, never what is not.
        phrases.add("complement")
    if not _COUNT_BOUNDS.isdisjoint(tokens) and any(
        token in _COUNT_BOUNDS and following[:1].isdigit() and not _A_YEAR.fullmatch(following)
        for token, following in itertools.pairwise(tokens)
    ):
        kinds.add("quantity")  # "were there more than 500 people", "only for players under 30"
    if not _MONTHS.isdisjoint(tokens) or (
        not kinds and tokens[:1] != [] and tokens[0] in YES_NO_OPENINGS and _has_year(tokens)
    ):
        # "правда ли, что базар проходит в июле", "were the deals signed in 2005?": a date.
        kinds.add("when")
    if phrases & {"when", "frequency"} and "quantity" in kinds and "сколько" in tokens:
        kinds.discard("quantity")  # "сколько лет", "сколько раз": a duration, a frequency
    if ("many", "years") in itertools.pairwise(tokens):
        phrases.discard("quantity")  # "how many years": a duration, as "сколько лет"
    kinds |= phrases
    if not _SUMS.isdisjoint(tokens) and checks_claim(tokens):
        # "минкульт тратит на гастроли около миллиарда рублей, верно?": a sum the chapter
        # would have to give, as "сколько денег…" asks.
        kinds.add("quantity")
    instances = asked_instances(tokens)
    if instances:
        kinds.add("names")
    if (
        ("who" in kinds and _asks_for_person(tokens))
        # A claim that someone heads a body: whoever it names, the chapter names no one at the
        # head of any.
        or (not _HEADING.isdisjoint(tokens) and checks_claim(tokens))
        or (
            # A search-box query naming a role asks who holds it: "youth orchestra conductor".
            len(tokens) <= TERSE_QUERY
            and not _has_question_word(tokens)
            and not _ROLES_WITHOUT_WHO.isdisjoint(tokens)
        )
        # A question about the holder of a role, opening with it: "председатель конфедерации
        # из россии или из беларуси?", "дирижер оркестра российский или казахский".
        or (tokens[:1] != [] and tokens[0] in _ROLES_WITHOUT_WHO)
        # "участники форума в ашхабаде", "ashgabat forum participants": who took part in an
        # event (a confederation's "участники" are its member unions).
        or (
            not _PARTICIPANTS.isdisjoint(tokens)
            and not _EVENTS.isdisjoint(tokens)
            and not any(
                word in _PARTICIPANTS and following in _MEMBER_OF
                for word, following in itertools.pairwise(tokens)
            )
        )
        # "какой министр отправлял оркестры", "which minister sends them": which holder.
        or any(
            token in _WHICH_ONE and following in _ROLES_WITHOUT_WHO
            for token, following in itertools.pairwise(tokens)
        )
        # "какой европейский чиновник против…", "which EU official": which person, though
        # officials alone stand for the state ("чиновники не помогают").
        or any(
            token in _WHICH_ONE and not _OFFICIALS.isdisjoint(tokens[at + 1 : at + 3])
            for at, token in enumerate(tokens)
        )
        # "filmmakers confederation head": a search-box query ending in the role.
        or (len(tokens) <= TERSE_QUERY and len(tokens) > 1 and tokens[-1] in _HEADS)
        # "give me the names of the chairmen", "имена председателей": people, by name.
        or any(
            token in _NAMES_OF and not _ROLES_WITHOUT_WHO.isdisjoint(tokens[at + 1 : at + 5])
            for at, token in enumerate(tokens)
        )
    ):
        kinds.add("person")
    if not kinds and len(tokens) <= TERSE_QUERY and not _has_question_word(tokens):
        # A search-box query's noun for what it asks: "минкульт гастроли список театров",
        # "соглашения год подписания", "визы артистам срок отмены" (not "каждый год", "в
        # 2006 году").
        kinds.update(
            _TERSE_KIND_WORDS[token]
            for at, token in enumerate(tokens)
            if token in _TERSE_KIND_WORDS
            and (at == 0 or not (tokens[at - 1] in _EVERY or tokens[at - 1][0].isdigit()))
        )
    if _asks_for_content(tokens):
        kinds.add("content")
    if (
        len(tokens) > 2
        and tokens[0] in _WHAT_PLAYED
        and not _PLAY_VERBS.isdisjoint(tokens[1:6])
        and not kinds & {"where", "when", "who"}
    ):
        # "what did the youth orchestra play in moscow", "что исполнял оркестр": its repertoire.
        kinds.add("repertoire")
    if "names" in kinds and not _FOUNDERS.isdisjoint(tokens):
        # "name the founder of the cis youth orchestra": asks who, not for a list of names
        kinds = (kinds - {"names"}) | {"who"}
    if (
        "names" in kinds
        and not _PERFORMER_CLASSES.isdisjoint(tokens)
        and _NAMED_PERFORMERS.isdisjoint(tokens)
        and _EXACTLY.isdisjoint(tokens)
        and instances
        and instances[0] in _PERFORMER_CLASSES
        # (the noun asked for, not a verb: "which organisation *groups* the film unions")
        and (
            (before := tokens[tokens.index(instances[0]) - 1]) in _BEFORE_PERFORMER_CLASS
            or before.endswith(_RU_ADJECTIVE_ENDINGS)
        )
    ):
        # "какие коллективы ездят за рубеж через минкульт", "which troupes get sent abroad":
        # which kind of performer goes, and the chapter says it (the best theatre companies
        # and orchestras); "which theatres", "какие именно коллективы" ask for names it never
        # gives.
        kinds = (kinds - {"names"}) | {"performers"}
    if _who_did(tokens, _WHO_WHICH, _PERFORMED, _NOT_PERFORMING):
        kinds.add("performers")
    if _who_did(tokens, _WHO, FOUNDED, frozenset()):
        kinds.add("founder")
    if _who_did(tokens, _WHO, _ATTENDED, _NOT_ATTENDING):
        kinds.add("attendees")
    if not _MEMBERSHIP.isdisjoint(tokens) and _names_a_body_without_members(tokens):
        kinds.add("membership")
    if _asks_who_founded_a_body(tokens):
        kinds.add("body-founder")
    if _who_did(tokens, _WHO_ASKING, _OPPOSING, frozenset()) and not any(
        token in _OPPOSING and tokens[at - 1] in _CAMPAIGNS for at, token in enumerate(tokens)
    ):
        # "who is against the visa lobbying", "кто мешает отмене виз": the chapter says the
        # lobbying has not succeeded, never who stands in its way.
        kinds.add("opponent")
    if "show" in tokens and any(
        tokens[at : at + 3] in (["runs", "the", "show"], ["run", "the", "show"])
        for at in range(len(tokens) - 2)
    ):
        kinds.add("person")  # "who runs the show at the painters' guild federation": its head
    if not _ONE_UNION.isdisjoint(tokens) and any(
        token in _WHICH_ONE
        and tokens[at + 1 : at + 2]
        and tokens[at + 1] in _NATIONAL
        and tokens[at + 2 : at + 3]
        and tokens[at + 2] in _ONE_UNION
        for at, token in enumerate(tokens)
    ):
        # "which latvian union signed the agreement", "какой литовский союз подписал договор":
        # one country's union by its name; the chapter names the countries, not their unions.
        kinds.add("union-name")
    if not _RISKS.isdisjoint(tokens) and any(
        token in _WHAT_WHICH_RISK and not _RISKS.isdisjoint(tokens[at + 1 : at + 5])
        for at, token in enumerate(tokens)
    ):
        # "what risks exactly do independent artists take", "какие именно риски": the chapter
        # says "all the risks", never which.
        kinds.add("names")
    if "why" in kinds and _asks_why_it_failed(tokens):
        # "why has the visa lobbying failed": the chapter says it has not succeeded, never why.
        kinds.add("failure")
    elif "why" in kinds and _asks_why_not(tokens):
        # "why are latvia, lithuania and estonia not full members": the chapter says what is,
        # never why something else is not.
        kinds.add("why-not")
    return frozenset(kinds)


_WHY = words("why почему зачем отчего")
_AND = words("and и")
# ("never" is left out: "why does our government never help artists get visas" is a complaint
# about what the chapter does say.)
_NEGATIONS = words(
    "not dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont cant "
    "не никак нет only только"
)


def _asks_why_not(tokens: list[str]) -> bool:
    """A why-question about something that is not so, in the why-word's clause."""
    if _WHY.isdisjoint(tokens):
        return False
    # ("только без воды": nothing but the facts, not "why only…"; "latvia lithuania *and*
    # estonia" is a list, not the end of the clause)
    return any(
        tokens[after] in _NEGATIONS and tokens[after + 1 : after + 2] != ["без"]
        for clause in _clauses_after(tokens, _WHY, 8, through_lists=True)
        for after in clause
    )


# "which theatre companies…", "какие театры…": a question for the members of a class by name,
# which a fact answers only if it names some (a list, or a phrasing that asks the same); a fact
# that only mentions the class ("the best theatre companies") does not.
_WHICH_PLURAL = words("which")
# Performers by a kind the chapter never narrows (see question_kinds), and the kinds it does
# ("the best theatre companies and orchestras": which theatres asks for their names).
_PERFORMER_CLASSES = words(
    "troupes ensembles groups companies performers коллективы коллективов ансамбли ансамблей "
    "труппы трупп артисты артистов исполнители исполнителей"
)
_NAMED_PERFORMERS = words(
    "theatre theatres theater theaters orchestra orchestras театр театры театров театральные "
    "оркестр оркестры оркестров"
)
_BEFORE_PERFORMER_CLASS = words("which what russian rf рф of other state какие каких")
_EXACTLY = words(
    "exactly specific specifically particular actual actually names name named list "
    "именно конкретно конкретные конкретных названия назови назовите перечисли"
)
# Things the chapter mentions only as a kind, never one by name: "which agency" asks for a name.
_ONE_OF_MANY = words(
    "agency company theatre theater orchestra union conference exhibition hall venue"
)
# Singular nouns that stand before no other noun of the chapter's: what "which" asks for.
_NEVER_A_MODIFIER = words("ministry")
_WHICH_RU_PLURAL = words("какие каких какими")
_WHICH_RU_PLURAL_KEYS = frozenset(latin_key(word) for word in _WHICH_RU_PLURAL)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")
_RU_ADJECTIVE_ENDINGS = ("ие", "ые", "их", "ых", "ими", "ыми")
_RU_ADJECTIVE_ENDINGS_LATIN = ("ie", "ye", "ih", "yh", "ikh", "ykh", "imi", "ymi")


# Question words that also join clauses: "who takes the risk *when* artists tour on their own",
# "the city *where* the forum was held".
_CONJUNCTIONS = words("when where когда где")
# Words after which a second question word asks a second question: "who *and* when".
_BEFORE_SECOND_QUESTION = words("and or и или а")


def _joins_clauses(tokens: list[str], position: int) -> bool:
    """Whether the question word at ``position`` joins a clause to a question asked before it
    (another question word comes first, with words between), rather than asking."""
    if position < 2 or tokens[position - 1] in _BEFORE_SECOND_QUESTION:
        return False
    if tokens[-2:] in _OR_NOT and tokens[position - 1] not in _KNOW_OR_TELL:
        # "государство поддерживает, когда артисты сами ездят, или нет": a yes or no asked
        # of a clause that "когда" only joins.
        return True
    if (
        (tokens[position] == "когда" or latin_key(tokens[position]) == _KOGDA)
        and _clause_verb(tokens[:position])
        and _clause_verb(tokens[position + 1 :])
        and not any(
            # ("как-то", "кто-нибудь": somehow, someone; no question)
            token in QUESTION_WORDS and tokens[at + 1] not in _INDEFINITE
            for at, token in enumerate(tokens[:position])
        )
        and _KNOW_OR_TELL.isdisjoint(tokens[:position])
    ):
        # "государство помогает, когда музыканты работают с зарубежными коллегами?": a yes or
        # no asked of a statement, a verb on each side of "когда".
        return True
    if (
        tokens[position] == "when"
        and tokens[0] in YES_NO_OPENINGS
        and position >= 3
        and tokens[position - 1] not in _BEFORE_WHEN_ASKS
        and _KNOW_OR_TELL.isdisjoint(tokens[:position])
    ):
        # "does the government back it when culture people team up directly": a yes or no
        # asked of a statement that "when" only conditions (not "does the chapter say when").
        return True
    return any(token in FOCUS_OPENERS for token in tokens[: position - 1])


def _clause_verb(tokens: list[str]) -> bool:
    """Whether ``tokens`` hold a Russian verb in the present, third person ("помогает"), also
    typed in Latin letters ("pomogaet")."""
    return any(
        len(token) > 3 and token.endswith(_THIRD_PERSON_LATIN if token.isascii() else _THIRD_PERSON)
        for token in tokens
    )


_INDEFINITE = words("то нибудь либо")
_THIRD_PERSON = ("ет", "ит", "ют", "ят", "ут")  # (with "ает", "яет", "ует")
_THIRD_PERSON_LATIN = ("et", "it", "ut", "at")  # (with "yut", "jut", "yat")
_KOGDA = latin_key("kogda")
_OR_NOT = (["или", "нет"], ["or", "not"], ["ili", "net"])
# "ты знаешь, когда был форум, или нет": "когда" asks all the same.
_KNOW_OR_TELL = words(
    "know knows tell say says said mention mentions mentioned stated specify give gives "
    "note notes remember знаешь знаете знает скажи скажите сказать"
)
# "is there anything *on* when…", "any word *about* when…": "when" asks after these.
_BEFORE_WHEN_ASKS = words("on about of as to from since until till")


def _never_a_modifier(word: str) -> bool:
    """Whether ``word`` is one of :data:`_NEVER_A_MODIFIER`, also with a slip ("minstry")."""
    return word in _NEVER_A_MODIFIER or (
        len(word) >= 6
        and process.extractOne(word, _NEVER_A_MODIFIER, scorer=fuzz.ratio, score_cutoff=85)
        is not None
    )


def asked_instances(tokens: list[str]) -> list[str]:
    """The plural noun of a "which theatre companies" / "какие театры" question, or []."""
    for position, token in enumerate(tokens):
        # "kakie chastnye agentstva": Russian typed in Latin letters, by its key.
        russian = token in _WHICH_RU_PLURAL or (
            token.isascii() and latin_key(token) in _WHICH_RU_PLURAL_KEYS
        )
        if (token not in _WHICH_PLURAL and not russian) or tokens[position + 1 : position + 2] in (
            ["пор"],
            ["то"],
            ["to"],
        ):
            # "с каких пор" asks since when; "какие-то съезды" are some, not which
            continue
        # The thing asked for, with up to two words before it: "which *private tour agencies*".
        asked = [t for t in tokens[position + 1 : position + 6] if t not in STOPWORDS][:3]
        if not asked or asked[0][0].isdigit():
            continue
        if russian:
            nouns = [
                t
                for t in asked
                if not t.endswith(_RU_ADJECTIVE_ENDINGS)
                and not (t.isascii() and t.endswith(_RU_ADJECTIVE_ENDINGS_LATIN))
            ]
        elif _never_a_modifier(asked[0]):
            # "which ministry sends orchestras abroad": the ministry, not "sends".
            nouns = asked[:1]
        else:
            nouns = [
                t
                for t in asked
                if len(t) > 3 and t.endswith("s") and not t.endswith(_NOT_PLURAL_ENDINGS)
            ]
            if not nouns:
                # "which (private tour) agency": one of several, by its name.
                nouns = [t for t in asked if t in _ONE_OF_MANY]
        if nouns:
            return nouns[:1]
    return []


# A query this short with no question word is typed as into a search box.
TERSE_QUERY = 6
# Nouns that ask, in a search-box query, and what they ask for.
_TERSE_KIND_WORDS = {
    **dict.fromkeys(words("список списка списком перечень spisok spiska perechen"), "names"),
    **dict.fromkeys(words("год года году срок сроки"), "when"),
}
_EVERY = words("каждый каждого every each раз")
_NAMES_OF = words("name names имя имена фамилия фамилии")
# Roles that name a person however they are asked ("глава" and "head" are also a chapter and
# a verb, "chair" a seat).
_ROLES_WITHOUT_WHO = PERSON_ROLES - words(
    "глава главный head chair boss руководит heads chairs presides leads возглавляет возглавлял "
    "руководил руководят"
)


def _asks_for_person(tokens: list[str]) -> bool:
    """ "who is the Russian minister of culture", "кто директор МФГС": a role after who/кто."""
    if len(tokens) > 2 and _KIND_OF_WORD.get(tokens[-1]) == "who":
        # As typed into a search box: "глава конфедерации художников кто", "director of the
        # festival who" (a chapter's "глава" asks "про что", not "кто").
        first = [t for t in tokens[:3] if t not in STOPWORDS][:2]
        if any(t in PERSON_ROLES for t in first):
            return True
    for position, token in enumerate(tokens):
        if _KIND_OF_WORD.get(token) != "who":
            continue
        content = [t for t in tokens[position + 1 : position + 8] if t not in STOPWORDS]
        if any(t in PERSON_ROLES for t in content[:3]):
            return True
        if content[:1] and content[0] in _RUNS and content[1:2] and content[1] in _BODY_NAMES:
            # "who runs ifescco", "кто управляет фондом": its head (not "who runs the forums",
            # which a body does).
            return True
        if (
            position + 2 < len(tokens)
            and tokens[position + 1] in _WITHIN
            and tokens[position + 2] in _BODIES_WITH_STAFF
        ):
            return True  # "кто в правительстве отвечает за…": someone inside, not the body
    return False


# Sums of money, said in a claim ("тратит около миллиарда рублей, верно?").
_SUMS = words(
    "rubles roubles ruble rouble dollars dollar euros million millions billion billions "
    "рублей рубля рубль долларов доллара евро миллион миллиона миллионов миллиард миллиарда "
    "миллиардов"
)
# Heading a body, said in a claim ("конфедерацию возглавляет Михалков, верно?").
_HEADING = words(
    "heads headed chairs chaired presides возглавляет возглавлял возглавляла возглавляют"
)


_WITHIN = words("in at within в во на")
_RUNS = words("runs run ran manages managed управляет управлял")
_BODY_NAMES = words(
    "ifescco ifesco мфгс foundation фонд фондом confederation конфедерация конфедерацией "
    "ministry министерство министерством"
)
_PARTICIPANTS = words(
    "participants attendees delegates delegation delegations участники участников участникам "
    "делегаты делегатов делегации делегация"
)
_EVENTS = words(
    "forum forums форум форума форуме форумах форумов форумы festival фестиваль фестиваля фестивале"
)
# "участников СНГ": the member states, not people who took part.
_MEMBER_OF = words("снг содружества cis sng")
_RISKS = words("risks risk риски рисков рисках риск")
_WHAT_WHICH_RISK = words("what which wat какие каких какой")
_WHAT_PLAYED = words("what wat что чего")
_PLAY_VERBS = words(
    "play played plays playing perform performed performs performing "
    "играл играла играли играет играют исполнял исполняла исполняли исполняет исполняют"
)
# Who performed somewhere: "who performed at slavyanski bazaar", "какие российские артисты
# выступали на базаре". The chapter names no performer; only a fact that says who performs or
# tours answers it, not the festival's founders (see _ANSWERS["performers"]). Finite verbs only:
# "who gets to perform abroad" asks who is sent ("to perform"), "кто выступил инициатором" who
# started something.
_WHO_WHICH = words("who whom кто кого which какие какой какая каких kto")
_PERFORMED = words(
    "performed performs sang sings played headlined headlines headline "
    "выступал выступала выступали выступало выступает выступают выступил выступила выступили "
    "пел пела пели поет поёт поют играл играла играли играет играют "
    # in Latin letters: "kto vystupaet na slavyanskom bazare"
    "vystupaet vystupayut vystupal vystupali vystupil vystupili"
)
# After the verb: another role ("выступил инициатором", "выступает против"), or a talk.
_NOT_PERFORMING = words(
    "инициатором инициаторами организатором организаторами против за с со role part роль"
)
# Between the question word and the verb: the end of one clause and the start of another.
_CLAUSE_BREAKS = words("and или и а но where где когда when how как that что который которые")


# Who founded something: "who founded the filmmakers' confederation", "кто основал конфедерацию
# союзов художников". The chapter says who initiated the festival and the youth orchestra and
# who holds the forums, never who founded the rest.
FOUNDED = words(
    "founded established created started initiated основал основала основали основало создал "
    "создала создали учредил учредила учредили set launched запустил запустили придумал "
    "придумали"
)
_WHO = words("who кто")
# Who belongs to IFESCCO or the Union State: "какие страны входят в мфгс", "is the union state
# also part of ifescco". The chapter lists the members of the artists' confederation only.
_MEMBERSHIP = words(
    "member members membership part belong belongs входит входят входила входили член члены "
    "членами членом составе состав"
)
_IFESCCO = words("мфгс mfgs ifescco ifesco")
_IFESCCO_SPELLED_OUT = frozenset(
    itertools.product(
        ("intergovernmental", "межгосударственный", "межгосударственного", "межгосударственным"),
        ("foundation", "fund", "фонд", "фонда", "фондом", "фонде"),
    )
) | frozenset(
    # described by its field: "тот фонд гуманитарного сотрудничества", "the humanitarian fund"
    itertools.chain(
        itertools.product(("фонд", "фонда", "фондом", "фонде"), ("гуманитарного",)),
        itertools.product(("humanitarian",), ("fund", "foundation")),
    )
)
_UNION_STATE = frozenset(
    itertools.product(
        ("union", "союзное", "союзного", "союзном", "союзному"),
        ("state", "государство", "государства", "государстве", "государству"),
    )
)


# (Its projects belong to it otherwise: "is the youth orchestra part of the ifescco forums".)
_PROJECTS = ("orchest", "оркестр", "forum", "форум", "festiv", "фестив", "bazaar", "базар")


def _names_a_body_without_members(tokens: list[str]) -> bool:
    if any(token.startswith(_PROJECTS) for token in tokens):
        return False
    return not _IFESCCO.isdisjoint(tokens) or any(
        pair in _UNION_STATE or pair in _IFESCCO_SPELLED_OUT for pair in itertools.pairwise(tokens)
    )


# Who founded IFESCCO or the Union State: "who founded ifescco", "кем создан мфгс", "ifescco
# founders". The chapter says what they initiated (the youth orchestra, the festival), never who
# founded them: the facts that say so have the roles turned round. A verb needs a who-word
# ("what did ifescco create" asks for the orchestra); a noun ("founders") asks on its own.
_FOUNDING_VERBS = words(
    "founded established created основал основала основали основан основана основано "
    "создал создала создали создан создана создано учредил учредила учредили учрежден учреждена "
    "учреждено"
)
_FOUNDERS = words(
    "founder founders creator creators учредитель учредители учредителями учредителей основатель "
    "основатели основателями основателей создатель создатели создателями создателей"
)
_WHO_OR_WHICH = words("who whom which кто кем какие какая какой")


def _asks_who_founded_a_body(tokens: list[str]) -> bool:
    if _FOUNDERS.isdisjoint(tokens) and (
        _WHO_OR_WHICH.isdisjoint(tokens)
        or (_FOUNDING_VERBS.isdisjoint(tokens) and ("set", "up") not in itertools.pairwise(tokens))
    ):
        return False
    return _names_a_body_without_members(tokens)


_NATIONAL = words(
    "latvian lithuanian estonian armenian georgian kazakh ukrainian belarusian moldovan "
    "azerbaijani kyrgyz tajik turkmen uzbek латвийский литовский эстонский армянский грузинский "
    "казахский казахстанский украинский белорусский молдавский азербайджанский киргизский "
    "таджикский туркменский узбекский"
)
_ONE_UNION = words("union союз soyuz")


# Who stands against something: "who is against the visa lobbying", "кто мешает отмене виз".
_WHO_ASKING = _WHO | words("whos")
_OPPOSING = words(
    "against oppose opposes opposed opposing block blocks blocked blocking против мешает "
    "мешают мешал мешали препятствует препятствуют блокирует блокируют"
)
# "who lobbies against the visa barriers": against them is what the lobbying is.
_CAMPAIGNS = words(
    "lobby lobbies lobbying lobbied fight fights fighting fought campaign campaigns campaigning "
    "pushes pushing push выступает выступают борется борются лоббирует лоббируют"
)

# Who was there: "кто из россии был на форуме в ашхабаде", "who attended the forum". The
# chapter names no one who came to anything. ("кто был инициатором" is a role, below.)
_ATTENDED = words(
    "attended attend attends был были присутствовал присутствовали приехал приехали ездил ездили"
)
_NOT_ATTENDING = words(
    "инициатором инициаторами организатором председателем министром директором главой"
)


def _who_did(
    tokens: list[str], asking: frozenset[str], verbs: frozenset[str], not_after: frozenset[str]
) -> bool:
    """Whether a question word of ``asking`` is followed in its clause by one of ``verbs``
    (within five words), the verb not followed by one of ``not_after``."""
    if asking.isdisjoint(tokens) or verbs.isdisjoint(tokens):
        return False
    for clause in _clauses_after(tokens, asking, 5):
        # (Only the clause's first such verb: "кто выступил *инициатором*" is a role.)
        verb = next((after for after in clause if tokens[after] in verbs), None)
        if verb is None:
            continue
        following = tokens[verb + 1 : verb + 3]
        if following[:1] and following[0] in _POSSESSIVE_PRONOUNS:
            following = following[1:]  # "кто выступил *его* инициатором"
        if not following or following[0] not in not_after:
            return True
    return False


_POSSESSIVE_PRONOUNS = words("его ее их its their")


def _clauses_after(
    tokens: list[str], asking: frozenset[str], span: int, *, through_lists: bool = False
) -> Iterator[list[int]]:
    """For each word of ``asking``, the positions of the (at most ``span``) words after it in
    its clause. ``through_lists``: an "and"/"и" not followed by a question word joins a list
    ("latvia lithuania and estonia") and does not end the clause."""
    for position, token in enumerate(tokens):
        if token not in asking:
            continue
        clause = []
        for after in range(position + 1, min(len(tokens), position + span + 1)):
            word = tokens[after]
            if word in _CLAUSE_BREAKS and not (
                through_lists
                and word in _AND
                and tokens[after + 1 : after + 2] != []
                and tokens[after + 1] not in QUESTION_WORDS
            ):
                break
            clause.append(after)
        yield clause


_WHICH_ONE = words("which какой какая какого каким kakoi kakoy")
_OFFICIALS = words("official чиновник чиновница politician политик депутат")
_HEADS = words("head chair boss")
_BODIES_WITH_STAFF = words(
    "government ministry administration kremlin foundation правительстве министерстве "
    "минкульте администрации кремле фонде"
)


_BE = words("is are was were r s")
# A guess put forward: "форум в ашхабаде был в 2011 вроде?"
_GUESSING = words("вроде кажется кажись vrode kazhetsya")
# "I read that …, is that right?", "правда ли, что …", "верно ли …", "это так?": a claim to check
# (or a guess).
CLAIM_WORDS = (
    words("correct right true верно правда правильно так прав правы verno pravda pravilno yes да")
    | _GUESSING
)
_CAUSE_WORDS = words("изза потому поэтому because")
# Words that open a claim before "что": "правда, что…", "верно что…".
_TRUE_THAT = words("правда верно правильно pravda verno")
# A question that expects "yes" ("wasn't the 7th forum in Minsk?", "разве не в Минске?").
_NEGATIVE_OPENINGS = words("wasnt isnt didnt werent arent doesnt hasnt разве")
# How a claim put up to be checked may end: "…, just checking", "correct me if (I'm) wrong",
# "…, or am I wrong", "…, or am I mixing (it) up", "…have I got it mixed up" (not "it up"
# alone: "who set it up").
_DOUBTING_ENDS = (
    ["just", "checking"],
    ["if", "wrong"],
    ["im", "wrong"],
    ["i", "wrong"],
    ["mixed", "up"],
    ["mixing", "up"],
)
_CLAIM_OPENINGS = frozenset(
    {("i", "read"), ("i", "heard"), ("is", "it"), ("я", "читал"), ("я", "читала"), ("я", "слышал")}
)


# "как я понял…", "насколько я понимаю…", "as i understand…", "if i understand correctly…":
# what the user believes, to be checked.
_AS_I_UNDERSTAND = frozenset({("как", "я"), ("насколько", "я"), ("as", "i"), ("if", "i")})
_UNDERSTAND = words("понял поняла понимаю understand understood")
_WHAT_WHICH = words("what which")
# "that's wrong, the forums started in 2005", "неправда, с 2005 года": the user disagrees, and
# the year the user believes is the claim to check.
DISAGREEING_WORDS = words("wrong incorrect неправда неверно ошибаешься ошибаетесь ошибся")
_NEGATED_AUXILIARIES = words("doesnt dont didnt isnt arent wasnt werent hasnt havent cant wont")
# "what" as it is said or typed in chat, and in Ukrainian and Belarusian: still a question word.
_SPOKEN_WHAT = words("чо че шо що што шта")


# Words after a year that make it a guess: "2011 I think", "в 2011 вроде", "2011 or so".
_HEDGING_PAIRS = frozenset({("i", "think"), ("i", "believe"), ("i", "guess"), ("or", "so")})
_HEDGING_WORDS = _GUESSING | words("наверное")


def _hedges(after: list[str]) -> bool:
    return tuple(after) in _HEDGING_PAIRS or (after[:1] != [] and after[0] in _HEDGING_WORDS)


# Words that something came about: visas dropped, a push that worked.
_CAME_ABOUT = _DONE_AWAY | words(
    "worked work scrapped eased пробили получили добились добилась добился сработало"
)


def _asks_if_done(tokens: list[str]) -> bool:
    """Whether a yes/no question asks if something came about ("did … work", "… ever get …
    dropped", "отменили … или нет", "сняли уже?")."""
    return (
        len(tokens) > 2
        and not _CAME_ABOUT.isdisjoint(tokens)
        and (
            tokens[0] in ("did", "has", "have", "had")
            or "ever" in tokens
            or "уже" in tokens
            or tokens[-2:] == ["или", "нет"]
        )
    )


def asks_an_opinion(tokens: list[str]) -> bool:
    """Whether words ask for the bot's own view: "in your view", "по-вашему"."""
    return not _OPINION_WORDS.isdisjoint(tokens) or any(
        pair in _OPINION_PAIRS for pair in itertools.pairwise(tokens)
    )


def _asks_if_still(tokens: list[str]) -> bool:
    return (
        "still" in tokens
        or "попрежнему" in tokens
        or any(pair in _STILL_PAIRS for pair in itertools.pairwise(tokens))
    )


def _has_year(tokens: list[str]) -> bool:
    return any(_A_YEAR.fullmatch(token) for token in tokens)


def _founded_passively(tokens: list[str]) -> bool:
    """Whether something is said to have been founded ("was founded", "was it founded",
    "основан"), not to have founded something else."""
    return any(
        token in _FOUNDING
        and (token in _FOUNDED_RU or not _WAS_BEEN.isdisjoint(tokens[max(0, at - 3) : at]))
        for at, token in enumerate(tokens)
    )


def _claims_cause_or_person(tokens: list[str]) -> bool:
    """Whether a claim is of a cause or a person, which the chapter never gives ("…из-за
    позиции германии", "…форум открыл президент туркменистана")."""
    return not _CAUSE_WORDS.isdisjoint(tokens) or not PERSON_ROLES.isdisjoint(tokens)


def checks_claim(tokens: list[str]) -> bool:
    """Whether a question checks a claim: "is it true that…", "I read that … — correct?",
    "правда ли, что…", "верно ли…", "… это так?"."""
    if len(tokens) < 3:
        return False
    if tokens[-1] in CLAIM_WORDS or (tokens[0] in CLAIM_WORDS and tokens[1] in ("ли", "li")):
        return True
    if (
        tokens[0] in _TRUE_THAT
        and tokens[1] in ("что", "chto")
        and (_has_year(tokens) or not _claims_cause_or_person(tokens))
    ):
        # "правда, что глава опубликована в 2011 году?", "правда, что цель конфедерации —
        # продажи картин?": with no "ли", a claim to check; not a cause or a person claimed
        # ("правда что визы не отменили из-за позиции германии" asks why, "…форум посетил
        # президент туркменистана" who: things the chapter never says).
        return True
    if tokens[0] in _NEGATIVE_OPENINGS or tokens[-2:] == ["так", "ли"]:
        return True  # "wasn't it…", "…, не так ли"
    if tokens[-2] in _NEGATIVE_OPENINGS and tokens[-1] in ("it", "they", "there"):
        return True  # "…was a russia-ukraine thing, wasn't it"
    if (
        tokens[0] in YES_NO_OPENINGS
        or (
            is_cyrillic(tokens[0])
            and QUESTION_WORDS.isdisjoint(tokens)
            and _SPOKEN_WHAT.isdisjoint(tokens)
        )
    ) and _has_year(tokens):
        # "was this text published in 2015?", "эту главу опубликовали в 2011 году?": the
        # year is the claim to check (a Russian yes/no question opens with no question word).
        return True
    if tokens[:3] == ["true", "or", "false"] or tokens[:3] == ["правда", "или", "нет"]:
        return True
    if tokens[:2] == ["fact", "check"] or tokens[0] in ("проверяю", "проверка"):
        return True
    if any(
        _A_YEAR.fullmatch(token) and _hedges(tokens[at + 1 : at + 3])
        for at, token in enumerate(tokens)
    ):
        return True  # "the forum in turkmenistan, 2011 i think — what was it about": a guess
    if (
        tokens[-2:] in _DOUBTING_ENDS
        or tokens[-3:] == ["mixing", "it", "up"]
        or tokens[-1] in ("путаю", "ошибаюсь")  # "…, или я что-то путаю"
    ):
        return True
    if (tokens[0], tokens[1]) in _CLAIM_OPENINGS and tokens[2] in ("that", "true", "что"):
        return True
    if (tokens[0], tokens[1]) in _AS_I_UNDERSTAND and tokens[2] in _UNDERSTAND:
        return True  # "как я понял, форумы с 2005 года?", "as i understand, the forums…"
    if not DISAGREEING_WORDS.isdisjoint(tokens[:3]) and _has_year(tokens):
        return True  # "that's wrong, the forums started in 2005", "ты ошибаешься, с 2005"
    if tokens[0] == "so" and QUESTION_WORDS.isdisjoint(tokens) and _has_year(tokens):
        return True  # "so the forums started in 2005?": a year stated, to be checked
    if (
        tokens[:3] == ["am", "i", "right"]
        and len(tokens) > 3
        and not _claims_cause_or_person(tokens)
    ):
        # "am i right this is the belarus profile" (not a cause or a person claimed, which the
        # chapter never gives: "…that the president of turkmenistan opened the forum")
        return True
    return tokens[:2] == ["i", "read"] or tokens[:2] == ["я", "читала"]


_TRAILING_FILLERS = (
    words("basically exactly actually anyway anyways really then again lol pls plz please")
    | _CHAT_FILLERS
)


# ("foundation" and "учреждение" are left out: IFESCCO is a foundation, not its founding.)
_FOUNDING = words(
    "founded founding established establishment created creation основан основана основано "
    "основали создан создана создано создали учрежден учреждена основания создания"
)
YEAR_WORDS = words("year years год года году")
_NOW_WORDS = words("now today currently nowadays сейчас сегодня нынче теперь")
_STILL_PAIRS = frozenset({("все", "еще"), ("сих", "пор")})
_STAND = words("обстоят обстоит")  # "как сейчас обстоят дела с визами"
_FOUNDED_RU = words("основан основана основано создан создана создано учрежден учреждена")
_WAS_BEEN = words("was were is are been")


# "what" as it is typed in a hurry: "waht r those forums for".
_WHAT_TYPED = words("what wat waht wht whta")


def _asks_what_for(tokens: list[str]) -> bool:
    """ "what are the forums for", "whats it for": a purpose. Not "what does the government
    lobby for", which asks for the thing lobbied for."""
    # "whats the forum for basically", "what are the forums actually for"
    tokens = [token for token in tokens if token not in _TRAILING_FILLERS]
    if "for" in tokens[:-1]:
        # "what are the forums for, what are they trying to do": the first of two questions.
        at = tokens.index("for")
        if tokens[at + 1] in _WHAT_WHICH:
            tokens = tokens[: at + 1]
    if len(tokens) < 3 or tokens[-1] != "for":
        return False
    for at, token in enumerate(tokens[:-1]):
        what = token in _WHAT_TYPED
        if token == "whats" or (what and at + 1 < len(tokens) and tokens[at + 1] in _BE):
            return len(tokens) - at <= 7
        if what and tokens[-2] in _BE and len(tokens) - at <= 6:
            return True  # "tell me what the forums are for"
    return False


_FAILURE_WORDS = words(
    "fail fails failed failing failure failures unsuccessful провал провалилось провалились "
    "неудача неудачи refuse refuses refused refusing отказался отказались отказывается отказ "
    "flop flopped flops"
)
_SUCCESS_VERBS = words(
    "work worked working wrk wrkd wrked succeed succeeded success successful "
    "успешным успешно удается удалось увенчалось увенчались увенчалась увенчается увенчаются "
    "добились добился добилось добиться "
    "удаются получилось получается вышло result results результат результата результатов "
    "отменили отменят отменены отменяет отменяют отменила отменило отменит отменить "
    "lifted removed scrapped dropped lift remove scrap drop убрали убрать уберут сняли снять "
    "otmenili otmenyat otmenit ubrali snyali udalos poluchilos"  # in Latin letters
)
_NEGATIONS_OF_SUCCESS = words("not never hasnt havent didnt doesnt isnt не ne")


def _asks_why_it_failed(tokens: list[str]) -> bool:
    """ "why has the lobbying failed", "почему не удается добиться…": a failure, or a success
    word after a negation."""
    if not _FAILURE_WORDS.isdisjoint(tokens):
        return True
    if any(
        token in _SUCCESS_VERBS and _NEGATIONS_OF_SUCCESS.intersection(tokens[max(0, at - 4) : at])
        for at, token in enumerate(tokens)
    ):
        return True
    # "why hasn't the lobbying on visa barriers been successful": the negation straight after
    # "why", the success word at the end of the clause.
    return any(
        token in QUESTION_KINDS["why"]
        and tokens[at + 1 : at + 2] != []
        and tokens[at + 1] in _NEGATIONS_OF_SUCCESS
        and not _SUCCESS_VERBS.isdisjoint(tokens[at + 2 : at + 10])
        for at, token in enumerate(tokens)
    )


def _asks_for_content(tokens: list[str]) -> bool:
    """ "what do the agreements say", "the terms of the agreement": a document's content, unless
    the document is the chapter itself."""
    for position, token in enumerate(tokens):
        # "к какому разделу относится *этот текст*": the chapter itself, not a document's text.
        if token in _CONTENT_NOUNS and (position == 0 or tokens[position - 1] not in THIS_WORDS):
            return True
    for position, token in enumerate(tokens):
        if token not in _AUXILIARIES_DO or position == 0:
            continue
        if tokens[position - 1] not in ("what", "wat", "whats", "exactly"):
            continue
        for after in range(position + 1, min(len(tokens), position + 12)):
            if tokens[after] in THE_CHAPTER:
                return False
            # "what does *the state* do": after an article it is a noun, not "say". Further
            # than eight words on, only "say" ("what do the agreements with latvia lithuania
            # estonia actually say"; "…going with the baltic *states*" is a noun).
            if (
                tokens[after] in _CONTENT_VERBS
                and tokens[after - 1] not in _NOUN_BEFORE_NAME
                and (after < position + 9 or tokens[after] in _SAY)
                # (not what a body says it does: "what does the confederation say it aims at")
                and not (
                    tokens[after] in _SAY
                    and after + 2 < len(tokens)
                    and tokens[after + 1] in ("it", "they", "its", "theyre")
                )
            ):
                return True
    return False


# What a fact's own text can answer, whatever its phrasings ask: a date or "since" answers
# "when", a place after "in/at/within" answers "where", a stated purpose answers "why", an agent
# ("initiated by", "the Government lobbies") answers "who". Checked on the English and Russian
# texts and the quotes together.
_ANSWERS: dict[str, re.Pattern[str]] = {
    "when": re.compile(r"\b(?:1[89]|20)\d\d\b|\bsince\b|\bс \d{4}"),
    "where": re.compile(
        r"\b(?:in|at|within|around|across)\s+(?:the\s+)?[A-Z]|\babroad\b|\bза рубеж"
        r"|\b(?:в|во)\s+[А-ЯЁ]"
    ),
    "why": re.compile(
        r"\bto facilitate\b|\baims?\b|\bpromot|\bpurpose|\bin order to\b|\bчтобы\b|\bцел[ьи]"
        r"|\bнаправлен|\bспособству|\bдля того"
    ),
    # Three or more items in a row: "Latvia, Lithuania, and Estonia", "stages, exchange…".
    "names": re.compile(r"(?:(?:[^\s,.;]+ ){0,3}[^\s,.;]+, ){2,}"),
    "frequency": re.compile(r"\bonce a year\b|\bannual|\bежегодн|\bраз в год"),
    # A count: "twelve countries", "3,000 people", "40%"; a date is not one.
    "quantity": re.compile(
        r"\b\d[\d,.]*\s*(?:%|per ?cent|million|billion|thousand|hundred|млн|млрд|тыс|процент)"
        r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds|"
        r"thousands|dozens|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|сотни|"
        r"тысячи|десятки)\s+[a-zа-я]",
        re.IGNORECASE,
    ),
    "person": re.compile(
        r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z]|\b(?:[Mm]inister|[Pp]resident|[Dd]irector|"
        r"[Cc]hairman|[Cc]onductor)\s+[A-Z][a-z]+"
    ),
    # Who performs or tours: the orchestras sent abroad, the youth orchestra, artists on their
    # own ("performing arts" is a field, "выступил инициатором" a role).
    "performers": re.compile(
        r"\bperform(?:s|ed)?\b|\btours\b|\btake part in cultural events|\bact independently"
        r"|выступал|гастролир|участвуют в культурных|действуют самостоятельно"
    ),
    # Who started something: the Union State (the festival), IFESCCO (the youth orchestra, and
    # the forums it holds).
    "founder": re.compile(r"\binitiated\b|\bholds\b|инициир|инициатором"),
    "who": re.compile(
        r"\b(?:initiated|organised|supported|held) (?:by|via)\b|\b(?:holds|lobbies|brings? "
        r"together|pull together|initiated)\b|инициир|проводит|лоббир|объединяет"
    ),
}


def answer_kinds(passages: list[str]) -> frozenset[str]:
    """The kinds of question (see :data:`QUESTION_KINDS`) a fact's text can answer."""
    text = "\n".join(passages)
    return frozenset(kind for kind, pattern in _ANSWERS.items() if pattern.search(text))


# Words that open a question and are followed by what it asks about: "who *won*", "how many
# *musicians*", "кто *дирижёр*". Bare "how"/"как" is left out: "how do artists work" asks about
# the artists, not about working.
FOCUS_OPENERS = words(
    """
    who whom whose what whats which where when why whos wheres whens whys
    кто кого кому кем что чего какой какая какое какие каком какую каких каким какого
    где когда куда почему зачем сколько чей чья чье чьи
    """
)
# Every word that opens a question about something: the question words and "how".
QUESTION_WORDS = FOCUS_OPENERS | words("how как")
FOCUS_PHRASES = frozenset(
    {
        ("how", "many"),
        ("how", "much"),
        ("how", "often"),
        ("how", "long"),
        # "is there any *grant* for…": what is asked to exist.
        ("is", "there"),
        ("are", "there"),
        ("есть", "ли"),  # "есть ли *квоты* на наше кино"
        # "how is *copyright* handled", "how are *royalties* paid": what is dealt with.
        ("how", "is"),
        ("how", "are"),
    }
)


def focus_position(tokens: list[str]) -> int | None:
    """Where the first word after the question's opener is (function words skipped), or None."""
    for position, token in enumerate(tokens):
        opener = _is_opener(token)
        if (
            not opener
            and position + 1 < len(tokens)
            and (token, tokens[position + 1]) in (FOCUS_PHRASES)
        ):
            opener = True
            position += 1
        if not opener:
            continue
        if position + 1 < len(tokens) and (token, tokens[position + 1]) in _OPENING_PHRASES:
            position += 1  # "что *дают* эти форумы": the verb is how it asks, not what
        for after in range(position + 1, len(tokens)):
            if not _is_function(tokens[after]):
                if (
                    tokens[after] in _HOME_ADJECTIVES
                    and after + 1 < len(tokens)
                    and not _is_function(tokens[after + 1])
                ):
                    return after + 1  # "what are the russian *seasons*": what is Russian
                return after
        return None
    return None


# The chapter's own country as an adjective: every fact is Russian, so the word after it says
# what is asked about.
_HOME_ADJECTIVES = words(
    "russian российский российская российское российские российских российского российской "
    "русские русских русский"
)


def terse_head(tokens: list[str]) -> int | None:
    """In a search-box query (a few words, no question word), where its head noun is: what it
    asks about. Russian puts the head first and what it belongs to after it ("победитель
    славянского базара"); English last ("slavianski bazaar winner"). None for a query of one
    content word, or any other message."""
    if len(tokens) > TERSE_QUERY or _has_question_word(tokens):
        return None
    content = [
        position
        for position, token in enumerate(tokens)
        if not token[0].isdigit() and not _is_function(token)
    ]
    if len(content) < 2:
        return None
    if is_cyrillic(tokens[content[0]]) or _typed_russian(tokens, content):
        # Adjectives come before the head: "*единое* пространство".
        nouns = [at for at in content if not tokens[at].endswith(_ADJECTIVE_ENDINGS)]
        head = nouns[0] if nouns else content[0]
    else:
        head = content[-1]
    # Shorter words are as often abbreviations ("conf", "МК") or particles ("net") as heads.
    return head if len(tokens[head]) >= _HEAD_LENGTH else None


_ADJECTIVE_ENDINGS = (
    *("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему"),
    *("ым", "им", "ую", "юю", "ых", "их"),
    # and as they are typed in Latin letters ("molodezhnogo orkestra")
    *("ogo", "ego", "ykh", "ikh", "aya", "oye", "iye", "yye", "uyu"),
)
_HEAD_LENGTH = 5


def _typed_russian(tokens: list[str], content: list[int]) -> bool:
    """Whether a query in Latin letters is Russian: it has a Russian function word ("ili",
    "net") or a Russian adjective ending."""
    return any(
        latin_key(token) in TRANSLIT_STOPWORD_KEYS for token in tokens if len(token) > 1
    ) or any(tokens[at].endswith(_ADJECTIVE_ENDINGS) for at in content)


@lru_cache(maxsize=65536)
def _is_opener(token: str) -> bool:
    return token in FOCUS_OPENERS or (
        not is_cyrillic(token) and latin_key(token) in _TRANSLIT_FOCUS_KEYS
    )


def _has_question_word(tokens: list[str]) -> bool:
    """Whether a question word asks anything in ``tokens`` (in Latin letters too): a query
    without one is typed as into a search box."""
    return any(_is_opener(token) or token in ("how", "как") for token in tokens)


@lru_cache(maxsize=65536)
def _is_function(token: str) -> bool:
    return token in STOPWORDS or (
        not is_cyrillic(token) and latin_key(token) in TRANSLIT_STOPWORD_KEYS
    )


# Russian function words as they look typed in Latin letters ("o chem eta glava", "pro kakuyu
# stranu tut rech"), by key; not those spelt like an English word ("хот", "син").
_LIKE_ENGLISH_WORDS = words("hot sin diploma diplom m")
TRANSLIT_STOPWORD_KEYS = (
    frozenset(latin_key(word) for word in STOPWORDS if len(word) > 1 and is_cyrillic(word))
    - _LIKE_ENGLISH_WORDS
)
_TRANSLIT_FOCUS_KEYS = frozenset(
    latin_key(word) for word in FOCUS_OPENERS if is_cyrillic(word) and len(word) > 2
)
_TRANSLIT_QUESTION_PHRASES = {
    (latin_key(first), latin_key(second)): kind
    for (first, second), kind in QUESTION_PHRASES.items()
    if is_cyrillic(first)
}
_TRANSLIT_PHRASE_FIRSTS = frozenset(first for first, _ in _TRANSLIT_QUESTION_PHRASES)
# Russian question words typed in Latin letters ("kto sozdal…"), by key.
_TRANSLIT_QUESTION_KINDS = {
    latin_key(word): kind
    for kind, kind_words in QUESTION_KINDS.items()
    for word in kind_words
    if is_cyrillic(word)
}


# Everyday words for what the chapter says in other words. A question word that the fact base
# does not know is looked up here before it counts as unknown: "who started…" asks what "who
# initiated…" asks. Only general vocabulary, never a fact's answer; each entry lists words the
# fact base uses.
_SYNONYM_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "start started starts found founded launch launched create created establish "
        "established begin began begun",
        ("initiated",),
    ),
    (
        "основал основали основан создал создали создан затеял затеяли запустил "
        "стартовал стартовали "
        "запустили придумал придумали учредил учредили замутил замутили "
        "учрежден учреждена учреждено учреждены задумал задумала задумали придумала",
        ("инициировал",),
    ),
    # "форумы начали проводить в 2008-м?": when they started, as "when did the forums start"
    (
        "начал начали начинали начинался начиналась начинались начался началась начались",
        ("инициировал", "start"),
    ),
    ("host hosts hosted organize organized organizes", ("organised",)),
    ("throws threw throw", ("organised",)),  # "who throws those yearly get-togethers"
    ("players", ("musicians",)),  # "the band of young classical players"
    (
        "lift lifted abolish abolished cancel cancelled canceled scrap scrapped drop dropped "
        "waive waived rid cut",  # "cut the red tape"
        ("removal",),
    ),
    # "выбить безвиз": to win the visas' removal
    ("сняли снять убрали убрать отменены отменят выбить выбили выбил", ("отменили",)),
    (
        "easier ease eased eases easing simplify simplified simpler relax relaxed relaxing "
        "loosen loosened",
        ("facilitate",),
    ),
    (
        "succeed succeeded succeeds success progress luck sorted resolved solved "
        "situation status",  # "what is the situation with the visa lobbying"
        ("successful",),
    ),
    (
        "прогресс подвижки успешно успешны успешным успешной успешная успешен удачно удались "
        "кончилось закончилось кончились закончились ситуация ситуации ситуацию",
        ("успехом",),
    ),
    ("regime", ("barriers",)),
    ("solo freelance freelancers freelancer indie", ("independently",)),
    # "a one-off or every year?": answered by "annual"
    ("разовая разовый разовое разовой разовым регулярно регулярный регулярная", ("ежегодный",)),
    ("one-off oneoff regularly regular", ("annual",)),
    ("consist consists consisting comprise comprises involve involves", ("includes",)),
    ("складывается складываются", ("включает",)),
    ("сольные сольных сольно фрилансеры фрилансеров фрилансер", ("самостоятельно",)),
    ("единое единого единый единым единая единой единую", ("общего",)),
    ("common shared unified single", ("joint",)),
    ("slavic slavonic", ("slavianski",)),
    ("зонтичные зонтичных зонтичными зонтичный зонтичной зонтичная", ("umbrella",)),
    ("крылом", ("umbrella",)),  # "под чьим крылом": under whose umbrella
    ("зонтиком зонтик зонтика", ("umbrella",)),  # "под чьим зонтиком"
    ("мфсг", ("мфгс",)),  # two letters swapped
    ("давал давала давали", ("выступал",)),  # "где давал концерты оркестр"
    ("соорганизатор соорганизаторы соорганизатором", ("организатор",)),
    ("commercial", ("private",)),
    ("контачить", ("сотрудничать",)),
    ("сборища сборище sborishe sborishche", ("форумы",)),
    ("framework frameworks держится держатся", ("umbrella",)),  # "на чём держится…"
    ("grow grows growing", ("develops",)),
    ("alone", ("independently",)),  # "artists who go it alone"
    ("bear bears bore carry carries carried shoulder shoulders", ("taking",)),
    ("режим режима режиме", ("барьеров",)),
    ("permit permits", ("visas",)),
    ("напрямую непосредственно непосредственное", ("прямое",)),
    ("sponsor sponsors sponsored sponsoring", ("support",)),
    # "what are the forums intended to encourage": what they promote
    ("encourage encourages encouraged encouraging foster fosters fostered fostering", ("promote",)),
    ("спонсирует спонсируют спонсор спонсоры спонсировать", ("поддерживается",)),
    (
        "тусовка тусовки тусуются тусуется тусоваться встреча встречи встречаются собрание "
        "собрания съезд съезды",
        ("форумы",),
    ),
    ("турагентства турагентство турагенства турагенство турфирмы турфирма", ("агентства",)),
    ("promoter promoters impresario impresarios", ("agencies",)),
    ("bureaucracy", ("barriers",)),
    ("бюрократия бюрократию бюрократии бюрократией", ("барьеров",)),
    ("въезд въезда въезде", ("визовых",)),
    ("безвиз безвиза безвизу безвизом безвизе безвизовый безвизового безвизовом", ("визовых",)),
    ("юношеский юношеского юношеском юношескому юношеским", ("молодежный",)),
    (
        "одиночки одиночка одиночек одиночками одиночные одиночных одиночным",
        ("самостоятельно",),
    ),
    ("соседние соседних соседним соседними соседей", ("снг",)),
    ("neighbouring neighboring neighbours neighbors", ("cis",)),
    # The peoples of the Baltic States, for their countries.
    ("латыши латышей латышами латышам латышские латышских", ("латвии",)),
    ("литовцы литовцев литовцами литовцам литовские литовских", ("литвы",)),
    ("эстонцы эстонцев эстонцами эстонцам эстонские эстонских", ("эстонии",)),
    ("смотр смотры смотра", ("фестиваль",)),
    ("проф", ("профессиональные",)),
    # "объединения по профессиям": professional unions
    ("профессиям профессии профессий профессиями профессия", ("профессиональные",)),
    ("coop", ("cooperation",)),
    ("run runs ran running", ("holds", "organised")),
    (
        "push pushes pushed pushing campaign campaigns campaigned campaigning advocacy "
        "advocate advocates advocated advocating",
        ("lobbies",),
    ),
    ("keep keeps keeping maintain maintains maintaining sustain", ("preserving",)),
    ("swap swaps swapping swapped trade trading", ("exchanges",)),
    ("gathering gatherings meeting meetings congress congresses", ("forums",)),
    # Everyday names for the chapter's things, as people describe rather than name them
    # ("the painters' federation", "the kids' orchestra", "whose brainchild").
    ("federation federations", ("confederation",)),
    ("федерация федерации федерацию федерацией", ("конфедерация",)),
    ("kids kid youngsters", ("youth",)),
    ("brainchild", ("initiated",)),
    ("brainy", ("intellectuals",)),
    ("chew chewed", ("discussed",)),  # "what did they chew over at the gathering"
    ("shipping shipped", ("send",)),  # "moc's role in shipping orchestras abroad"
    ("bash bashes", ("festival",)),  # "that yearly song and dance bash in belarus"
    ("ditch ditching scrap scrapping", ("removal",)),  # "the push to ditch the schengen hoops"
    ("hoops", ("barriers",)),
    ("pros", ("professionals",)),  # "how do pros in the arts cooperate"
    ("thinkers", ("intellectuals",)),
    ("контачат контачить", ("сотрудничают",)),  # "наши культурщики контачат с иностранцами"
    ("слеты слет слетов слетах", ("форумы",)),  # "ежегодные слёты творческой элиты"
    ("элита элиты элиту", ("интеллигенции",)),
    ("мотаться", ("ездить",)),
    ("лет", ("года",)),  # "сколько лет проводятся форумы": the plural of год
    ("рубрика рубрики рубрику рубрике", ("раздел",)),
    ("snippet snippets excerpt fragment", ("chapter",)),
    ("кусочек кусок фрагмент отрывок", ("глава",)),
    ("onone", ("bilateral",)),  # "one on-one deals" ("on-one" is read as one word)
    ("leaning", ("lobbies",)),  # "is moscow leaning on europe to ease up on visas"
    ("hook", ("risks",)),  # "they're on the hook for everything themselves"
    ("голову", ("инициировал",)),  # "кому пришло в голову собрать оркестр"
    ("officialdom", ("government",)),
    ("поиграть поиграл поиграла поиграли", ("играл",)),
    ("выгорело", ("получилось",)),
    ("посиделки посиделок посиделках", ("форумы",)),
    # "нашим артистам мучиться с въездными документами": visas
    ("въездные въездными въездных въездной", ("визовые",)),
    # "ежегодные тусовки интеллигенции", "сходки творческой и научной элиты": the forums
    ("тусовка тусовки тусовок тусовках тусовку сходка сходки сходок сходках", ("форумы",)),
    ("элита элиты элиту элитой elite elites", ("intelligentsia",)),
    ("intellectual intellectuals intelligentsiya", ("intelligentsia",)),
    ("упростить облегчить проще", ("облегчить",)),
    ("back backs backed backing", ("support",)),
    ("catch", ("performed",)),  # "where can i catch the youth orchestra live"
    ("help helps helped helping assist assists assisted aid aids", ("support",)),
    # Things described rather than named: "the painters' alliance", "movie-makers", "the
    # paperwork hassle of getting into Europe", "сборы интеллигенции", "work straight with".
    ("alliance alliances", ("confederation",)),
    # Names in the countries' own languages and spellings: "Lietuva", "Eesti", "Viciebsk".
    ("doc docs", ("document",)),  # "what is this doc, ch 3.4.4?"
    ("lietuva", ("lithuania",)),
    ("eesti", ("estonia",)),
    ("viciebsk vitsiebsk", ("vitebsk",)),
    ("moldavia", ("moldova",)),
    # IFESCCO's name in English: the "Interstate Fund for Humanitarian Cooperation"
    ("interstate", ("межгосударственный",)),
    ("moviemakers moviemaker", ("filmmakers",)),
    ("paperwork", ("visa",)),
    ("hassle hassles", ("barriers",)),
    ("straight", ("directly",)),
    ("сбор сборы сборов сборах", ("форумы",)),
    ("colleagues colleague peers counterparts", ("professionals",)),
    ("коллеги коллег коллегами коллегам", ("профессионалов",)),
    # The verb of "риски": "рискуя всем", "рискуют сами" (Snowball: "риску", "рискуют").
    ("рискуя рискуют рискует рисковать рискуем рискнуть risking", ("риски",)),
    ("ведомство ведомства ведомством ведомств ведомству", ("министерство",)),
    ("article articles", ("text",)),  # "what date is this article from"
    ("направлена направлены направлено направлен", ("цели",)),  # "на что направлена…"
    ("нацелена нацелены нацелено нацелен", ("цели",)),  # "форумы нацелены на…"
    (
        "кооперация кооперации кооперацию кооперацией кооперируются кооперироваться "
        "кооперируемся кооперируется взаимодействие взаимодействия взаимодействию "
        "взаимодействием",
        ("сотрудничество",),
    ),
    ("turkmenia туркмения туркмении туркмению", ("turkmenistan", "туркменистана")),
    ("play played plays playing concert concerts gig gigs", ("performed",)),
    ("играл играли играет концерт концерты", ("выступал",)),
    ("goal goals objective objectives mission", ("aims",)),
    # "what was the focus of the forum in ashgabat": what it dealt with, or aims at
    ("focus focused focuses focusing", ("dealt", "aims")),
    ("shape shapes", ("form",)),  # "what shape does that take in practice"
    # "which wider section of the russia profile is this bit part of"
    ("wider larger", ("bigger",)),
    # "какие бывают форматы — выставки, конференции": the forms co-operation takes
    ("формат форматы форматов форматах formats", ("формы", "forms")),
    # "в чём выражается это сотрудничество": the forms it takes
    ("выражается выражаются выражено проявляется проявляются", ("формы",)),
    ("hold holds holding", ("hold", "held")),  # "why hold those forums at all"
    ("задача задачи назначение смысл", ("цель",)),
    # "кто заботится о сохранении…", "who looks after the joint space": what it aims at
    ("заботится заботятся заботиться заботу забота cares caring", ("цель", "aims")),
    # "чего хотят добиться": what they aim at, or a success ("удалось добиться")
    ("добиваются добивается", ("цель",)),
    ("добиться", ("успехом", "цель")),
    ("big biggest top leading major famous", ("best",)),
    ("крупные ведущие известные большие", ("лучшие",)),
    ("movie movies film films", ("filmmakers",)),
    ("фильм фильмы кинематограф киношники", ("кинематографистов",)),
    ("участники участник члены член", ("объединяет",)),
    ("recent current outdated latest newer fresh", ("date",)),
    ("свежие свежая устарела устарели актуально", ("актуальны",)),
    ("arrange arranges arranged arranging", ("organised",)),
    ("set setup setting", ("initiated",)),
    ("инициатор инициаторы инициатором инициатива инициативе инициативу", ("инициировал",)),
    ("идея идеи идею задумка затея затеи затею затеей", ("инициировал",)),
    # "или россия тоже причастна": whose it is
    ("причастна причастен причастны причастно", ("инициировал",)),
    # Slang for the youth orchestra ("молодежка симфоническая").
    ("молодежка молодежку молодежки молодежке молодежкой", ("молодежный",)),
    (
        "прошел прошла прошло прошли состоялся состоялась состоялись проводился проводилась",
        ("проходил",),
    ),
    ("ездят ездить едут ездил ездили поехать съездить ехать", ("выезжают",)),
    ("deal deals agreement treaty treaties arrangement arrangements", ("agreements",)),
    ("wrk wrkd wrked", ("work",)),  # chat spelling: "did it evn wrk"
    ("talk talked talking discuss discussed discussing discussion debated", ("dealt",)),
    # "седьмой форум, какая там была повестка", "the ashgabat forum's agenda": what it dealt with
    ("agenda agendas повестка повестку повестке повестки повесткой povestka", ("dealt",)),
    ("achieve achieves accomplish", ("aims", "purpose")),
    ("republic republics", ("countries",)),
    ("region regions", ("space",)),
    ("регион региона регионе регионы", ("пространстве",)),
    ("республика республики республик", ("страны",)),
    ("договоренности договоренность договор договоры соглашение", ("соглашения",)),
    ("schengen шенген шенгенские шенгенская шенгенскими шенгенских шенгенскую", ("visas",)),
    ("commonwealth содружество содружества содружестве", ("cis",)),
    (
        "quote quotes quoting quoted cite cites citing цитата цитаты цитируешь цитируете "
        "report reports handbook handbooks справочник справочника справочнике справочнику "
        "bibliography footnote footnotes ссылка ссылки ссылку ссылок ссылке цитирования сноска "
        "сноски сносок",
        ("source",),
    ),
    ("гос госво гос-во госва", ("государства",)),
    ("overseas", ("abroad",)),
    ("took", ("take",)),  # "where took place the seventh forum"
    ("reason reasons", ("purpose",)),  # "what is the reason for the forums"
    ("полезны полезен полезна польза пользы", ("цель",)),
    (
        "заграница заграницу заграницей заграничные заграничных иностранцы иностранцами "
        "иностранцев иностранными иностранные иностранных бугор бугром",  # "за бугор"
        ("рубежом",),
    ),
    ("напечатана напечатано напечатали напечатан", ("опубликована",)),
    ("obstacle obstacles hurdle hurdles restriction restrictions", ("barriers",)),
    ("препятствия препятствий ограничения ограничений", ("барьеров",)),
    ("scholars academics scientists researchers", ("scientific",)),
    ("ученые ученых учеными наука науки науке наукой", ("научной",)),
    ("painter painters sculptor sculptors", ("visual", "artists")),
    ("живописцы живописцев скульпторы скульпторов", ("художников",)),
    # "художественная конфедерация": the artists' one, as users name it.
    (
        "художественная художественной художественную художественные художественных "
        "художественный художественного",
        ("художников",),
    ),
    ("association associations guild guilds", ("unions",)),
    ("ассоциации ассоциаций", ("союзы",)),
    # "объединение художников бывшего СССР": a union of unions, as the confederation is
    ("объединение объединения объединении объединением", ("союзы", "конфедерация")),
    ("kyiv", ("kiev",)),
    ("belorussia byelorussia", ("belarus",)),
    ("белоруссия белоруссии", ("беларуси",)),
    ("fest fests", ("festival",)),
    ("spb piter питер петербург", ("petersburg",)),
    ("msk мск", ("moscow",)),
    ("gov govt", ("government",)),
    ("intl", ("international",)),
    # The former Soviet space and the CIS are one region, however it is named.
    ("ussr soviet", ("soviet", "cis")),
    (
        "ссср советский советского советских советском постсоветье постсоветья постсоветью",
        ("постсоветском", "снг"),
    ),
    ("рф", ("россии",)),
    ("rf", ("russia",)),
    ("ru", ("russia",)),
    ("bel", ("belarus",)),  # "rus-bel union state"
    ("sec", ("section",)),
    ("ифеско", ("ifescco",)),
    # The names people half remember: "the Slavic Market", "Slavonic Fair", "youth philharmonic".
    ("market markets fair fairs", ("bazaar",)),
    ("рынок рынка рынке ярмарка ярмарки ярмарке ярмарку", ("базар",)),
    ("rynok rynke yarmarka", ("bazaar",)),
    ("philharmonic philharmonia", ("orchestra",)),
    ("филармония филармонии филармонию filarmoniya filarmoniyu filarmonii", ("оркестр",)),
    ("pub publ", ("published",)),
    ("рб", ("беларуси",)),
    ("moc", ("ministry", "culture")),
    ("yso", ("youth", "symphony", "orchestra")),
    ("handle handles handled", ("organised",)),  # "does the MoC handle tours"
    ("kicked", ("initiated",)),  # "who kicked off the festival"
    ("pick picks choose chooses chose chosen", ("send",)),  # "…the ministry doesn't pick"
    ("yaer yr", ("year",)),  # "forum in ashgabat what yaer": four letters, too short to guess
    # Who acts for the state, however a user names it.
    ("authorities officials", ("government", "state")),
    ("власти власть властей правительство правительства чиновники", ("государство",)),
    # "официальные гастроли": the state's, as "official tours" are
    ("официальные официальный официальных официальная официальной официально", ("государство",)),
    ("turagentstva turagentstvo turagentstv", ("агентства",)),
    ("freelance freelancer freelancers indie self-employed", ("independently",)),
    ("фрилансеры фрилансер независимые независимо самостоятельные", ("самостоятельно",)),
    ("ensemble ensembles troupe troupes bands", ("companies", "orchestras")),
    ("ансамбли ансамблей труппы труппа коллективы", ("коллективы", "оркестры")),
    ("устраивают устраивает устроить организуют организует организовать", ("организуются",)),
    ("выехать выезжать выезд уехать ездят ездит ездить ездили", ("выезжают",)),
    ("появился появилась появилось возник возникла возникло", ("инициировал",)),
    # "кто стоял за созданием фестиваля", "инициатива создания оркестра"
    ("создание создания созданием создании", ("инициировал",)),
    ("добились добился получилось получится удалось", ("успехом",)),
    ("собирают собирает объединяют", ("объединяет",)),
    # "соглашения с кем заключены": one concludes agreements, nothing else in the chapter
    (
        "заключены заключено заключен заключила заключил заключили заключать заключает заключают",
        ("соглашения",),
    ),
    # Bookish and official Russian for the chapter's words: "по чьему почину", "казённой
    # протекции", "упразднение визовых препон", "кабмин", "обнародована".
    ("содействие содействия содействию содействует содействуют", ("поддержки",)),
    ("протекции протекция протекцией", ("поддержки",)),
    ("экспозициями экспозиции экспозиций экспозиция", ("выставками",)),
    ("почину почин почина", ("инициировал",)),
    ("прибегают прибегает прибегать", ("обращаются",)),
    ("казенной казенный казенных казенные казенного", ("государственной",)),
    ("хлопочет хлопочут ратуют ратует пробивает пробивают пробивать", ("лоббирует",)),
    ("упразднении упразднение упразднения упразднить", ("отмены",)),
    ("препон препоны препятствий препятствия", ("барьеров",)),
    ("кабмин кабмина кабмином кабмину", ("правительство",)),
    ("культработников культработники культработник", ("деятели", "культуры")),
    ("крепнет крепнут крепнуть", ("развивается",)),
    ("сплачивает сплачивают", ("объединяет",)),
    ("держав держава державы державами", ("стран",)),
    ("сбережение сбережения", ("сохранение",)),
    ("концертировать концертировал концертировали концертирует", ("выступал",)),
    ("обнародована обнародован обнародовали обнародовано", ("опубликована",)),
    ("датирован датирована датировано датированы dated", ("опубликована",)),
    ("многолетний многолетнего многолетним многолетние многолетних", ("долгосрочный",)),
    # The adjective for the noun of a fact: "ежегодный музыкально-театральный проект".
    (
        "музыкальный музыкальная музыкальное музыкальные музыкального музыкальной "
        "музыкальных музыкальным музыкально",
        ("музыка",),
    ),
    (
        "театральный театральная театральное театральные театрального театральной "
        "театральных театральным театрально",
        ("театр",),
    ),
    ("созывает созывают созывал созывали convenes convene convened", ("организует",)),
    ("заседал заседали заседает", ("проходил",)),
    ("meetups meetup", ("forums",)),
    ("праздника праздник праздников", ("фестиваль",)),
    ("сборника сборник сборнике", ("компендиум",)),
    ("долгоиграющий долгоиграющего", ("долгосрочный",)),
    # "какой там был долгий музыкальный проект": the long-term one
    (
        "долгий долгого долгим долгая долгую долгое долговременный долговременного долгоживущий",
        ("долгосрочный",),
    ),
    ("сценический сценического сценических", ("исполнительских",)),
    ("толковал толковали", ("посвящен",)),
    ("культ", ("культуры",)),
    ("питера питере питеру", ("petersburg",)),
    # Colloquial Russian as typed on a phone: "выставочки, конфы", "туса в витебске",
    # "когда главу выложили", "топовые коллективы", "чё они продвигают".
    ("выставочки выставочка выставочек", ("выставки",)),
    ("конфы конфа конф конфах конфу", ("конференции",)),
    ("туса тусу тусы тусовка тусовку тусовки", ("фестиваль", "мероприятие")),
    ("мутят мутили замутили замутил", ("организуют",)),
    # "внутри содружества через что налаживается сотрудничество": develops
    ("налаживается налаживаются налаживают налаживать наладить налажено", ("развивается",)),
    # "кого минкульт посылает за границу", "кто вывозит лучшие театры за рубеж": sends
    (
        "посылает посылают посылал посылали посылать послать послал послали "
        "вывозит вывозят вывозил вывозили вывозить вывезти вывез",
        ("отправляет",),
    ),
    ("выложили выложена выложен выложено выложил", ("опубликована",)),
    # "эту главу выпустили в 2015 году?" (not "выпускают": what a body releases, "выпускает
    # фильмы")
    ("выпустили выпущена выпущен выпустил", ("опубликована",)),
    (
        "топовых топовые топовым топовый крутые крутых крутым крутой "
        "topovye topovyh krutye krutyh",  # typed in Latin letters
        ("лучших",),
    ),
    ("продвигают продвигает продвигать", ("содействуют",)),
    # "с какой периодичностью проводится базар": how often
    ("периодичность периодичностью периодичности регулярность регулярностью", ("часто",)),
    ("frequency periodicity regularity", ("often",)),  # "CIS forums frequency"
    # Described instead of named (the eighteenth session's writers): "the cream of russian
    # orchestras", "yearly intelligentsia summits", "teenage musicians", "что делают наверху",
    # "удалось пробить безвиз", "с кем из прибалтов дружит".
    ("cream", ("best",)),
    ("outfit outfits", ("body",)),  # "the umbrella outfit for movie people"
    ("bloc", ("space",)),  # "the former soviet bloc": the former Soviet space
    ("summit summits", ("forums",)),
    ("teenage teenagers teen teens", ("youth",)),
    ("наверху", ("правительство",)),
    ("пробить пробили пробил", ("отменили",)),
    ("дружит дружат дружили", ("сотрудничают",)),
    ("прибалты прибалтов прибалтам прибалтами прибалтах", ("прибалтики", "прибалтийские")),
    # The nineteenth session's fourth describer: "that crew of young classical musicians", "a
    # song and stage shindig", "yearly huddles of thinkers", "brainiacs", "whose baby", "who
    # dreamed it up", "с прибалтами что-нибудь подписано", "профи", "киношных профсоюзов",
    # "кто собрал оркестр", "не протухло ли", "когда эту штуку написали".
    ("crew crews", ("companies", "orchestras")),
    ("shindig shindigs", ("festival",)),
    ("huddle huddles", ("forums",)),
    ("brainiac brainiacs", ("intellectuals",)),
    ("dreamed dreamt", ("initiated",)),
    ("подписания подписание", ("соглашения",)),  # "соглашения год подписания"
    ("профи", ("профессионалов",)),
    ("киношных киношные киношного киношной киношников", ("кинематографистов",)),
    ("собрал собрала собрали sobral sobrali", ("инициировал",)),
    ("протухло протухла протух устарело", ("актуальны",)),
    ("написали написан написана", ("опубликована",)),  # ("написано" is a function word)
    ("евросоюз евросоюзе евросоюза евросоюзу евросоюзом", ("европе",)),  # the visas' Europe
    ("возня возню возни", ("лоббирует",)),  # "чем кончилась вся эта возня с визами"
    ("люда люду", ("деятели",)),  # "для творческого люда" ("люд" is a function word)
    ("художническая художнической художнические художнических художническую", ("художников",)),
    # The fifth describer: "собирают умников", "юных симфонистов", "межгосударственная копилка",
    # "кому пришло в голову", "праздник песни в городе Шагала" (Vitebsk).
    ("умники умников умниками умникам", ("интеллигенции",)),
    ("юных юные юный юная юного юным юными юной юную", ("молодежный",)),
    ("копилка копилку копилки копилкой", ("фонд",)),
    ("пришло", ("инициировал",)),
    ("лезть лезет лезут", ("лоббирует",)),  # "зачем правительству лезть в визовый вопрос"
    # "если хотим выступить за границей": to perform (Snowball stems it as "выступил", of the
    # festival's initiator)
    ("выступить выступать выступаем выступают выступим", ("выступал",)),
    ("справка справку справке", ("текст",)),
    ("материал материала материале материалом", ("текст",)),  # "когда опубликован этот материал"
    ("акция акции акцию акцией", ("мероприятие",)),  # "это разовая акция или каждый год"
    # "живое общение творческих людей с заграницей": direct co-operation
    ("живое живая живой живого живых живым", ("прямое",)),
    (
        "общение общения общению общением общаются общаться общается общались",
        ("сотрудничество",),
    ),
    ("туристические туристических туристическое туристический туристическим", ("гастрольные",)),
    # The seventh describer: "which country is this writeup about", "в какое сообщество
    # художников входят…", "meetups of thinkers".
    ("writeup writeups", ("chapter",)),
    ("сообщество сообщества сообществе сообществом", ("союз",)),
    ("meetup meetups", ("forums",)),
    ("thinkers", ("intellectuals",)),
    ("dedicated", ("devoted",)),  # "what is this section dedicated to"
    ("волокита волокиту волокиты волокитой", ("барьеры",)),  # "визовая волокита для артистов"
    ("club clubs", ("union",)),  # "what does the painters' club want"
    # "государство вообще помогает деятелям искусства…": supports
    ("помогает помогают", ("поддерживает",)),
    ("nazvany nazvano nazvana nazvan", ("названы",)),  # "kakie formy tam nazvany"
    ("talkfest talkfests", ("forums",)),  # "what else does it run besides the yearly talkfests"
    # "для чего художнеческая конфедерация создана" (художническая, often misspelt)
    ("художническая художнической художнический художническое художнеческая", ("художников",)),
    ("ruby", ("russia", "belarus")),  # "RU-BY joint festival", tokenised as one word
    # "which multilateral body brings together film unions from the cis and the baltics"
    ("multilateral multinational многосторонний многосторонняя многостороннее", ("international",)),
    ("орг орги оргов оргом", ("организатор",)),  # "форумы с 2006 — кто орг."
    # "песенный праздник у белорусов": music ("song" stays unknown: "baltic song festival")
    ("песенный песенного песенном песенным песен песни", ("music",)),
    # The twenty-third session's sets: "прямые контакты между специалистами культуры", "the
    # painters' league of the old republics"
    (
        "specialist specialists специалист специалисты специалистов специалистами специалистам",
        ("professionals",),
    ),
    ("league leagues", ("union",)),
)
# Two words that together mean a word of the fact base, where the second alone does not
# ("whose *idea*" asks who initiated; an idea alone may be good or bad; "бывший *союз*" is the
# former USSR, not a union of artists).
PHRASE_SYNONYMS: dict[tuple[str, str], str] = {
    ("whose", "idea"): "initiated",
    ("whose", "baby"): "initiated",  # "whose baby is that big music fest"
    ("whos", "idea"): "initiated",  # typed without its "e"
    ("whos", "baby"): "initiated",
    ("bright", "idea"): "initiated",  # "whose bright idea was that band of teen musicians"
    ("the", "road"): "tours",  # "did it only play at home or hit the road too"
    ("чья", "идея"): "инициировал",  # "чья это была идея собрать…"
    ("travel", "papers"): "visas",  # "ease up on travel papers"
    ("clever", "people"): "intellectuals",  # "the meetings of clever people from the ex-USSR"
    ("kick", "off"): "started",  # "what year did those meetups kick off"
    ("side", "of"): "supports",  # "is the state on the side of artists working with…"
    # "обмены между людьми искусства": between artists ("люди" alone is a function word)
    **{(people, "искусства"): "артисты" for people in ("люди", "людей", "людям", "людьми")},
    ("leaning", "on"): "lobbies",  # "is moscow leaning on europe"
    ("общая", "крыша"): "объединяет",
    ("visa", "rules"): "barriers",  # "getting visa rules eased" (not any rules)
    ("visa", "access"): "mobility",  # "do russian artists have easy visa access to the EU"
    ("easy", "visa"): "facilitate",
    ("visa", "regulations"): "barriers",
    ("get", "picked"): "send",  # "who doesn't get picked" (not "curious who got picked")
    # "с прибалтами что-нибудь подписано": something signed is an agreement (not "что
    # подписали страны в Ашхабаде", which asks what was signed there)
    ("то", "подписано"): "соглашения",
    ("нибудь", "подписано"): "соглашения",  # "есть ли общая крыша для киношных профсоюзов"
    ("outside", "russia"): "abroad",  # "gigs outside Russia" (not "outside the CIS")
    ("set", "up"): "initiated",  # "who actually set up the festival"
    ("sets", "up"): "initiated",
    ("came", "up"): "initiated",  # "who came up with the festival"
    ("come", "up"): "initiated",
    ("comes", "up"): "initiated",
    # "is it a one-off or does it keep going": how often
    ("one", "off"): "annual",
    ("one", "time"): "annual",  # "a one-time event or annual"
    ("один", "раз"): "ежегодно",  # "каждый год бывает или один раз был"
    ("keep", "going"): "annual",
    ("pull", "in"): "includes",  # "which countries does it pull in"
    ("у", "истоков"): "инициировал",  # "кто стоял у истоков": who was there at the start
    ("red", "tape"): "barriers",
    ("it", "alone"): "independently",
    ("flying", "solo"): "independently",
    ("fine", "art"): "visual",  # "the fine-art guild federation": the visual artists'
    ("fine", "arts"): "visual",
    ("fine", "artists"): "visual",  # "that fine-artists federation"
    ("fine", "artist"): "visual",
    ("the", "table"): "discussed",  # "what was on the table at the gathering"
    ("cooked", "up"): "initiated",  # "who cooked up the big annual music fest"
    ("cook", "up"): "initiated",
    ("pan", "out"): "successful",  # "did the whole push ever pan out"
    ("panned", "out"): "successful",
    ("link", "up"): "cooperate",  # "how do creative people link up with each other"
    ("team", "up"): "cooperate",  # "artists teaming up with colleagues abroad"
    ("teaming", "up"): "cooperate",
    ("teamed", "up"): "cooperate",
    ("подставляет", "плечо"): "поддерживает",  # "государство подставляет плечо творческим людям"
    ("подставить", "плечо"): "поддержать",
    ("turkmenistans", "capital"): "ashgabat",  # "the gathering in turkmenistan's capital"
    ("turkmen", "capital"): "ashgabat",
    ("туркменской", "столице"): "ашхабаде",
    ("туркменская", "столица"): "ашхабад",
    ("eye", "fesco"): "ifescco",  # the foundation spelt as it is said
    ("eye", "fesko"): "ifescco",
    ("ай", "феско"): "мфгс",
    ("ай", "фэско"): "мфгс",
    ("arm", "twisting"): "lobbies",  # "did all that arm-twisting over visas ever pay off"
    ("get", "together"): "forum",  # "those yearly get-togethers of the brainy crowd"
    ("get", "togethers"): "forums",
    ("wing", "it"): "independently",  # "do musicians just wing it on their own dime"
    ("own", "dime"): "independently",
    ("joint", "venture"): "coproduction",  # "a one-country show or a joint venture"
    ("entry", "papers"): "visas",  # "arm-twisting over entry papers for performers"
    ("entry", "permits"): "visas",
    ("the", "hit"): "risks",  # "and take the hit if it flops"
    ("пришло", "в"): "инициировал",  # "кому пришло в голову собрать оркестр"
    # "how do the top orchestras get sent abroad, and what do the other artists do": those the
    # ministry does not send.
    ("other", "artists"): "independent",
    ("other", "performers"): "independent",
    # "how do smaller performers get abroad": those the ministry does not send, as the best are
    ("smaller", "performers"): "independent",
    ("smaller", "artists"): "independent",
    ("smaller", "theatres"): "independent",
    ("smaller", "groups"): "independent",
    ("smaller", "troupes"): "independent",
    ("small", "band"): "independent",  # "my nephew plays in a small band, … tour abroad"
    ("small", "bands"): "independent",
    ("smaller", "bands"): "independent",
    ("остальные", "артисты"): "независимые",
    ("остальным", "артистам"): "независимые",
    ("остальных", "артистов"): "независимые",
    ("take", "place"): "held",  # "how often take place the forums"
    ("takes", "place"): "held",
    ("took", "place"): "held",
    ("taking", "place"): "held",
    ("take", "away"): "removal",  # "want to take away visa barriers"
    ("taking", "away"): "removal",
    ("бывший", "союз"): "снг",
    # "из бывших союзных республик": the former Soviet ones (not the Union State)
    ("союзных", "республик"): "снг",
    ("союзные", "республики"): "снг",
    ("союзных", "стран"): "снг",
    ("союзные", "страны"): "снг",
    ("стоит", "за"): "инициировал",  # "кто стоит за тем летним праздником"
    ("стоят", "за"): "инициировал",
    ("раз", "в"): "ежегодно",  # "раз в год собирают"
    ("городе", "шагала"): "витебске",  # Chagall's town
    ("город", "шагала"): "витебск",
    ("бывшего", "союза"): "снг",
    ("бывшем", "союзе"): "снг",
    ("бывшему", "союзу"): "снг",
    ("каждый", "год"): "ежегодно",
    ("каждое", "лето"): "ежегодно",  # "каждое лето ездит в витебск"
    ("every", "year"): "annual",
    ("each", "year"): "annual",
    # "did the visa thing work out", "has the push paid off": did it succeed
    ("work", "out"): "successful",
    ("worked", "out"): "successful",
    ("paid", "off"): "successful",
    ("pay", "off"): "successful",
    ("put", "on"): "holds",  # "what does ifescco put on every year"
    ("puts", "on"): "holds",
    ("get", "anywhere"): "successful",  # "did the campaign actually get anywhere"
    ("got", "anywhere"): "successful",
    ("getting", "anywhere"): "successful",
    # "did they manage to…" (succeed), not "how do the others manage" (get by)
    ("manage", "to"): "successful",
    ("managed", "to"): "successful",
    ("manages", "to"): "successful",
    # "the best theatres go through the ministry, what about everyone else": the other artists
    ("everyone", "else"): "independently",
    ("everybody", "else"): "independently",
    # "а как обычные артисты": those the ministry does not send (see "other artists" above;
    # "the rest of" would be read so in "the rest of the chapter" too)
    ("other", "musicians"): "independently",
    ("обычные", "артисты"): "самостоятельно",
    ("обычные", "музыканты"): "самостоятельно",
    ("остальные", "музыканты"): "самостоятельно",
    **{
        (ordinary, artists): "independently"
        for ordinary in ("ordinary", "regular", "normal", "average")
        for artists in ("artists", "musicians", "performers", "bands", "actors")
    },
    ("бывших", "республик"): "снг",  # "форум бывших республик"
    ("interstate", "fund"): "фонд",  # not money: IFESCCO's name
    ("compendium", "entry"): "chapter",  # "which country is this compendium entry about"
    ("this", "entry"): "chapter",
    # "the entry paperwork for its performers": what it takes to get into a country, a visa
    **{
        ("entry", papers): "visas"
        for papers in ("permit", "permits", "paperwork", "papers", "requirements", "rules")
    },
    # "the festival in that Belarusian city": the one city of Belarus the chapter names.
    ("belarusian", "city"): "vitebsk",
    ("belarusian", "town"): "vitebsk",
    ("belarussian", "city"): "vitebsk",
    ("belarussian", "town"): "vitebsk",
    ("белорусском", "городе"): "витебске",
    ("белорусский", "город"): "витебск",
    ("белорусского", "города"): "витебска",
    ("белорусском", "городке"): "витебске",  # "фестиваль в белорусском городке"
    ("белорусский", "городок"): "витебск",
    ("белорусского", "городка"): "витебска",
    # "the painters' umbrella group": the confederation of their unions
    ("umbrella", "group"): "confederation",
    ("umbrella", "body"): "confederation",
    ("umbrella", "organisation"): "confederation",
    ("umbrella", "organization"): "confederation",
    ("бывшие", "республики"): "снг",
    # "which CIS states are in the confed": countries, not the state that supports culture
    ("cis", "states"): "countries",
    ("member", "states"): "countries",
    ("baltic", "states"): "countries",
    ("this", "piece"): "text",  # "when was this piece put out"
    ("этот", "кусок"): "текст",  # "в какую часть справки входит этот кусок"
    # "страновая справка", "country report": the country profile the chapter is part of
    ("страновой", "справки"): "профиля",
    ("страновая", "справка"): "профиль",
    ("страновую", "справку"): "профиль",
    ("country", "report"): "profile",
    ("this", "page"): "text",  # "what's this page about", as "эта страница" is
    # "the painters' league, what is it after": what it aims at (not "after" as "актёр")
    ("it", "after"): "aims",
    ("they", "after"): "aims",
    # "в белорусском городе, где родился Шагал": Vitebsk ("шагал" alone is "walked")
    ("родился", "шагал"): "витебск",
    ("налаживают", "связи"): "сотрудничество",  # "сами налаживают связи с коллегами"
    ("налаживать", "связи"): "сотрудничество",
    # "the movie-makers' umbrella": the filmmakers ("makers" alone is no word of the chapter)
    ("movie", "makers"): "filmmakers",
    ("film", "makers"): "filmmakers",
    # "фестиваль на родине Шагала", "chagall's home town": Vitebsk, as "город Шагала" is
    ("родине", "шагала"): "витебске",
    ("родина", "шагала"): "витебск",
    ("rodine", "shagala"): "vitebske",
    ("gorode", "shagala"): "vitebske",
    ("chagalls", "hometown"): "vitebsk",
    ("chagalls", "town"): "vitebsk",
    ("chagalls", "home"): "vitebsk",
    ("chagall", "town"): "vitebsk",
    ("chagalls", "birthplace"): "vitebsk",
}
# "где собирались в седьмой раз": the seventh time is the seventh forum (the only thing the chapter
# counts; "в первый раз" is only "first").
PHRASE_SYNONYMS.update(
    {
        (word, "раз"): "форум"
        for word, number in ORDINAL_WORDS.items()
        if not word.isascii() and number != "1"
    }
)
# "творческие союзы постсоветских стран": the post-Soviet space, the CIS (a plural adjective
# alone keeps its own word: "союзов художников постсоветских").
PHRASE_SYNONYMS.update(
    {
        (adjective, noun): "постсоветье"
        for adjective in ("постсоветских", "постсоветские", "постсоветскими")
        for noun in ("стран", "страны", "странах", "странами", "государств", "государствах")
    }
)
# "the belarus song fest", "песенный праздник у белорусов": a festival of songs is one of
# music (a song alone is no music: "song" is no word of the chapter).
PHRASE_SYNONYMS.update(
    {
        (song, festival): "music"
        for song in ("song", "songs", "singing")
        for festival in ("fest", "festival", "festivals")
    }
    | {
        (song, festival): "музыка"
        for song in ("песенный", "песенного", "песенном", "песенным", "песенная", "песенной")
        for festival in words(
            "фестиваль фестиваля фестивале фестивалем фест феста праздник праздника празднике "
            "праздником"
        )
    }
)
# Two words that together say nothing: "who set it up *in the first place*".
FILLER_PAIRS = frozenset(
    {
        ("first", "place"),
        # "это только гастроли и больше ничего?": "only" said again, nothing asked of its own
        ("больше", "ничего"),
        ("ничего", "больше"),
        ("nothing", "else"),
        # "i'm trying to figure out what this text is": what the user is doing, not asking
        ("figure", "out"),
        ("find", "out"),
        # "дай краткое содержание главы": a summary of it, what it says
        ("краткое", "содержание"),
        # "the text says 'once a year'": the chapter pointed at, not asked about.
        ("text", "says"),
        # "а МФГС это что за организация": what kind of thing it is, which its fact says
        ("за", "организация"),
        ("за", "структура"),
        ("за", "фонд"),
        # "что конкретно написано про визовые барьеры": what the text says on it
        ("конкретно", "написано"),
        ("конкретно", "сказано"),
        ("конкретно", "говорится"),
        # "my grandma used to watch it": a habit of the past, not a use
        ("used", "to"),
        # "из чего конкретно состоит сотрудничество": what it is made of, its forms
        ("чего", "конкретно"),
        # "чем занимается МФГС в сфере культуры": the field every fact is in.
        ("сфере", "культуры"),
        ("области", "культуры"),
        ("sfere", "kultury"),
        ("oblasti", "kultury"),
        ("text", "said"),
        ("text", "say"),  # "does the text say anything about belarus"
        ("тексте", "сказано"),
        ("тексте", "написано"),
        ("тексте", "говорится"),
        ("идет", "речь"),  # "о какой стране идёт речь": what it is about
        # "a festival that keeps coming up": one often mentioned, not one kept or coming
        ("keeps", "coming"),
        ("coming", "up"),
        ("keeps", "popping"),
        ("popping", "up"),
        ("двух", "словах"),  # "о чём глава, в двух словах": briefly
        ("нескольких", "словах"),
        ("dvuh", "slovah"),  # in Latin letters
        # "армения и азербайджан в одной конфедерации?": together in it, no count asked
        ("в", "одной"),
        ("в", "одном"),
        ("в", "одних"),
        ("dvukh", "slovakh"),
        # Spoken fillers, as dictation writes them: "мфгс это самое что делает", "и как бы…".
        ("это", "самое"),
        ("как", "бы"),
        # "кто имеется в виду под интеллигенцией": what a word means, asked of the chapter.
        ("имеется", "в"),
        ("в", "виду"),
        ("шла", "речь"),
        ("the", "end"),  # "did it work out in the end"
        # "how do the top orchestras end up performing abroad": how they come to
        ("in", "general"),  # "what is this text about in general": вообще
        ("end", "up"),
        ("ends", "up"),
        ("ended", "up"),
        ("hang", "on"),  # "hang on, what is this text": wait
        # "…was in astana, or am i wrong / mixing it up": a claim put up to be checked
        ("i", "wrong"),
        ("mixing", "it"),
        ("mixing", "up"),
        ("mixed", "up"),
        ("история", "с"),  # "чем закончилась история с визами": the visas
        ("история", "со"),
        ("во", "имя"),  # "во имя чего затевались форумы": what for (QUESTION_PHRASES)
        # "what sort of document am i looking at": reading
        ("looking", "at"),
        ("hold", "on"),
        # "…, я правильно понял?": a claim put forward, not words of it.
        ("правильно", "понял"),
        ("правильно", "поняла"),
        ("правильно", "понимаю"),
        # "что именно", "кого именно": what exactly (while "какие именно театры" asks for
        # names and "почему именно Витебск" for a reason the chapter never gives).
        ("что", "именно"),
        ("чем", "именно"),
        ("кого", "именно"),
        ("кому", "именно"),
        ("когда", "именно"),
        ("idea", "behind"),  # "what's the idea behind the forums": what they are for
        ("back", "in"),  # "published back in 2013": when, not backing
        ("back", "then"),
        ("тут", "речь"),  # "о какой стране тут речь"
        # "расскажи чем занимается МФГС по этому тексту": according to the chapter
        ("этому", "тексту"),
        ("по", "тексту"),
    }
)
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: targets for words_of_group, targets in _SYNONYM_GROUPS for word in words_of_group.split()
}


# Places outside Europe and the former Soviet space, which the Compendium (a European work)
# does not describe: a question set there ("did the lobbying succeed in Asia") is not answered
# by a fact about Europe or the CIS — only by one about going abroad in general.
FAR_PLACES = words(
    """
    asia asian africa african america american americas australia australian oceania
    usa china chinese japan japanese india indian korea korean canada canadian brazil
    mexico argentina egypt israel iran turkey
    азия азии азию африка африке африки америка америке америки австралия австралии сша китай
    китае китая япония японии индия индии корея кореи канада канаде бразилия бразилии
    мексика египет израиль иран турция турции
    """
)
# The chapter's own country, which no fact names as a place (every fact is about it), but one
# in a list of places all the same: "сотрудничество России и Китая" is one thing, not two.
HOME_PLACES = words("russia russian rf россия россии россию россией рф")
# A country's policy as a whole: "belarus cultural policy".
POLICY_WORDS = words(
    "policy policies политика политики политике политику политикой "
    # … or its own profile: "а есть такой же раздел про украину" ("chapter" and "section" are
    # left out: "does the chapter mention who set up the Vitebsk festival")
    "profile profiles раздел раздела разделе разделы профиль"
)
# Words for a kind of place: "which *countries*…" is answered by a fact that names places.
PLACE_CLASS_WORDS = words(
    """
    country countries nation nations city cities capital capitals place places venue venues
    страна страны стран странах город города городов столица столицы место места мест местах
    """
)
# Words for a kind of body: "which *body* sends the best theatres abroad" is answered by a fact
# that names one (BODY_NAME_WORDS: the Ministry of Culture, a union, a confederation…).
BODY_CLASS_WORDS = words(
    """
    body bodies organisation organisations organization organizations institution institutions
    agency agencies ведомство ведомства орган органы организация организации учреждение
    """
)
BODY_NAME_WORDS = words("ministry union unions confederation foundation government ifescco")
# Words for a kind of event, and the events the chapter names: "which *events* does IFESCCO
# hold" is answered by a fact naming its Forums.
EVENT_CLASS_WORDS = words("event events мероприятие мероприятия мероприятий")
EVENT_NAME_WORDS = words("forum forums festival bazaar форум форумы фестиваль базар")
# The CIS members the chapter names (in 2013; Georgia had left, the Baltic states never joined).
CIS_STATES = words(
    "armenia azerbaijan belarus kazakhstan kyrgyzstan moldova tajikistan uzbekistan ukraine "
    "армения азербайджан беларусь казахстан киргизия молдова таджикистан узбекистан украина"
)
# Bodies of one kind that the chapter names apart, each by its own words: the filmmakers' and
# the visual artists' confederations. A question naming one ("does ukraine belong to the
# filmmakers confederation", "какие цели у конфедерации кинематографистов") is not about the
# other, however much else they share (a confederation, members, aims).
RIVAL_NAMES = (
    words(
        "filmmakers filmmaker film films кинематографистов кинематографисты кинематографист "
        "кино киношники"
    ),
    words("visual художников художники художник"),
)
# The bodies' own words: only a question naming a body asks about one of them ("film festivals
# in central asia" does not).
RIVAL_BODY_WORDS = words(
    "confederation union unions body organisation organization umbrella союз союзы союза союзов "
    "конфедерация конфедерации конфедерацию объединение объединения организация организации"
)
# Cities of the former Soviet space and the Baltics that the chapter does not name: a user's
# home town ("hello from Baku", "я из Ташкента"), never a misspelt word of the fact base
# ("baku" is not "back"). Those the fact base names (Kiev, Vitebsk, Ashgabat…) are its words.
UNLISTED_PLACES = words(
    """
    baku yerevan tbilisi almaty astana tashkent bishkek dushanbe chisinau kishinev riga vilnius
    tallinn tallin minsk odessa odesa kharkiv kharkov lviv grodno gomel brest kaunas samarkand
    баку ереван еревана ереване тбилиси алматы астана астаны астане ташкент ташкента
    ташкенте бишкек бишкека бишкеке душанбе кишинев кишинева кишиневе рига риги риге вильнюс
    вильнюса вильнюсе таллин таллина таллине таллинн минск минска минске одесса одессы одессе
    харьков харькова харькове львов львова львове гродно гомель гомеля гомеле брест бреста
    бресте каунас каунаса каунасе самарканд самарканда
    """
)
# Other European countries, which this chapter (on Russia) mentions nowhere: a question about
# one of them ("how does Germany support its artists abroad") asks about that country's policy,
# which only a fact about Europe itself (the visa barriers) may touch.
OTHER_EUROPEAN_PLACES = words(
    """
    france french germany german italy italian spain spanish poland polish britain british uk
    england netherlands dutch sweden swedish norway norwegian finland finnish austria austrian
    switzerland swiss portugal portuguese greece greek czech hungary hungarian romania bulgaria
    serbia croatia denmark danish belgium ireland irish
    франция франции францию германия германии германию италия италии испания испании польша
    польше польши великобритания великобритании англия англии швеция швеции норвегия норвегии
    финляндия финляндии австрия австрии швейцария швейцарии нидерланды нидерландах голландия
    голландии португалия португалии греция греции чехия чехии венгрия венгрии
    францией германией италией испанией польшей великобританией англией швецией норвегией
    финляндией австрией швейцарией голландией португалией грецией чехией венгрией францию
    италию испанию польшу англию швецию норвегию финляндию австрию швейцарию голландию
    португалию грецию чехию венгрию
    eu евросоюз евросоюза евросоюзе евросоюзу евросоюзом
    london paris berlin vienna prague warsaw madrid лондон лондоне лондона париж париже парижа
    берлин берлине берлина вена вене вены прага праге праги варшава варшаве варшавы мадрид
    мадриде мадрида
    """
) | frozenset(
    # "с польскими союзами", "немецкие визы" (not "английский": it is also the language)
    stem + ending
    for stem in words(
        "французск немецк итальянск испанск польск британск шведск норвежск финск австрийск "
        "швейцарск португальск греческ чешск венгерск голландск нидерландск датск бельгийск "
        "ирландск"
    )
    for ending in ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ими", "их", "ом", "ую")
)
# Countries outside the chapter: never read as a misspelt word of it (matcher), and their
# possessive is the country ("germany's").
FOREIGN_PLACES = FAR_PLACES | OTHER_EUROPEAN_PLACES


# Words that say a message in Latin letters is Russian (none of them English), and English
# words that say it is not (the English stopwords that are not also Russian words in Latin
# letters: "a", "i", "u", "to", "on", "no", "my" are "а", "и", "у", "то", "он", "но", "мы").
TRANSLIT_MARKERS = words(
    "kto chto shto kak kakie kakoy kakoi kakaya kakom kakih kakuyu kakogo kakoe kogda gde "
    "zachem pochemu skolko li eto etot eta etom etogo ili byl byla bylo byli takoe voobshe "
    "voobshche mozhno nuzhno dlya cherez bez eshe eshche uzhe ne net chego kem kuda otkuda tam "
    "est razve pravda chem"
)
_ALSO_RUSSIAN = words("a i u to on no my")


def is_translit(tokens: list[str]) -> bool:
    """Whether tokenised Latin-letter text is Russian typed in Latin letters."""
    return (
        bool(tokens)
        and all(token.isascii() for token in tokens)
        and not TRANSLIT_MARKERS.isdisjoint(tokens)
        and all(token not in STOPWORDS_EN or token in _ALSO_RUSSIAN for token in tokens)
    )
