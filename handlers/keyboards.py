"""Inline keyboards under replies, and the compact callback data their buttons carry.

Callback data is ``<prefix>:<value>``; fact ids are at most 40 ASCII characters, so every datum
stays well under Telegram's 64 bytes. :mod:`handlers.callbacks` matches the same prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit
from telegram.ext import ContextTypes

from handlers.texts import texts_for
from knowledge.decision import Kind, ReplyParts
from knowledge.models import Fact, KnowledgeBase

FACT = "f"  # f:<fact-id>: show one fact
SOURCE = "src"  # src:<fact-id>: the whole chapter paragraph behind a fact
TOPIC = "t"  # t:<topic>: the facts of one topic
EXAMPLE = "ex"  # ex:<n>: ask the n-th example question of /start
LANGUAGE = "lang"  # lang:<en|ru>: the /lang choice
SETTING = "cfg"  # cfg:<on|off>: a group's "answer every question" setting

MAX_DATA_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64
MAX_LABEL = 60  # longer labels are cut by the clients anyway


def callback_data(prefix: str, value: str) -> str:
    data = f"{prefix}:{value}"
    if len(data.encode()) > MAX_DATA_BYTES:
        raise ValueError(f"callback data over {MAX_DATA_BYTES} bytes: {data!r}")
    return data


def matched_value(context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The value a CallbackQueryHandler pattern captured, or None.

    A query without data matches every pattern in python-telegram-bot (``matches`` then holds
    True, not a match), so handlers must not assume a match object.
    """
    match = context.matches[0] if context.matches else None
    return match.group(1) if isinstance(match, re.Match) else None


def label(value: str, limit: int = MAX_LABEL) -> str:
    """A button label: the text on one line, cut at a word with an ellipsis when too long."""
    flat = " ".join(value.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,.;:") + "…"


class PreparedKeyboard(InlineKeyboardMarkup):
    """An inline keyboard whose JSON form is worked out once, for keyboards sent many times.

    python-telegram-bot turns a keyboard into JSON with :meth:`to_dict` on every send, attribute
    by attribute of every button: ~40 us for an answer's Source, Related and 👍 / 👎 rows, more
    than formatting the answer. The replies cached by :class:`handlers.library.RenderedReplies`
    go out again and again with the same keyboard, so it is built as one of these. It is the
    same keyboard in every other way (equal to an ``InlineKeyboardMarkup`` with the same rows).
    """

    __slots__ = ("_prepared",)
    _prepared: dict[str, Any]

    def __init__(
        self,
        inline_keyboard: Sequence[Sequence[InlineKeyboardButton]],
        *,
        api_kwargs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(inline_keyboard, api_kwargs=api_kwargs)
        # Frozen by now: set the slot the way python-telegram-bot's own __init__ does not need to.
        object.__setattr__(self, "_prepared", super().to_dict())

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive=False)
        # A copy of the rows and buttons (plain dicts of strings): whoever gets it may change it.
        return {
            **self._prepared,
            "inline_keyboard": [
                [dict(button) for button in row] for row in self._prepared["inline_keyboard"]
            ],
        }


def prepared(keyboard: InlineKeyboardMarkup | None) -> PreparedKeyboard | None:
    """``keyboard`` as a :class:`PreparedKeyboard` (None stays None)."""
    if keyboard is None or isinstance(keyboard, PreparedKeyboard):
        return keyboard
    return PreparedKeyboard(keyboard.inline_keyboard, api_kwargs=dict(keyboard.api_kwargs))


def fact_button(fact: Fact, language: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        label(fact.text[language]), callback_data=callback_data(FACT, fact.id)
    )


def reply_keyboard(parts: ReplyParts, knowledge: KnowledgeBase) -> InlineKeyboardMarkup | None:
    """Source and Related under an answer, one button per candidate under a suggestion."""
    texts = texts_for(parts.language)
    rows: list[list[InlineKeyboardButton]] = []
    if parts.kind is Kind.ANSWER and parts.answers:
        numbered = len(parts.answers) > 1
        rows.append(
            [
                InlineKeyboardButton(
                    texts.button_source_numbered.format(number=number)
                    if numbered
                    else texts.button_source,
                    callback_data=callback_data(SOURCE, answer.fact_id),
                )
                for number, answer in enumerate(parts.answers, start=1)
            ]
        )
        shown = {answer.fact_id for answer in parts.answers}
        related = _related(knowledge, (answer.fact_id for answer in parts.answers), shown)
        rows.extend([fact_button(fact, parts.language)] for fact in related)
    elif parts.kind is Kind.SUGGEST:
        for suggestion in parts.suggestions:
            rows.append(
                [
                    InlineKeyboardButton(
                        label(suggestion.text),
                        callback_data=callback_data(FACT, suggestion.fact_id),
                    )
                ]
            )
    return InlineKeyboardMarkup(rows) if rows else None


def _related(knowledge: KnowledgeBase, fact_ids: Iterable[str], shown: set[str]) -> list[Fact]:
    """The facts related to the answered ones, each once, in the order the YAML lists them."""
    related: list[Fact] = []
    seen = set(shown)
    for fact_id in fact_ids:
        fact = knowledge.get(fact_id)
        for related_id in fact.related if fact else ():
            other = knowledge.get(related_id)
            if other is not None and related_id not in seen:
                seen.add(related_id)
                related.append(other)
    return related


def topics_keyboard(knowledge: KnowledgeBase, language: str) -> InlineKeyboardMarkup:
    """A button per topic that has facts."""
    rows = [
        [
            InlineKeyboardButton(
                f"{labels[language]} ({len(knowledge.facts_in_topic(topic))})",
                callback_data=callback_data(TOPIC, topic),
            )
        ]
        for topic, labels in knowledge.topics().items()
        if knowledge.facts_in_topic(topic)
    ]
    return InlineKeyboardMarkup(rows)


def facts_keyboard(facts: Iterable[Fact], language: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[fact_button(fact, language)] for fact in facts])


def examples_keyboard(language: str) -> InlineKeyboardMarkup:
    examples = texts_for(language).examples
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(question, callback_data=callback_data(EXAMPLE, str(index)))]
            for index, question in enumerate(examples)
        ]
    )


def languages_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("English", callback_data=callback_data(LANGUAGE, "en")),
                InlineKeyboardButton("Русский", callback_data=callback_data(LANGUAGE, "ru")),
            ]
        ]
    )


def setting_keyboard(answer_all: bool, language: str) -> InlineKeyboardMarkup:
    """The one toggle of /settings: the button offers the opposite of the current state."""
    texts = texts_for(language)
    if answer_all:
        button = InlineKeyboardButton(texts.settings_turn_off, callback_data=f"{SETTING}:off")
    else:
        button = InlineKeyboardButton(texts.settings_turn_on, callback_data=f"{SETTING}:on")
    return InlineKeyboardMarkup([[button]])
