"""Telegram text handling: UTF-16 offsets, HTML parse mode, and entities a client would attach.

Telegram measures entity offsets and lengths in UTF-16 code units, so a character outside the
Basic Multilingual Plane (most emoji) counts twice. Everything here follows that rule.

`parse_html` mirrors TDLib's ``parse_html`` (the parser behind the Bot API's ``parse_mode=HTML``):
same supported tags, same entity decoding (``&lt; &gt; &amp; &quot;`` and numeric references,
with an optional ``;``), and the same error texts. The Bot API prefixes those texts with
``Bad Request: can't parse entities: ``; `HtmlParseError.description` does that too.
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = [
    "HtmlParseError",
    "auto_entities",
    "parse_html",
    "strip_text",
    "utf16_len",
    "utf16_offset",
]

#: Tags the Bot API accepts with ``parse_mode=HTML`` (lower case; tag names are case-insensitive).
SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)

_SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}

# TDLib's is_space() also treats NUL as a space; NUL is our end-of-text sentinel.
_SPACES = frozenset(b" \t\r\n\v\f\0")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; `str(err)` is TDLib's message."""

    @property
    def description(self) -> str:
        """The error text exactly as the Bot API returns it."""
        return f"Bad Request: can't parse entities: {self}"


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units (how Telegram counts offsets and lengths)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 offset of the Python string index `index` in `text`."""
    return utf16_len(text[:index])


def _decode_entity(data: bytes, pos: int) -> tuple[int, int]:
    """Decode an HTML entity at `data[pos]` ('&'); return (code point or 0, position after it)."""
    end = pos + 1
    res = 0
    if data[end : end + 1] == b"#":
        end += 1
        if data[end : end + 1] == b"x":
            end += 1
            while end < len(data) and chr(data[end]) in "0123456789abcdefABCDEF":
                res = res * 16 + int(chr(data[end]), 16)
                end += 1
        else:
            while end < len(data) and chr(data[end]).isdigit() and data[end] < 0x80:
                res = res * 10 + data[end] - 0x30
                end += 1
        if res == 0 or res >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while end < len(data) and (0x41 <= data[end] <= 0x5A or 0x61 <= data[end] <= 0x7A):
            end += 1
        named = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}.get(data[pos + 1 : end])
        if named is None:
            return 0, pos
        res = ord(named)
    if data[end : end + 1] == b";":
        end += 1
    return res, end


def _check_url(url: str) -> str | None:
    """What Telegram keeps of an <a href>: a normalised URL, or None when it drops the link."""
    url = url.strip()
    if not url:
        return None
    scheme_match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", url)
    if scheme_match:
        scheme = scheme_match.group(1).lower()
        if scheme not in {"http", "https", "ftp", "tg", "ton", "tonsite"}:
            return None
        return url
    if re.match(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(?:[/:?#]|$)", url):
        return "http://" + url
    return None


#: Where plain text stops in HTML: an entity or a tag (both ASCII, never inside a UTF-8 sequence).
_MARKUP_BYTE = re.compile(rb"[&<]")


def _utf16_units(run: bytes) -> int:
    """UTF-16 length of a run of whole UTF-8 characters (no markup in it)."""
    return len(run) if run.isascii() else len(run.decode("utf-8").encode("utf-16-le")) // 2


def parse_html(text: str, *, strict_ampersand: bool = False) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML like the Bot API; return (plain text, entities).

    Raises `HtmlParseError` with TDLib's wording ("Unsupported start tag \\"br\\" at byte offset
    5", "Can't find end tag corresponding to start tag \\"b\\"", ...). Byte offsets count UTF-8
    bytes of the input, as Telegram's do.

    Real Telegram keeps a bare '&' that starts no known entity as a literal '&'. With
    `strict_ampersand=True` such an '&' is rejected instead (an error text of this fake's own,
    in Telegram's format), which catches a bot that forgets to escape text it interpolates.

    A bot sends the same texts again and again (the same answer, the same hint), so parses are
    cached by text; each call gets entities of its own.
    """
    plain, entities = _parse_html_cached(text, strict_ampersand)
    return plain, [{**e, "user": dict(e["user"])} if "user" in e else dict(e) for e in entities]


