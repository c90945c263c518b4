"""Telegram handlers: each module owns one concern and exposes its handlers with ``handlers()``.

``bot.app.build_application`` registers them, in groups whose order is explained there.
"""
