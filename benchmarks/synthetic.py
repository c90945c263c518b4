"""Synthetic knowledge bases of any size, for the matcher's latency at scale.

Facts are generated, not copied: each combines an organisation, an activity, a place and a year
from word lists and invented names, with English and Russian text, phrasings and keywords shaped
like the shipped pack's. The vocabulary grows with the number of facts (invented names), as it
would in a real base of many chapters, so the prefilter is measured honestly.
"""

from __future__ import annotations

import random
from pathlib import Path

from knowledge.models import Fact, KnowledgeBase, Pack, PackMeta

ORGANISATIONS = [
    ("Union of Theatre Workers", "Союз театральных деятелей"),
    ("Ministry of Culture", "Министерство культуры"),
    ("Association of Museums", "Ассоциация музеев"),
    ("Council of Composers", "Совет композиторов"),
    ("Foundation for Folk Arts", "Фонд народных промыслов"),
    ("Guild of Translators", "Гильдия переводчиков"),
    ("League of Libraries", "Лига библиотек"),
    ("Academy of Fine Arts", "Академия художеств"),
    ("Network of Dance Schools", "Сеть танцевальных школ"),
    ("Centre for Film Heritage", "Центр киноискусства"),
]
ACTIVITIES = [
    ("holds an annual festival of", "ежегодно проводит фестиваль", "festival"),
    ("organises exchanges of", "организует обмен", "exchange"),
    ("supports touring of", "поддерживает гастроли", "touring"),
    ("funds residencies for", "финансирует резиденции для", "residency"),
    ("runs a competition for", "проводит конкурс для", "competition"),
    ("publishes a yearbook on", "издаёт ежегодник о", "yearbook"),
    ("hosts a forum on", "принимает форум о", "forum"),
    ("coordinates training in", "координирует обучение", "training"),
]
FIELDS = [
    ("chamber music", "камерной музыки"),
    ("contemporary dance", "современного танца"),
    ("puppet theatre", "театра кукол"),
    ("documentary film", "документального кино"),
    ("folk crafts", "народных промыслов"),
    ("children's literature", "детской литературы"),
    ("street art", "уличного искусства"),
    ("early music", "старинной музыки"),
    ("photography", "фотографии"),
    ("architecture", "архитектуры"),
]
SYLLABLES = tuple(
    [
        "ka",
        "ro",
        "mi",
        "sla",
        "ve",
        "do",
        "na",
        "tor",
        "bel",
        "gra",
        "vin",
        "zo",
        "ku",
        "ster",
        "mar",
        "len",
        "pol",
        "dar",
        "sk",
        "ov",
    ]
)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthetic_knowledge(count: int, template: PackMeta, seed: int = 7) -> KnowledgeBase:
    """A knowledge base of ``count`` generated facts citing ``template``'s chapter."""
    rng = random.Random(seed)
    meta = PackMeta(
        id="synthetic",
        compendium=template.compendium,
        country=template.country,
        section=template.section,
        title=template.title,
        published=template.published,
        language="en",
        topics={"synthetic": {"en": "Synthetic", "ru": "Синтетика"}},
    )
    facts = []
    for number in range(count):
        org_en, org_ru = rng.choice(ORGANISATIONS)
        act_en, act_ru, act_word = rng.choice(ACTIVITIES)
        field_en, field_ru = rng.choice(FIELDS)
        city = _name(rng)
        founder = _name(rng)
        year = rng.randint(1950, 2013)
        text_en = f"The {founder} {org_en} of {city} {act_en} {field_en} since {year}."
        text_ru = f"{org_ru} «{founder}» ({city}) {act_ru} {field_ru} с {year} года."
        facts.append(
            Fact(
                id=f"synthetic-{number}",
                topic="synthetic",
                text={"en": text_en, "ru": text_ru},
                quotes=(text_en,),
                citation=text_en,
                paragraph=1,
                questions={
                    "en": (
                        f"what does the {founder} {org_en.lower()} do",
                        f"{act_word} of {field_en} in {city}",
                        f"since when does {founder} {act_en} {field_en}",
                        f"who {act_en} {field_en} in {city}",
                        f"{founder} {act_word}",
                    ),
                    "ru": (
                        f"чем занимается {org_ru.lower()} {founder}",
                        f"{act_ru} {field_ru} в {city}",
                        f"кто {act_ru} {field_ru}",
                        f"{founder} {city}",
                    ),
                },
                keywords=(founder, city, f"{founder} {act_word}", str(year)),
                related=(),
                pack=meta,
                file=Path("synthetic.yaml"),
                line=number + 1,
            )
        )
    pack = Pack(meta, Path("synthetic"), "", ("",), tuple(facts))
    return KnowledgeBase.from_packs((pack,))


def synthetic_questions(knowledge: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    """Questions about random facts of ``knowledge``, some with a typo, some unrelated."""
    rng = random.Random(seed)
    facts = knowledge.facts
    unrelated = ["what is the weather in paris", "рецепт борща", "who won the world cup"]
    questions = []
    for _ in range(count):
        if rng.random() < 0.15:
            questions.append(rng.choice(unrelated))
            continue
        fact = rng.choice(facts)
        language = rng.choice(("en", "ru"))
        question = rng.choice(fact.questions[language])
        if rng.random() < 0.3 and len(question) > 6:
            # One swapped pair of letters, as a hurried user types.
            at = rng.randrange(1, len(question) - 2)
            question = question[:at] + question[at + 1] + question[at] + question[at + 2 :]
        questions.append(question)
    return questions