@functools.lru_cache(maxsize=1024)
def _parse_html_cached(text: str, strict_ampersand: bool) -> tuple[str, tuple[dict[str, Any], ...]]:
    """`parse_html` itself (errors are not cached). Callers must not change the entities."""
    plain, entities = _parse_html(text, strict_ampersand)
    return plain, tuple(entities)


def _parse_html(text: str, strict_ampersand: bool) -> tuple[str, list[dict[str, Any]]]:
    data = text.encode("utf-8")
    size = len(data)

    def at(k: int) -> int:
        return data[k] if k < size else 0

    out = bytearray()
    u16 = 0
    entities: list[dict[str, Any]] = []
    # (tag name, argument, UTF-16 offset where it starts, byte position in `out`)
    stack: list[tuple[str, str, int, int]] = []
    i = 0
    while i < size:
        c = data[i]
        if c == 0x26:  # '&'
            ch, after = _decode_entity(data, i)
            if ch:
                u16 += 2 if ch > 0xFFFF else 1
                out += chr(ch).encode("utf-8")
                i = after
                continue
            if strict_ampersand:
                raise HtmlParseError(
                    f"Character '&' at byte offset {i} must be escaped as \"&amp;\""
                )
            out.append(c)  # a literal '&'
            u16 += 1
            i += 1
            continue
        if c != 0x3C:  # not '<': plain text up to the next '&' or '<', copied in one go
            found = _MARKUP_BYTE.search(data, i)
            end = size if found is None else found.start()
            run = data[i:end]
            u16 += _utf16_units(run)
            out += run
            i = end
            continue

        begin = i
        i += 1
        if at(i) != 0x2F:  # start tag
            while at(i) not in _SPACES and at(i) != 0x3E:
                i += 1
            if i >= size:
                raise HtmlParseError(f"Unclosed start tag at byte offset {begin}")
            tag = data[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in SUPPORTED_TAGS:
                raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            argument = ""
            while at(i) != 0x3E:
                while i < size and at(i) in _SPACES:
                    i += 1
                if at(i) == 0x3E:
                    break
                if i >= size:
                    raise HtmlParseError(f"Unclosed start tag at byte offset {begin}")
                attr_begin = i
                while at(i) not in _SPACES and at(i) not in (0x3D, 0x3E):
                    i += 1
                attr = data[attr_begin:i].decode("utf-8", "replace")
                if not attr:
                    raise HtmlParseError(
                        f'Empty attribute name in the tag "{tag}" at byte offset {begin}'
                    )
                while i < size and at(i) in _SPACES:
                    i += 1
                if at(i) != 0x3D:  # '='
                    if tag == "blockquote" and attr == "expandable":
                        argument = "1"
                        continue
                    raise HtmlParseError(
                        "Expected equal sign in declaration of an attribute of the tag "
                        f'"{tag}" at byte offset {begin}'
                    )
                i += 1
                while i < size and at(i) in _SPACES:
                    i += 1
                if i >= size:
                    raise HtmlParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
                value = bytearray()
                if at(i) not in (0x22, 0x27):
                    token_begin = i
                    while (chr(at(i)).isalnum() and at(i) < 0x80) or at(i) in (0x2E, 0x2D):
                        i += 1
                    value += data[token_begin:i].lower()
                    if at(i) not in _SPACES and at(i) != 0x3E:
                        raise HtmlParseError(
                            f"Unexpected end of name token at byte offset {token_begin}"
                        )
                else:
                    quote = at(i)
                    i += 1
                    while i < size and at(i) != quote:
                        if at(i) == 0x26:
                            ch, after = _decode_entity(data, i)
                            if ch:
                                value += chr(ch).encode("utf-8")
                                i = after
                                continue
                        value.append(at(i))
                        i += 1
                    if at(i) == quote:
                        i += 1
                if i >= size:
                    raise HtmlParseError(f"Unclosed start tag at byte offset {begin}")
                val = value.decode("utf-8", "replace")
                if tag == "a" and attr == "href":
                    argument = val
                elif tag == "code" and attr == "class" and val.startswith("language-"):
                    argument = val[len("language-") :]
                elif tag == "span" and attr == "class" and val.startswith("tg-"):
                    argument = val[len("tg-") :]
                elif tag == "tg-emoji" and attr == "emoji-id":
                    argument = val
            if tag == "span" and argument != "spoiler":
                raise HtmlParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {begin}'
                )
            stack.append((tag, argument, u16, len(out)))
            i += 1
            continue

        # end tag
        if not stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {begin}")
        while at(i) not in _SPACES and at(i) != 0x3E:
            i += 1
        end_tag = data[begin + 2 : i].decode("utf-8", "replace")
        while i < size and at(i) in _SPACES:
            i += 1
        if at(i) != 0x3E:
            raise HtmlParseError(f"Unclosed end tag at byte offset {begin}")
        tag, argument, start_u16, start_byte = stack.pop()
        if end_tag and end_tag != tag:
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag}>", '
                f'found "</{end_tag}>"'
            )
        i += 1
        length = u16 - start_u16
        if length <= 0:
            continue
        new = _closed_entity(tag, argument, start_u16, length, out[start_byte:], entities)
        if new is not None:
            entities.append(new)
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return out.decode("utf-8", "replace"), entities


