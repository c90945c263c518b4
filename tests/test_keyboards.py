"""Keyboards sent with cached replies: the same JSON as python-telegram-bot's own, every time."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from handlers.keyboards import PreparedKeyboard, prepared


def answer_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("📖 Source", callback_data="src:publication-date")],
            [InlineKeyboardButton("About the chapter", callback_data="f:about-the-chapter")],
            [
                InlineKeyboardButton("👍", callback_data="v:+:publication-date"),
                InlineKeyboardButton("👎", callback_data="v:-:publication-date"),
            ],
        ]
    )


def sent_json(markup: InlineKeyboardMarkup) -> object:
    """What python-telegram-bot puts in the request for ``reply_markup``."""
    return RequestData([RequestParameter.from_input("reply_markup", markup)]).parameters[
        "reply_markup"
    ]


def test_a_prepared_keyboard_is_sent_as_the_keyboard_it_was_made_from() -> None:
    plain = answer_keyboard()
    keyboard = prepared(plain)
    assert isinstance(keyboard, PreparedKeyboard)
    assert sent_json(keyboard) == sent_json(plain)
    assert keyboard == plain and plain == keyboard
    assert keyboard.to_dict(recursive=False) == plain.to_dict(recursive=False)
    assert prepared(None) is None
    assert prepared(keyboard) is keyboard


def test_changing_what_one_send_got_does_not_change_the_next() -> None:
    keyboard = prepared(answer_keyboard())
    assert keyboard is not None
    first = keyboard.to_dict()
    first["inline_keyboard"][0][0]["text"] = "changed"
    first["inline_keyboard"][1].clear()
    assert keyboard.to_dict() == answer_keyboard().to_dict()
