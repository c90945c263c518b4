# chapterbot: the Telegram bot with its fact base baked in.
#   docker build -t chapterbot .
#   docker run -e TELEGRAM_BOT_TOKEN=... -v chapterbot-data:/data chapterbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Only what the installed package needs; tests, benchmarks and docs stay out (.dockerignore).
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY knowledge ./knowledge
RUN pip install --no-cache-dir . && chapterbot check

# A non-root user that owns nothing but the data directory (persistence, question log).
RUN useradd --create-home --uid 10001 chapterbot \
    && mkdir -p /data \
    && chown chapterbot /data
USER chapterbot
ENV CHAPTERBOT_DATA_DIR=/data
VOLUME ["/data"]

# The webhook server's port (CHAPTERBOT_PORT); unused in polling mode.
EXPOSE 8443

CMD ["chapterbot", "run"]
