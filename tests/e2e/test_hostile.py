"""Hostile input end to end: what users (or forged clients) can really send to the bot.

The bot must stay up, every reply must be valid for Telegram's HTML parse mode (the fake server
parses it as Telegram does and refuses what Telegram would refuse), user text must never turn
into markup, a flooder is throttled and everyone else is still answered.
"""

from __future__ import annotations

from typing import Any

import pytest

from handlers.ratelimit import QUESTIONS_PER_WINDOW
from handlers.texts import texts_for
from knowledge import load_knowledge
from tests.botapi import BotApiServer, Chat

from .harness import (
    BotProcess,
    assert_no_unexpected_failures,
    assert_valid_html,
    settle,
    user,
)

pytestmark = pytest.mark.e2e

TEXTS = texts_for("en")
ANSWER_START = load_knowledge().get("publication-date").text["en"]  # type: ignore[union-attr]
GROUP = Chat(id=-1_002_000_000_001, title="Hostile readers")

MARKUP = [
    "<b>When was the chapter published?</b>",
    "</blockquote> festival & co",
    '<a href="http://evil.example/x">Slavyanski Bazaar</a>',
    "&amp; &lt;b&gt; &#60;i> &#x3C;/blockquote&#62; & &; &#;",
    '<pre><code class="language-x">visa barriers</code></pre> <tg-spoiler>x</tg-spoiler>',
    "<blockquote expandable>quoted</blockquote><b><i>unclosed",
    "a < b > c ' \" &nbsp",
]
INVISIBLE = [
    "When\u200b was the\u200d chapter\u2060 published\u200f?",  # zero-width and RLM
    "\u202eWhen was the chapter published?\u202c",  # right-to-left override
    "\u2067Когда опубликована глава?\u2069",  # isolates around Russian
    "متى نُشر الفصل؟",  # Arabic, right to left
    "\ufeff\u200b\u200c\u200d",  # nothing visible at all
]
EMOJI = ["🎉🎉🎉", "👍", "🇷🇺🇧🇾", "👩\u200d👩\u200d👧\u200d👦", "😀" * 300]


@pytest.fixture(autouse=True)
def every_call_accepted(server: BotApiServer) -> Any:
    """After each test: Telegram accepted every call, so every reply was valid HTML."""
    yield
    assert_no_unexpected_failures(server)
    for message in server.delivered_messages():
        assert_valid_html(message)


def no_links_or_markup_from(messages: list[Any]) -> None:
    """The user's markup stayed text: no link to their URL, no pre/spoiler entities."""
    for message in messages:
        for entity in message.entities:
            assert "evil.example" not in entity.get("url", "")
            # The bot's own replies use bold, italic, code and blockquote; never these.
            assert entity["type"] not in ("pre", "spoiler", "text_link", "underline")


async def ask_each(
    server: BotApiServer, bot: BotProcess, texts: list[str], first_user: int
) -> list[list[Any]]:
    """Each text from a user of its own in private; return the replies to each, once idle."""
    updates = [
        server.enqueue_private_message(user(first_user + n), text) for n, text in enumerate(texts)
    ]
    for update in updates:
        await bot.guard(server.wait_for_reply(update))
    await settle(server, bot)
    return [server.messages_after(update) for update in updates]


# ---------------------------------------------------------------------- text


async def test_4096_character_messages_get_the_too_long_hint(
    server: BotApiServer, bot: BotProcess
) -> None:
    long_markup = ("<b>&amp;</blockquote>" * 300)[:4096]
    long_cyrillic = ("Когда опубликована глава? " * 200)[:4096]
    private = await ask_each(server, bot, [long_markup, long_cyrillic], 200)
    too_long = TEXTS.too_long_hint.split("(")[0]
    [english], [russian] = private  # the hint follows the message's script
    assert english.text.startswith(too_long) and "4096" in english.text
    assert russian.text.startswith(texts_for("ru").too_long_hint.split("(")[0])
    mention = server.enqueue_group_message(
        GROUP, user(202), f"@{server.username} " + "x" * (4096 - len(server.username) - 2)
    )
    [hint] = await bot.guard(server.wait_for_reply(mention))
    assert hint.text.startswith(too_long)
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


async def test_markup_in_questions_and_names_stays_text(
    server: BotApiServer, bot: BotProcess
) -> None:
    replies = await ask_each(server, bot, MARKUP, 210)
    no_links_or_markup_from([reply for each in replies for reply in each])

    # In a group, mentioned: the question is quoted back nowhere as markup either.
    mention = server.enqueue_group_message(
        GROUP, user(220), f"@{server.username} {MARKUP[2]} {MARKUP[1]}"
    )
    no_links_or_markup_from(await bot.guard(server.wait_for_reply(mention)))

    # A first name full of markup, greeted by /start.
    eve = user(221, name='<b>Eve</b> & </blockquote><a href="http://evil.example/x">')
    start = server.enqueue_private_message(eve, "/start")
    greeting, _ = await bot.guard(server.wait_for_reply(start, count=2))
    assert eve.first_name in greeting.text
    no_links_or_markup_from([greeting])

    # Inline mode echoes an unmatched query into the message it offers.
    inline = server.enqueue_inline_query(user(222), MARKUP[2] + " qqzzxx")
    query_id = inline["inline_query"]["id"]
    await bot.guard(server.wait_until(lambda: query_id in server.inline_answers))
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


