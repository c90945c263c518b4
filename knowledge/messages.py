"""Every user-visible sentence of the knowledge layer, in English and Russian, in one place.

Front ends (the console, Telegram chats, groups, inline results) format these but never word
them: a change of wording is made here once. Wording that names a command ("/topics") works in
both the console chat and Telegram, which understand the same commands.
"""

from __future__ import annotations

from knowledge.decision import ChitChat, DeclineReason

SCOPE = {
    "en": (
        "I answer questions about one chapter of the Compendium of Cultural Policies and Trends "
        "in Europe: Russia, 3.4.4 “Direct professional co-operation” (published 11 April 2013), "
        "quoting the chapter word for word."
    ),
    "ru": (
        "Я отвечаю на вопросы по одной главе Компендиума культурной политики и тенденций в "
        "Европе: Россия, 3.4.4 «Прямое профессиональное сотрудничество» (опубликована "
        "11 апреля 2013 г.), и цитирую главу дословно."
    ),
}

SEE_TOPICS = {
    "en": "Send /topics to see what it covers.",
    "ru": "Отправьте /topics, чтобы увидеть, о чём в ней говорится.",
}

EXAMPLES = {
    "en": (
        "Try, for example: “What is Slavyanski Bazaar?”, “Who holds the CIS forums?” or "
        "“Were the visa barriers removed?”. Send /topics to see everything it covers."
    ),
    "ru": (
        "Например: «Что такое Славянский базар?», «Кто проводит форумы СНГ?» или «Отменили ли "
        "визовые барьеры?». Отправьте /topics, чтобы увидеть все темы главы."
    ),
}

DECLINE = {
    DeclineReason.OUT_OF_SCOPE: {
        "en": "The chapter does not cover this, so I cannot answer it from the chapter.",
        "ru": "В главе об этом не говорится, поэтому ответить по ней я не могу.",
    },
    DeclineReason.EMPTY: {
        "en": "I did not find a question in that. Please ask about the chapter in words.",
        "ru": "Я не нашёл в этом вопроса. Пожалуйста, спросите о главе словами.",
    },
    DeclineReason.GARBAGE: {
        "en": "That does not look like a question the chapter could answer.",
        "ru": "Это не похоже на вопрос, на который глава могла бы ответить.",
    },
}

CHITCHAT = {
    ChitChat.GREETING: {
        "en": "Hello! " + SCOPE["en"],
        "ru": "Здравствуйте! " + SCOPE["ru"],
    },
    ChitChat.THANKS: {
        "en": "You are welcome! Ask me anything else about the chapter.",
        "ru": "Пожалуйста! Спрашивайте ещё что-нибудь о главе.",
    },
    ChitChat.ABOUT: SCOPE,
    ChitChat.GOODBYE: {
        "en": "Goodbye! Come back with more questions about the chapter.",
        "ru": "До свидания! Возвращайтесь с новыми вопросами о главе.",
    },
}

DID_YOU_MEAN = {"en": "Did you mean:", "ru": "Возможно, вы имели в виду:"}

# How a quote is set off in a reply (the quote itself stays verbatim, in the chapter's language).
QUOTE_MARKS = {"en": ("“", "”"), "ru": ("«", "»")}

TOPICS_HEADER = {"en": "What the chapter covers:", "ru": "О чём говорится в главе:"}

CONSOLE_HELP = {
    "en": (
        "Type a question and press Enter. Commands: /topics lists what the chapter covers, "
        "/help shows this, /quit (or Ctrl-D) leaves."
    ),
    "ru": (
        "Введите вопрос и нажмите Enter. Команды: /topics — о чём глава, /help — эта "
        "подсказка, /quit (или Ctrl-D) — выход."
    ),
}
