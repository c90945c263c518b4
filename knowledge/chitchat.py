"""Small talk and junk: recognised before any matching, in English and Russian, with typos.

A message is chit-chat when every word of it is a greeting, a thanks, a goodbye, a "who are you /
help" or filler ("hi there bot", "спасибо большое!", "waht can u do"). A message that also asks
something ("hi, what is IFESCCO?") is a question: the matcher strips the small-talk words and
answers the rest. A longer message the chapter has no answer to that opens with thanks, a
greeting or "who are you" and asks nothing else ("thanks a lot, that really helped with my
essay!") is small talk too (:func:`small_talk_in`, consulted by the matcher after it declines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge.decision import ChitChat, DeclineReason
from knowledge.normalize import QUESTION_WORDS, STOPWORDS, tokenize, words

# Single words of each kind, normalised (ё→е), Latin transliteration included.
_WORDS: dict[ChitChat, frozenset[str]] = {
    ChitChat.GREETING: words(
        "hi hello hey hiya heya howdy hallo helo hullo yo sup greetings morning evening "
        "afternoon gm привет приветик приветствую здравствуйте здравствуй здрасте здрасьте "
        # as a letter opens: "Dear bot", "Уважаемый бот"
        "dear уважаемый уважаемая уважаемые "
        "здорово здарова здорова здаров хай хей эй салют хелло ку куку прив privet zdravstvuite "
        "zdravstvuyte salut "
        # in the languages of the countries the chapter names
        "salam salem aleykum alaikum alaykum салам салем алейкум привіт вітаю labas sveiki "
        "tere tervist barev барев gamarjoba гамарджоба сәлем сәлеметсіз салеметсиз salemetsiz "
        "ассалаумағалейкум ассалому алейкум бе"  # "сәлеметсіз бе": hello (kk)
        # and in the languages of people who write to it in English as a second language
        " hola bonjour ciao merhaba marhaba namaste 你好 您好 مرحبا"
    ),
    ChitChat.THANKS: words(
        "thanks thank thankyou thx thnx thanx tnx ty cheers appreciated appreciate great cool "
        "nice ok okay awesome perfect excellent wonderful brilliant gotcha understood clear "
        "спасибо спс пасиб пасибо благодарю спасиб ок окей норм хорошо отлично супер класс понятно "
        "ясно понял поняла круто замечательно spasibo spasibki helpful helped helps useful "
        "помогло помог помогли полезно полезный полезное полезная "
        "gracias danke dankeschön schön schoen merci grazie obrigado teşekkürler tesekkurler "
        "спасибочки 谢谢 شكرا рахмет rakhmet rahmet дякую дякуємо dyakuyu "
        "благодарствую признателен признательна признательны молодец молодцы"
    ),
    ChitChat.GOODBYE: words(
        "bye goodbye byebye cya farewell later goodnight пока досвидания прощай увидимся poka"
    ),
    ChitChat.ABOUT: words(
        "help помощь помоги помогите помочь хелп start старт menu меню human robot человек робот "
        "pomosh pomogi представься представьтесь "
        # "умеешь что": what the bot can do, typed as keywords
        "commands умеешь умеете"
    ),
}
# Word sequences of each kind; matched on whole tokens after filler words are set aside.
_PHRASES: dict[ChitChat, tuple[str, ...]] = {
    ChitChat.GREETING: (
        "good morning",
        "good afternoon",
        "good evening",
        "good day",
        "how are you",
        "how r u",
        "how is it going",
        "whats up",
        "доброе утро",
        "добрый день",
        "добрый вечер",
        "доброго времени суток",
        "dobryi den",
        "dobry den",
        "dobrii den",
        "dobryj den",
        "dobryi vecher",
        "dobroe utro",
        "доброй ночи",
        "как дела",
        "как у тебя дела",
        "как у вас дела",
        "как ты",
        "как поживаешь",
        "kak dela",
        # a ping: is anyone answering?
        "are you there",
        "you there",
        "anyone there",
        "ты тут",
        "ты здесь",
        "вы тут",
        "вы здесь",
        "есть кто",
    ),
    ChitChat.THANKS: (
        "thank you",
        "thank u",
        "many thanks",
        "большое спасибо",
        "спасибо большое",
        "спасибо большой",  # as a learner writes it
        "дуже дякую",  # uk
        "got it",
        "makes sense",
        # praise is thanks
        "good bot",
        "nice bot",
        "great bot",
        "хороший бот",
        "молодец бот",
        "бот молодец",
        "умный бот",
        "ты умный",
        "ты умница",
        "ты молодец",
        "ты классный",
        "smart for a bot",
        "youre smart",
        "youre pretty smart",
        "you are smart",
        "классный бот",
        "thats what i needed",
        "just what i needed",
        "good job",
        "nice job",
        "great job",
        "well done",
        "nice work",
        "great work",
        "good work",
    ),
    ChitChat.GOODBYE: (
        "see you",
        "see ya",
        "good night",
        "до свидания",
        "до встречи",
        "до завтра",
        "до связи",
        "see you tomorrow",
        "всего доброго",
        "спокойной ночи",
        "хорошего дня",
        "хорошего вечера",
        "всего хорошего",
        "have a good day",
        "have a nice day",
        "have a nice evening",
        "have a good evening",
        "have a good night",
        "have a nice weekend",
        "have a good weekend",
    ),
    ChitChat.ABOUT: (
        "commands list",
        "command list",
        "list of commands",
        "список команд",
        "who are you",
        "what are you",
        "are you a bot",
        "are you a chatbot",
        "are you a real person",
        "are you human",
        # "are you a bot or a real person": the second guess
        "or a real person",
        "or a person",
        "or a human",
        "or a human being",
        "или живой человек",
        "what can you do",
        "what do you do",
        "what do you know",
        "what can i ask",
        "what can i ask you",
        "what kinds of things can i ask",
        "what kind of stuff can i ask",
        "what stuff can i ask",
        "what kind of things can i ask",
        "what kind of questions can i ask",
        "what questions can i ask",
        "what should i ask",
        "what are you for",
        "how does this work",
        "how do you work",
        "can i ask you yes or no questions",
        "можно задавать вопросы да или нет",
        "do i just type",
        "help me out",
        "what should i type",
        "what do i type",
        "im new here",
        "i am new here",
        "я тут новенький",
        "я тут новенькая",
        "я здесь новенький",
        "я здесь новенькая",
        "что писать",
        "что мне писать",
        "how do i use you",
        "how do i use this",
        "how to use",
        "how does one use",
        "what can you check",
        "what is this bot",
        "who made you",
        "who created you",
        "who built you",
        "who wrote you",
        "what can you answer",
        "what kind of stuff can you answer",
        "what kind of things can you answer",
        "what sort of things can you answer",
        "what stuff can you answer",
        "what kind of stuff do you know",
        "what kind of things do you know",
        "what can you explain",
        "what are you able to do",
        "what you are able to do",
        "кто вы",
        "вы кто",
        "чем можете помочь",
        "чем можешь помочь",
        "чем вы можете помочь",
        "чем ты можешь помочь",
        "вы человек",
        "вы бот",
        "вы робот",
        "человек или программа",
        "человек или бот",
        "are you a program",
        "как задавать вопросы",
        "какие вопросы можно задавать",
        "какие вопросы здесь можно задавать",
        "какие вопросы тут можно задавать",
        "какие вопросы можно тебе задавать",
        "есть какая то справка",
        "есть справка",
        "как правильно задавать вопросы",
        "как мне задавать вопросы",
        "как мне правильно задавать вопросы",
        "can you explain terms",
        "explain terms",
        "can i write to you in russian",
        "can i write in russian",
        "can i ask in russian",
        "do you speak russian",
        "do you understand russian",
        "можно по русски",
        "можно порусски",
        "можно на русском",
        "ты понимаешь по русски",
        "ты понимаешь порусски",
        "ты понимаешь english",
        "понимаешь english",
        "ты понимаешь по английски",
        "ты понимаешь английский",
        "do you understand english",
        "what you can do",
        "is this thing working",
        "is this working",
        "are you working",
        "are you awake",
        "не понимаю как тут",
        "не понимаю как этим пользоваться",
        "не понимаю с чего начать",
        "не знаю с чего начать",
        "i dont know where to start",
        "dont know where to start",
        "i dont understand how this works",
        "you awake",
        "ты не спишь",
        "ты работаешь",
        "do you speak english",
        "can i write in english",
        "can you reply in english",
        "can you answer in english",
        "can you reply in russian",
        "can you answer in russian",
        "можешь отвечать по английски",
        "можешь отвечать на английском",
        "можешь ответить по английски",
        "what are you able to answer",
        "кто тебя создал",
        "кто тебя сделал",
        "кто тебя написал",
        "что ты можешь ответить",
        "what topics",
        "кто ты",
        "ты кто",
        "кто вы",
        "вы кто",
        "who you are",
        "what you can do",
        "how old are you",
        "сколько тебе лет",
        "с кем я разговариваю",
        "kes sa oled",
        "как с тобой работать",
        "как работать с тобой",
        "как с тобой работать",
        "what can you compare",
        "what kind of stuff can you compare",
        "с кем я говорю",
        "who am i talking to",
        "who am i speaking to",
        "ты бот",
        "ты живой",
        "ты настоящий",
        "ты человек",
        "are you alive",
        "are you real",
        "что ты умеешь",
        "что вы умеете",
        "что умеете",
        "ты цитируешь",
        "вы цитируете",
        "do you quote",
        "do you paraphrase",
        "can you give exact quotes",
        "can you quote",
        "ты можешь цитировать",
        "ты умеешь цитировать",
        "what can you list",
        "что умеешь",
        "ты умеешь что нибудь",
        "умеешь что нибудь",
        "ты можешь что нибудь",
        "можешь что нибудь",
        "что еще ты умеешь",
        "что еще умеешь",
        "what else can you do",
        "can you do anything else",
        "can you do anything besides",
        "что ты можешь",
        "что ты знаешь",
        "что можно спросить",
        "что можно спрашивать",
        "что у тебя спросить",
        "что у тебя можно спросить",
        "что можно у тебя спросить",
        "о чем тебя спросить",
        "о чем можно спросить",
        "как тобой пользоваться",
        "как вами пользоваться",
        "как им пользоваться",
        "как этим пользоваться",
        "как пользоваться",
        "как с вами общаться",
        "как с тобой общаться",
        "как общаться с ботом",
        "how do i talk to you",
        "how to talk to you",
        "что это за бот",
        "какие функции выполняет",
        "какие у тебя функции",
        "какие у вас функции",
        "ты кто такой",
        "кто ты такой",
        "ты кот такой",  # "ты кто такой", two letters swapped
        "что умеет этот бот",
        "что умеет бот",
        "how does the bot work",
        "how does this bot work",
        "зачем ты нужен",
        # A bot added to a group: "зачем тебя сюда добавили", "why were you added to this chat"
        "зачем тебя добавили",
        "зачем тебя сюда добавили",
        "кто тебя добавил",
        "кто тебя сюда добавил",
        "зачем ты здесь",
        "что ты тут делаешь",
        "что ты здесь делаешь",
        "why were you added",
        "why did they add you",
        "who added you",
        "why are you here",
        "what are you doing here",
        "useless bot",
        "stupid bot",
        "you are useless",
        "youre useless",
        "бесполезный бот",
        "тупой бот",
        "ты бесполезный",
        "kto ty",
        "chto ty umeesh",
        "how am i supposed to use",
        "how should i use",
        "explain what you are",
        "explain what you do",
        "what sort of stuff can i ask",
        "what sort of things can i ask",
        "what sort of questions can i ask",
        # the bot's commands: /start and /help list them
        "список команд",
        "какие команды",
        "какие есть команды",
        "list of commands",
        "what commands",
        "порусски понимаешь",
        "ты порусски понимаешь",
        "как этим ботом пользоваться",
        "как ботом пользоваться",
        "как пользоваться ботом",
        "на какие вопросы ты отвечаешь",
        "на какие вопросы отвечаешь",
        "на какие вопросы вы отвечаете",
        "what questions do you answer",
        "what kind of questions can you answer",
        "what questions can you answer",
    ),
}
# Words that may surround small talk without making it a question.
_FILLER = words(
    """
    there friend buddy mate guys all everyone everybody anyone anybody someone so much very
    lot again bot chatbot chapterbot pretty really quite here
    you u ya just well oh ah hmm and then for your the a to me it its is that this good
    cover covers topics topic ask haha hahaha hehe lol lmao service um umm uh erm exactly
    бот бота боту ботом боте ботик друг ребята всем тебе вам очень большое огромное еще ещё раз
    и а ну ладно же ты вы хаха хахаха ахах ахаха лол новенькая новенький новичок тут
    коллеги коллега colleagues colleague друзья friends folks
    добрый доброе доброго сегодня
    прошу пояснить поясните данный этот самое рассказать
    lost confused new kinda запутался запуталась растерялась растерялся
    """
)
_LEXICON = {word: kind for kind, words in _WORDS.items() for word in words}
# What the bot reads its answers from is the chapter: "what are you quoting from" (not "what
# else can you do besides quoting").
_SOURCE_VERBS = words("reading quoting citing read quote cite")


def _reads_from(tokens: list[str]) -> bool:
    """Whether ``tokens`` ask what something is read or quoted from."""
    return any(
        token in _SOURCE_VERBS and tokens[at + 1 : at + 2] == ["from"]
        for at, token in enumerate(tokens)
    )


# Words that start the bot: the command typed as a word. Only as typed, and not in a question
# ("who started it", "when did it start" ask about something).
_START_WORDS = words("start старт")
_FUZZY_WORDS = [word for word in _LEXICON if len(word) >= 5 and word not in _START_WORDS]
_PHRASE_LIST = {phrase: kind for kind, phrases in _PHRASES.items() for phrase in phrases}
_PHRASE_WORDS = frozenset(word for phrase in _PHRASE_LIST for word in phrase.split())
# Longest first, each with its first word (a phrase whose first word is absent is not there).
_PHRASES_LONGEST_FIRST = [
    (phrase, kind, phrase.split()[0])
    for phrase, kind in sorted(_PHRASE_LIST.items(), key=lambda item: -len(item[0]))
]
# The same by their first word, each as " phrase " with its number of words.
_PHRASES_BY_FIRST_WORD: dict[str, list[tuple[str, ChitChat, int]]] = {}
for _phrase, _kind, _first in _PHRASES_LONGEST_FIRST:
    _PHRASES_BY_FIRST_WORD.setdefault(_first, []).append(
        (f" {_phrase} ", _kind, len(_phrase.split()))
    )
# When a message mixes kinds ("hi, who are you?"), the most useful reply wins.
_PRIORITY = (ChitChat.ABOUT, ChitChat.THANKS, ChitChat.GOODBYE, ChitChat.GREETING)
# Small talk is short: a longer message is a question even if it opens with a greeting.
_MAX_TOKENS = 12
# Words of a polite request, not counted in that length: "may I ask who you are and what you
# can do", "не могли бы Вы рассказать, что Вы умеете".
_POLITE_REQUEST = words("may i ask please could would kindly пожалуйста не могли бы")

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|ru|io|info|html?)\b\S*")
_CODE_SIGNS = re.compile(r"[{}\[\]();=<>$\\|`#]")
_CODE_PATTERNS = re.compile(
    r"\b(?:def|class|import|return|function|var|const|lambda|elif|printf?|console\.log)\b\s*[\w(]"
    # (and a LaTeX command: "\cite{compendium2013}")
    r"|\bselect\b.+\bfrom\b|</?\w+[^>]*>|=>|->|::|&&|\|\||==|!=|\+\+|\\[a-z]+\{",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"[^\W_]")
# Words (one of two letters or more) with spaces and everyday punctuation, nothing code-like:
# certainly not junk, whatever else it is.
_PLAIN = re.compile(r"(?=.*[^\W\d_]{2})(?!.*\.[^\W\d_])[\w\s,.?!'’\"«»:-]*\Z", re.DOTALL)


# Chat spellings of the words of the phrases above ("what can u do", "how r u").
_CHAT_SPELLINGS = {
    "u": "you",
    "ya": "you",
    "r": "are",
    "ur": "your",
    "wat": "what",
    "wut": "what",
    "че": "что",
    "чо": "что",
    "што": "что",
    # "what sorts of things can i ask you" ("type" is also typing: "what should i type")
    "sort": "kind",
    "sorts": "kinds",
}


def _chat_tokens(text: str) -> list[str]:
    """The words of ``text`` with chat spellings read as the words they stand for."""
    return [_CHAT_SPELLINGS.get(token, token) for token in tokenize(text)]


def _phrases_at(tokens: list[str], at: int) -> Iterator[tuple[ChitChat, int]]:
    """The phrases of small talk that ``tokens`` hold from ``at`` on, longest first: each one's
    kind and number of words."""
    for phrase, kind, size in _PHRASES_BY_FIRST_WORD.get(tokens[at], ()):
        if " ".join(tokens[at : at + size]) == phrase[1:-1]:
            yield kind, size


# "what questions are you able to answer", "на какие вопросы вы в состоянии ответить": which
# questions the bot answers, however it is put (not "what questions did the forum answer").
_ASKS_WHAT_IT_ANSWERS = re.compile(
    r"^(?:на )?(?:what|which|какие|какого|на какие)(?: \w+)? (?:questions?|вопрос\w*)"
    r"(?: \w+){0,4}? (?:you|u|ты|вы)(?: \w+){0,3}? (?:answer|answers|handle|ответить|отвечаешь|"
    r"отвечаете|отвечать)$"
)
# A letter typed more than once for warmth ("heyy", "hiii", "thanksss").
_REPEATED_LETTER = re.compile(r"(.)\1+")


def classify_small_talk(text: str) -> ChitChat | None:
    """The kind of small talk ``text`` is, or None when it asks or says something else."""
    if text.lstrip().startswith("/"):
        command = text.lstrip()[1:].split("@")[0].split()[0].casefold() if text.strip("/ ") else ""
        if command in ("help", "start", "topics"):
            return ChitChat.ABOUT
    tokens = _chat_tokens(text)
    if not tokens or len(tokens) > _MAX_TOKENS + len(_POLITE_REQUEST.intersection(tokens)):
        return None
    if _ASKS_WHAT_IT_ANSWERS.search(" ".join(tokens)):
        return ChitChat.ABOUT
    if 1 < len(tokens) <= 3 and (joined := _LEXICON.get("".join(tokens))) is not None:
        return joined  # a space typed inside the word: "hell o", "спа сибо"
    found: set[ChitChat] = set()
    rest = _strip_phrases(tokens, found)
    remaining = []
    if _reads_from(tokens):
        return None  # "what are you even reading from": the chapter, not the bot
    asking = not QUESTION_WORDS.isdisjoint(tokens)
    for token in rest:
        kind = None if asking and token in _START_WORDS else _word_kind(token)
        if kind is not None:
            found.add(kind)
        elif token not in _FILLER and token not in STOPWORDS and not _filler_typo(token):
            remaining.append(token)
            if len(remaining) > 3:
                return None  # too much else to be small talk with a few typos
    if remaining:
        # What is left may be an about-question typed with typos ("waht can u do").
        kind = _fuzzy_phrase(" ".join(rest))
        if kind is None:
            # A letter's sign-off alone, with the name under it: "Kind regards, Maria".
            sign_off = _SIGN_OFF.search(text)
            if sign_off is None or text[: sign_off.start()].strip(" ,.!?;:\n"):
                return None
            kind = ChitChat.GOODBYE
        found.add(kind)
    return next((kind for kind in _PRIORITY if kind in found), None)


# Greetings and thanks inside a question ("hi, who started…", "спасибо, а где…"); not the
# words that also carry meaning there ("ok", "great", "пока" is also "while").
_POLITE_KINDS = (ChitChat.GREETING, ChitChat.THANKS, ChitChat.GOODBYE)
_POLITE_WORDS = frozenset(
    word
    for word, kind in _LEXICON.items()
    if kind in _POLITE_KINDS
    and word not in ("ok", "okay", "great", "nice", "cool", "clear", "later", "пока")
)


# Words that may stand inside a small-talk phrase ("что ты *вообще* умеешь").
_INSIDE_PHRASES = words("вообще actually wait really just then so like even")
# Small-talk words that also fill questions ("ok, what…", "great, and where…"): no sign that a
# message the chapter cannot answer was small talk.
_WEAK_WORDS = words(
    "ok okay great cool nice clear later пока хорошо понятно ясно класс супер отлично круто "
    "perfect excellent awesome ок окей норм"
)
# Words before a "what" that does not ask ("exactly what I needed", "хоть что-то полезное").
_BEFORE_RELATIVE_WHAT = words("exactly just именно thats quite хоть")
# Words that may come before the small talk a message opens with, and how many.
_LEADING_WORDS = 3
_SAYS_LITTLE = STOPWORDS | _FILLER | _WEAK_WORDS


# Greetings of two words, after which a message's small talk may start as after "hello".
_TWO_WORD_GREETINGS = frozenset(
    {("good", time) for time in ("morning", "afternoon", "evening", "day")}
    | {("добрый", "день"), ("добрый", "вечер"), ("доброе", "утро")}
)
# A Russian verb's second-person endings: "как ты *думаешь*", "как вы *оцениваете*".
_SECOND_PERSON = ("ешь", "ёшь", "ишь", "ете", "ёте", "ите")


def small_talk_in(text: str) -> ChitChat | None:
    """The small talk a longer message opens with ("thanks a lot, that really helped with my
    essay!", "доброе утро, чат", "wait, who are you – a human or a bot?"), for a message the
    chapter has no answer to. Only a greeting, thanks or goodbye word counts alone ("start",
    "help" and "человек" also fill questions); "who are you" and the like as phrases."""
    tokens = [
        _CHAT_SPELLINGS.get(token, token)
        for token in tokenize(text)
        if token not in _INSIDE_PHRASES
    ]
    # From the first word, or after words that say little ("а что ты умеешь", "круто, спасибо").
    starts = [0]
    if tuple(tokens[:2]) in _TWO_WORD_GREETINGS:
        starts.append(2)  # "good evening, how do i use this bot…"
    while (
        len(starts) < _LEADING_WORDS
        and starts[-1] < len(tokens)
        and tokens[starts[-1]] in _SAYS_LITTLE
    ):
        starts.append(starts[-1] + 1)
    found: list[tuple[ChitChat, int]] = []  # the kind, and where the rest of the message starts
    for start in starts:
        if start >= len(tokens):
            break
        opening = f" {' '.join(tokens[start : start + 5])} "
        found.extend(
            (kind, start + size)
            for phrase, kind, size in _PHRASES_BY_FIRST_WORD.get(tokens[start], ())
            if opening.startswith(phrase)
        )
    for start in starts:
        kind = _LEXICON.get(tokens[start]) if start < len(tokens) else None
        if (
            kind is not None
            and kind is not ChitChat.ABOUT
            and tokens[start] not in _WEAK_WORDS
            # "who helps russian theatres tour abroad": asked, not thanks
            and QUESTION_WORDS.isdisjoint(tokens[:start])
        ):
            found.append((kind, start + 1))
    if not found:
        return None
    # (A question about the bot after a greeting is what the message is: "good evening, how
    # do i use this bot".)
    kind, rest = next((item for item in found if item[0] is ChitChat.ABOUT), found[0])
    if kind is ChitChat.ABOUT and _reads_from(tokens[rest:]):
        return None  # "what are you even reading from": the chapter, not the bot
    if (
        rest < len(tokens)
        and tokens[rest - 1] in ("ты", "вы")
        and tokens[rest].endswith(_SECOND_PERSON)
    ):
        return None  # "как ты оцениваешь работу министерства": "как" asks, with the verb
    # "hi, what's the weather in Paris?" still asks something: a decline says the chapter
    # does not cover it.
    if any(
        token in QUESTION_WORDS
        # "thanks, that's exactly what I needed": "what" there asks nothing
        and not (at and tokens[at - 1] in _BEFORE_RELATIVE_WHAT)
        for at, token in enumerate(tokens[rest:], start=rest)
    ):
        return None
    return kind


# A letter's salutation: "Dear bot,", "Dear Sir or Madam,", "Уважаемый бот!", after a greeting or
# not ("Здравствуйте, уважаемые коллеги!"). Whom it is addressed to is no part of the question.
_SALUTATION = re.compile(
    r"^(?P<greeting>\s*(?:(?:"
    + "|".join(rf"{first}\s+{second}" for first, second in sorted(_TWO_WORD_GREETINGS))
    + r"|hello|hi|здравствуйте)[\s,!.]*)?)"
    r"(?:dear|уважаем\w*|многоуважаем\w*)\s+[^,!.:;?\n]{1,40}?\s*[,!:.\n]",
    re.IGNORECASE,
)
# … and its sign-off with the name under it: "Kind regards, Maria", "With thanks, Olga",
# "С уважением, И. Петров", "Заранее благодарю!". At most four words may follow it.
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\s,.!?;:)]))(?:(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest|many)\s+)?regards"
    r"|best\s+wishes|all\s+the\s+best|(?:yours\s+)?(?:sincerely|faithfully|truly)|respectfully"
    r"|(?:many\s+)?thanks\s+in\s+advance|thank\s+you\s+in\s+advance|with\s+(?:many\s+)?thanks"
    r"|с\s+уважением|с\s+наилучшими\s+пожеланиями|искренне\s+ваш\w*"
    r"|заранее\s+(?:спасибо|благодар\w*)|спасибо\s+заранее|благодарю\s+заранее)"
    r"[\s,.!]*(?:[^\s,.!?]+[\s,.!]*){0,4}$",
    re.IGNORECASE,
)

_SIGN_OFF_HINTS = (
    *("regards", "best", "sincerely", "faithfully", "truly", "respectfully", "advance"),
    *("thanks", "уважением", "пожеланиями", "искренне", "заранее"),
)


def asks_about_the_bot(text: str) -> bool:
    """Whether a phrase asking what the bot is or does stands anywhere in ``text`` ("привет, я
    преподаватель, расскажи что ты умеешь и как тобой пользоваться"), not only at its start."""
    tokens = _chat_tokens(text)
    return any(
        kind is ChitChat.ABOUT
        # and nothing of its own after it ("what do you know *about the Bolshoi*")
        and all(
            after in _FILLER or after in STOPWORDS or after in _LEXICON
            for after in tokens[start + size :]
        )
        for start in range(len(tokens))
        for kind, size in _phrases_at(tokens, start)
    )


def letter_body(text: str) -> str:
    """``text`` without a letter's frame: the salutation ("Dear bot,", "Уважаемый бот!") and
    the sign-off with a name ("Kind regards, Maria", "С уважением, И. Петров"), when some of it
    is left. A greeting before the salutation stays: small talk is recognised as such."""
    folded = text.casefold()
    body = text
    # (Most messages have neither: the patterns are tried only when a word of them is there.)
    if any(hint in folded for hint in _SIGN_OFF_HINTS) and (sign_off := _SIGN_OFF.search(body)):
        body = body[: sign_off.start()]
    if ("dear" in folded or "уважаем" in folded) and (salutation := _SALUTATION.match(body)):
        body = salutation.group("greeting") + body[salutation.end() :]
    return body if body.strip(" ,.!?;:\n") else text


def is_small_talk_word(token: str) -> bool:
    """Whether ``token`` is a word of the small talk above ("привет", "спасибо", "кто", "ты")."""
    return token in _LEXICON or token in _PHRASE_WORDS or token in _FILLER


def small_talk_words(tokens: list[str], *, asks: bool) -> frozenset[str]:
    """The tokens of a question that are greetings or thanks, to be left out of matching: the
    words of one ("hi", "thanks"), and, when the message ``asks`` something, those of a phrase
    of them that opens it ("*добрый день*, когда…", "*good morning*, when…"; "день" and "good"
    elsewhere are words of the question, and so is a greeting quoted: "translate «доброе утро»
    into Latvian"). Before a statement ("доброе утро, я журналист") the greeting is what the
    message is for."""
    found = set(_POLITE_WORDS.intersection(tokens))
    if not asks:
        return frozenset(found)
    at = 0
    while at < len(tokens):
        if tokens[at] in found:
            at += 1
            continue
        size = next((size for kind, size in _phrases_at(tokens, at) if kind in _POLITE_KINDS), 0)
        if not size:
            break
        found.update(tokens[at : at + size])
        at += size
    return frozenset(found)


def junk_reason(text: str) -> DeclineReason | None:
    """Why ``text`` cannot be a question at all (empty, emoji, a URL, code), or None."""
    if _PLAIN.match(text):
        return None  # the common case: words and everyday punctuation
    if not _WORD_CHAR.search(text):
        return DeclineReason.EMPTY
    without_urls = _URL.sub(" ", text)
    if not _WORD_CHAR.search(without_urls):
        return DeclineReason.GARBAGE
    signs = len(_CODE_SIGNS.findall(text))
    if _CODE_PATTERNS.search(text) and signs >= 2:
        return DeclineReason.GARBAGE
    if signs >= 4 and signs / max(len(text), 1) > 0.08:
        return DeclineReason.GARBAGE
    if all(len(token) < 2 for token in tokenize(without_urls)):
        return DeclineReason.GARBAGE
    return None


def _strip_phrases(tokens: list[str], found: set[ChitChat]) -> list[str]:
    """Remove every known small-talk phrase from ``tokens``, noting its kind in ``found``."""
    if _PHRASE_WORDS.isdisjoint(tokens):
        return tokens
    text = f" {' '.join(tokens)} "
    present = set(tokens)
    for phrase, kind, first in _PHRASES_LONGEST_FIRST:
        if first in present and f" {phrase} " in text:
            text = text.replace(f" {phrase} ", " ")
            found.add(kind)
    return text.split()


# Filler words long enough to be recognised with a typo ("болшое спасибо").
_FUZZY_FILLER = sorted(word for word in _FILLER if len(word) >= 5)


@lru_cache(maxsize=65536)
def _filler_typo(token: str) -> bool:
    """Whether ``token`` is a filler word with a slip ("спсибо *болшое*")."""
    return len(token) >= 5 and (
        process.extractOne(token, _FUZZY_FILLER, scorer=fuzz.ratio, score_cutoff=80) is not None
    )


@lru_cache(maxsize=65536)
def _word_kind(token: str) -> ChitChat | None:
    kind = _LEXICON.get(token)
    if kind is None:
        kind = _LEXICON.get(_REPEATED_LETTER.sub(r"\1", token))
    if kind is None and len(token) == 4:
        # Two letters swapped in a short word ("пкоа", "thx" aside): too short for a ratio.
        kind = next(
            (
                found
                for at in range(3)
                if (found := _LEXICON.get(token[:at] + token[at + 1] + token[at] + token[at + 2 :]))
                is not None
            ),
            None,
        )
    if kind is not None or len(token) < 5:
        return kind
    match = process.extractOne(token, _FUZZY_WORDS, scorer=fuzz.ratio, score_cutoff=80)
    return _LEXICON[match[0]] if match else None


def _fuzzy_phrase(text: str) -> ChitChat | None:
    if len(text) > 40 or any(token not in STOPWORDS and len(token) > 8 for token in text.split()):
        return None
    # A ratio of 85 needs lengths within about three quarters of each other: only those phrases.
    size = len(text)
    choices = [phrase for phrase in _PHRASE_LIST if 0.73 * size <= len(phrase) <= size / 0.73]
    match = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=85)
    return _PHRASE_LIST[match[0]] if match else None