async def test_zero_width_and_right_to_left_characters(
    server: BotApiServer, bot: BotProcess
) -> None:
    replies = await ask_each(server, bot, INVISIBLE, 230)
    assert all(len(each) == 1 for each in replies)
    # Invisible characters do not hide a question the bot knows.
    for each in replies[:2]:
        assert each[0].text.startswith(ANSWER_START)
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


async def test_emoji_only_messages(server: BotApiServer, bot: BotProcess) -> None:
    replies = await ask_each(server, bot, EMOJI, 240)
    assert all(len(each) == 1 for each in replies)
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


@pytest.mark.parametrize("kind", ["photo", "sticker", "location", "voice", "document", "dice"])
async def test_messages_without_text_get_a_hint(
    server: BotApiServer, bot: BotProcess, kind: str
) -> None:
    update = server.enqueue_non_text(
        user(250), kind, caption="<b>caption</b> &" if kind == "photo" else None
    )
    [hint] = await bot.guard(server.wait_for_reply(update))
    assert hint.text == TEXTS.non_text_hint
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


# ---------------------------------------------------------------------- updates and buttons


async def test_unknown_update_types_are_ignored_and_the_bot_carries_on(
    server: BotApiServer, bot: BotProcess
) -> None:
    someone = user(260)
    server.register_user(someone)
    chat = {"id": someone.id, "type": "private", "first_name": someone.first_name}
    sender = {"id": someone.id, "is_bot": False, "first_name": someone.first_name}
    server.enqueue_raw({"future_kind_of_update": {"id": 1, "anything": [1, 2, {"x": None}]}})
    server.enqueue_raw(
        {
            "message": {
                "message_id": 900,
                "date": 1,
                "chat": chat,
                "from": sender,
                "future_content": {"hologram": True},
            }
        }
    )
    server.enqueue_raw(
        {
            "message": {
                "message_id": 901,
                "date": 1,
                "chat": chat,
                "from": sender,
                "text": "When was the chapter published?",
                "future_field": "ignored",
            }
        }
    )
    question = server.enqueue_private_message(someone, "When was the chapter published?")
    await bot.guard(server.wait_for_reply(question))
    await settle(server, bot)
    assert bot.alive
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


MALFORMED_DATA = [
    "",
    ":",
    "f:",
    "f:no-such-fact",
    "src:../../etc/passwd",
    "src:" + "a" * 40 + "x",
    "t:" + "я" * 200,
    "ex:9",
    "ex:-1",
    "lang:xx",
    "v:+:nope",
    "v:+",
    "cfg:on",
    "x" * 5000,
    "\u0000\ud800\uffff",
    '{"f": "publication-date"}',
    "f:publication-date\n",
]


async def test_malformed_and_oversized_button_data_get_a_toast(
    server: BotApiServer, bot: BotProcess
) -> None:
    owner = user(270)
    asked = server.enqueue_private_message(owner, "When was the chapter published?")
    [answer] = await bot.guard(server.wait_for_reply(asked))
    presses = [
        server.enqueue_callback_query(user(271 + n), answer.message, data)
        for n, data in enumerate(MALFORMED_DATA)
    ]
    ids = [update["callback_query"]["id"] for update in presses]
    await bot.guard(
        server.wait_until(
            lambda: all(query_id in server.callback_answers for query_id in ids),
            what="a toast for every button",
        )
    )
    await settle(server, bot)
    assert bot.alive
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)


# ---------------------------------------------------------------------- flood


async def test_a_flood_from_one_user_is_throttled_and_others_are_answered(
    server: BotApiServer, bot: BotProcess
) -> None:
    flooder = user(300)
    questions = ["When was the chapter published?", "<b>flood</b> &", "🎉", "x" * 600]
    flood = [
        server.enqueue_private_message(flooder, questions[n % len(questions)]) for n in range(250)
    ]
    others = [
        server.enqueue_private_message(user(301 + n), "When was the chapter published?")
        for n in range(5)
    ]
    flood += [
        server.enqueue_private_message(flooder, questions[n % len(questions)]) for n in range(250)
    ]
    for update in others:
        [reply] = await bot.guard(server.wait_for_reply(update, timeout=30), 31)
        assert reply.text.startswith(ANSWER_START)
    await settle(server, bot, probe_number=399)
    assert all(server.is_confirmed(update) for update in flood)
    to_flooder = server.delivered_messages(flooder.id)
    notices = [m for m in to_flooder if m.text == TEXTS.rate_limited]
    assert len(notices) == 1, "the flooder is told once"
    assert len(to_flooder) == QUESTIONS_PER_WINDOW + 1, "the rest of the flood is ignored"
    for update in others:
        assert len(server.messages_after(update)) == 1
    assert bot.alive
    await bot.stop()
    bot.assert_log_clean(allow_errors=False)
