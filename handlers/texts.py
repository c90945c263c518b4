"""What the bot says in Telegram that is not knowledge: greetings, help, hints, buttons, errors.

The knowledge layer's own messages (decline, chit-chat, "did you mean") come from
``knowledge.render``; everything here exists only because the front end is Telegram. Each string
is an HTML template for parse mode HTML: the strings themselves are trusted, and every value
filled in with :func:`fill` is escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    """Every Telegram-only string in one language; a field missing in one language fails mypy."""

    # /start, /help, /source
    start: str
    examples_lead: str
    examples: tuple[str, str, str]
    help: str
    source: str
    source_covers: str
    source_topic: str
    # usage hints for commands with arguments
    ask_usage: str
    fact_usage: str
    lang_usage: str
    lang_set: str
    unknown_command: str
    # /topics
    topics_lead: str
    topic_lead: str
    # messages the bot cannot answer
    non_text_hint: str
    too_long_hint: str
    rate_limited: str
    error: str
    # buttons and the source view
    button_source: str
    button_source_numbered: str
    source_header: str
    stale_button: str
    inline_chat_only: str
    # inline mode
    inline_no_match_title: str
    inline_no_match_description: str
    inline_no_match_message: str
    inline_open_chat: str
    # group settings
    settings_private: str
    settings_not_admin: str
    settings_state_on: str
    settings_state_off: str
    settings_turn_on: str
    settings_turn_off: str
    settings_now_on: str
    settings_now_off: str
    # the command menu: command -> description (set_my_commands)
    commands: dict[str, str]


ENGLISH = Texts(
    start=(
        "Hello, {name}! I answer questions about one chapter of the <b>{compendium}</b>: "
        "{country}, {section} “{title}”, published {date}.\n\n"
        "Every answer quotes the chapter word for word, with its source. "
        "Ask in your own words, in English or Russian.\n\n"
        "• In any chat, type <code>@{bot} </code> and a few words to share a fact.\n"
        "• In a group, mention me, reply to my message or use /ask.\n"
        "• /topics lists what the chapter covers, /help shows every command."
    ),
    examples_lead="Try one of these:",
    examples=(
        "When was the chapter published?",
        "What is the Slavyanski Bazaar festival?",
        "Who holds the CIS Forums of Artistic and Scientific Intelligentsia?",
    ),
    help=(
        "<b>What I can do</b>\n"
        "Ask me anything about the chapter {section} “{title}” ({country}) of the Compendium. "
        "I answer with the chapter's own words and say when it does not cover something.\n\n"
        "/ask <i>question</i> — ask (the way to ask in groups)\n"
        "/topics — the chapter's topics and facts\n"
        "/fact <i>id or words</i> — one fact\n"
        "/random — a random fact\n"
        "/source — what the chapter is\n"
        "/lang en|ru — reply language\n"
        "/settings — group settings (group administrators)\n\n"
        "<b>Inline</b>: type <code>@{bot} </code> and a few words in any chat.\n"
        "<b>Groups</b>: I only read messages that mention me, reply to me or start with a "
        "command; administrators can let me answer every question about the chapter with "
        "/settings."
    ),
    source=(
        "<b>The source</b>\n{source_line}\n\n"
        "It is the chapter “{title}” of the {compendium}'s profile of {country}, section "
        "{section}, published {date}. I know this chapter only: every answer quotes it word "
        "for word."
    ),
    source_covers="It covers ({count} facts):",
    source_topic="• {topic} — {count}",
    ask_usage="Ask a question after the command, for example:\n<code>/ask {example}</code>",
    fact_usage=(
        "Name a fact by its id or a few words, for example:\n<code>/fact {example}</code>\n"
        "/topics lists them all."
    ),
    lang_usage="Choose the reply language: <code>/lang en</code> or <code>/lang ru</code>.",
    lang_set="From now on I reply in English.",
    unknown_command="I don't know that command. /help lists what I can do.",
    topics_lead="<b>Topics of the chapter</b> — choose one:",
    topic_lead="<b>{topic}</b> — choose a fact:",
    non_text_hint=(
        "I can only read text. Ask me a question about the chapter in words, or see /topics."
    ),
    too_long_hint=(
        "That message is too long for a question ({length} characters; the limit is {limit}). "
        "Ask something shorter."
    ),
    rate_limited=(
        "You are asking faster than I can answer. I will read your questions again in a minute."
    ),
    error="Sorry, something went wrong on my side. Please try again.",
    button_source="📖 Source",
    button_source_numbered="📖 Source {number}",
    source_header="<b>Paragraph {paragraph} of the chapter</b> (the quoted words in bold)",
    stale_button="This button no longer works. Ask again or see /topics.",
    inline_chat_only="Open the chat with me to use this button.",
    inline_no_match_title="Nothing in the chapter matches",
    inline_no_match_description="Try other words, or open the chat with the bot.",
    inline_no_match_message=(
        "The chapter {section} “{title}” does not seem to cover “{query}”. "
        "Ask @{bot} for what it does cover."
    ),
    inline_open_chat="Ask the bot in private",
    settings_private="/settings is for groups. Here, choose the reply language with /lang.",
    settings_not_admin="Only the group's administrators can change my settings.",
    settings_state_on=(
        "<b>Group settings</b>\nI answer every message that looks like a question about the "
        "chapter (confident answers only), as well as mentions, replies and /ask."
    ),
    settings_state_off=(
        "<b>Group settings</b>\nI answer only when mentioned, replied to, or asked with /ask."
    ),
    settings_turn_on="Answer every question about the chapter",
    settings_turn_off="Answer only when addressed",
    settings_now_on="Done: I will answer every question about the chapter in this group.",
    settings_now_off="Done: I will answer only when addressed.",
    commands={
        "start": "Start: what I know and how to ask",
        "help": "Every command and how to use me",
        "ask": "Ask a question (the way to ask in groups)",
        "topics": "The chapter's topics and facts",
        "fact": "One fact by id or words",
        "random": "A random fact",
        "source": "What the chapter is",
        "lang": "Reply language: en or ru",
        "settings": "Group settings (administrators)",
    },
)

RUSSIAN = Texts(
    start=(
        "Здравствуйте, {name}! Я отвечаю на вопросы об одной главе издания «{compendium}»: "
        "{country}, {section} «{title}», опубликовано {date}.\n\n"
        "Каждый ответ дословно цитирует главу и называет источник. "
        "Спрашивайте своими словами, по-русски или по-английски.\n\n"
        "• В любом чате наберите <code>@{bot} </code> и пару слов, чтобы поделиться фактом.\n"
        "• В группе упомяните меня, ответьте на моё сообщение или используйте /ask.\n"
        "• /topics — о чём глава, /help — все команды."
    ),
    examples_lead="Попробуйте один из вопросов:",
    examples=(
        "Когда опубликована глава?",
        "Что такое фестиваль «Славянский базар»?",
        "Кто проводит форумы творческой и научной интеллигенции СНГ?",
    ),
    help=(
        "<b>Что я умею</b>\n"
        "Спросите меня о главе {section} «{title}» ({country}) Компендиума. Я отвечаю словами "
        "самой главы и говорю, если она чего-то не касается.\n\n"
        "/ask <i>вопрос</i> — задать вопрос (так спрашивают в группах)\n"
        "/topics — темы и факты главы\n"
        "/fact <i>id или слова</i> — один факт\n"
        "/random — случайный факт\n"
        "/source — что это за глава\n"
        "/lang en|ru — язык ответов\n"
        "/settings — настройки группы (для администраторов)\n\n"
        "<b>Встроенный режим</b>: наберите <code>@{bot} </code> и пару слов в любом чате.\n"
        "<b>Группы</b>: я читаю только сообщения, где меня упомянули, ответы мне и команды; "
        "администраторы могут включить ответы на все вопросы о главе через /settings."
    ),
    source=(
        "<b>Источник</b>\n{source_line}\n\n"
        "Это глава «{title}» из раздела о стране «{country}» издания «{compendium}», "
        "пункт {section}, опубликована {date}. Я знаю только эту главу: каждый ответ дословно "
        "её цитирует."
    ),
    source_covers="Темы главы ({count} фактов):",
    source_topic="• {topic} — {count}",
    ask_usage="Напишите вопрос после команды, например:\n<code>/ask {example}</code>",
    fact_usage=(
        "Укажите id факта или несколько слов, например:\n<code>/fact {example}</code>\n"
        "Все факты — в /topics."
    ),
    lang_usage="Выберите язык ответов: <code>/lang ru</code> или <code>/lang en</code>.",
    lang_set="Теперь я отвечаю по-русски.",
    unknown_command="Такой команды я не знаю. Список команд — /help.",
    topics_lead="<b>Темы главы</b> — выберите тему:",
    topic_lead="<b>{topic}</b> — выберите факт:",
    non_text_hint="Я понимаю только текст. Задайте вопрос о главе словами или загляните в /topics.",
    too_long_hint=(
        "Это слишком длинное сообщение для вопроса ({length} символов, предел — {limit}). "
        "Спросите короче."
    ),
    rate_limited=(
        "Вы спрашиваете быстрее, чем я успеваю отвечать. Я снова прочту вопросы через минуту."
    ),
    error="Извините, у меня что-то пошло не так. Попробуйте ещё раз.",
    button_source="📖 Источник",
    button_source_numbered="📖 Источник {number}",
    source_header="<b>Абзац {paragraph} главы</b> (цитируемые слова выделены)",
    stale_button="Эта кнопка больше не работает. Спросите заново или загляните в /topics.",
    inline_chat_only="Откройте чат со мной, чтобы воспользоваться этой кнопкой.",
    inline_no_match_title="В главе ничего не нашлось",
    inline_no_match_description="Попробуйте другие слова или откройте чат с ботом.",
    inline_no_match_message=(
        "Глава {section} «{title}», похоже, не касается «{query}». "
        "Спросите @{bot}, о чём в ней говорится."
    ),
    inline_open_chat="Спросить бота в личном чате",
    settings_private="/settings — для групп. Здесь язык ответов выбирается командой /lang.",
    settings_not_admin="Менять мои настройки могут только администраторы группы.",
    settings_state_on=(
        "<b>Настройки группы</b>\nЯ отвечаю на все сообщения, похожие на вопрос о главе "
        "(только уверенные ответы), а также на упоминания, ответы мне и /ask."
    ),
    settings_state_off=(
        "<b>Настройки группы</b>\nЯ отвечаю, только когда меня упоминают, отвечают мне или "
        "спрашивают через /ask."
    ),
    settings_turn_on="Отвечать на все вопросы о главе",
    settings_turn_off="Отвечать только на обращения",
    settings_now_on="Готово: в этой группе я отвечаю на все вопросы о главе.",
    settings_now_off="Готово: я отвечаю только на обращения ко мне.",
    commands={
        "start": "Начало: что я знаю и как спрашивать",
        "help": "Все команды и как мной пользоваться",
        "ask": "Задать вопрос (так спрашивают в группах)",
        "topics": "Темы и факты главы",
        "fact": "Один факт по id или словам",
        "random": "Случайный факт",
        "source": "Что это за глава",
        "lang": "Язык ответов: en или ru",
        "settings": "Настройки группы (администраторы)",
    },
)

TEXTS = {"en": ENGLISH, "ru": RUSSIAN}


def texts_for(language: str) -> Texts:
    """The strings of ``language``; English for anything else."""
    return TEXTS.get(language, ENGLISH)


def fill(template: str, **values: object) -> str:
    """Fill an HTML template, escaping every value (they come from users or from the YAML)."""
    return template.format(**{key: html.escape(str(value)) for key, value in values.items()})