def _closed_entity(
    tag: str,
    argument: str,
    offset: int,
    length: int,
    inner: bytes | bytearray,
    entities: list[dict[str, Any]],
) -> dict[str, Any] | None:
    """The entity a just-closed tag produces, or None (merged into the previous one, or dropped)."""
    entity: dict[str, Any] = {"offset": offset, "length": length}
    last = entities[-1] if entities else None
    same_span = last is not None and (last["offset"], last["length"]) == (offset, length)
    if tag in _SIMPLE_TYPES:
        entity["type"] = _SIMPLE_TYPES[tag]
    elif tag == "a":
        url = argument or bytes(inner).decode("utf-8", "replace")
        user = re.fullmatch(r"tg://user\?id=(\d+)", url.strip())
        if user:
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
        else:
            checked = _check_url(url)
            if checked is None:
                return None
            entity["type"] = "text_link"
            entity["url"] = checked
    elif tag == "pre":
        if last is not None and same_span and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
            return None
        entity["type"] = "pre"
    elif tag == "code":
        if last is not None and same_span and last["type"] == "pre" and argument:
            last["language"] = argument
            return None
        entity["type"] = "code"
        if argument:
            entity["language"] = argument  # dropped at the end unless a <pre> claims it
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if argument else "blockquote"
    else:  # tg-emoji
        if not argument.isdigit():
            raise HtmlParseError("Invalid custom emoji identifier specified")
        entity["type"] = "custom_emoji"
        entity["custom_emoji_id"] = argument
    return entity


def strip_text(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Trim leading and trailing whitespace as Telegram does, moving and clipping entities."""
    stripped = text.strip(" \t\r\n")
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip(" \t\r\n"))])
    total = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{4,31}\b")
_COMMAND_RE = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z][A-Za-z0-9_]{3,31})?(?!\w)")


def auto_entities(text: str) -> list[dict[str, Any]]:
    """The `mention` and `bot_command` entities Telegram attaches to a message with this text.

    ``@username`` (5-32 characters) becomes a mention; ``/command`` or ``/command@botname``
    becomes a bot_command wherever it stands, as in real clients. Offsets are UTF-16.
    """
    found: list[dict[str, Any]] = []
    for kind, pattern in (("mention", _MENTION_RE), ("bot_command", _COMMAND_RE)):
        for match in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_offset(text, match.start()),
                    "length": utf16_len(match.group(0)),
                }
            )
    found.sort(key=lambda e: e["offset"])
    return found
