"""Goals as the example stores them: own goals, charter articles and action-plan actions."""

from __future__ import annotations

# The municipality's own political goals: (title, description); the example keeps 4–6.
OWN_GOALS: tuple[tuple[str, str], ...] = (
    (
        "Jämställd service",
        "Kvinnor och män, flickor och pojkar ska få lika god service på lika villkor.",
    ),
    (
        "Jämställd resursfördelning",
        "Budgeten ska fördelas utifrån behov, och fördelningen ska redovisas per kön.",
    ),
    (
        "Könsuppdelad statistik",
        "All individbaserad statistik ska redovisas, analyseras och kommenteras per kön.",
    ),
    (
        "Trygg och jämställd offentlig miljö",
        "Kommunens gator, parker och lokaler ska upplevas som trygga av alla.",
    ),
    (
        "Jämställda löner och villkor",
        "Kommunen ska inte ha några osakliga löneskillnader mellan kvinnor och män.",
    ),
    (
        "Jämställt inflytande",
        "Kvinnor och män ska ha samma möjligheter att påverka genom dialoger och samråd.",
    ),
)

# The charter's articles (Part III) as the Swedish translation names them.
CHARTER_ARTICLES: tuple[str, ...] = (
    "Jämställdhet som grundläggande rättighet",
    "Politisk representation",
    "Deltagande i politik och samhälle",
    "Offentligt ställningstagande för jämställdhet",
    "Samarbete med andra aktörer",
    "Motverka stereotyper",
    "God förvaltning och samråd",
    "Allmänt åtagande",
    "Jämställdhetsanalyser",
    "Flerfaldig diskriminering eller missgynnanden",
    "Arbetsgivarrollen",
    "Upphandling av varor och tjänster",
    "Utbildning och livslångt lärande",
    "Hälsa",
    "Social omsorg och sociala tjänster",
    "Barnomsorg",
    "Vård av andra anhöriga",
    "Social integration",
    "Bostäder",
    "Kultur, idrott och fritid",
    "Säkerhet och trygghet",
    "Könsrelaterat våld",
    "Människohandel",
    "Hållbar utveckling",
    "Fysisk planering",
    "Mobilitet och transporter",
    "Ekonomisk utveckling",
    "Miljö",
    "Kommunen som tillsynsmyndighet",
    "Vänortssamarbete och internationellt samarbete",
)

# Articles added when the charter was updated in December 2022 (working translations).
NEWER_CHARTER_ARTICLES: tuple[str, ...] = (
    "Jämställdhet i den digitala omställningen",
    "Klimatförändringar och jämställdhet",
)
NEWER_ARTICLE_NOTE = "Ny artikel efter revideringen 2022 (arbetsöversättning)."

# Action-plan actions: (charter article, index of the responsible board among the board
# templates, action, priority, resources, indicator).
ACTION_PLAN: tuple[tuple[int, int, str, str, str, str], ...] = (
    (
        9,
        0,
        "Införa jämställdhetsanalys i alla nämnders budgetunderlag",
        "Hög",
        "Inom befintlig ram",
        "Andel nämnder med jämställdhetsanalys i budgeten",
    ),
    (
        2,
        0,
        "Kartlägga könsfördelningen i nämnder, styrelser och presidier",
        "Medel",
        "Kanslitid, 40 timmar",
        "Andel kvinnor och män i presidierna",
    ),
    (
        11,
        0,
        "Genomföra årlig lönekartläggning med åtgärdsplan",
        "Hög",
        "HR-avdelningen",
        "Antal osakliga löneskillnader som åtgärdats",
    ),
    (
        22,
        2,
        "Utbilda socialtjänstens personal i att upptäcka våld i nära relationer",
        "Hög",
        "200 000 kr",
        "Andel utbildad personal",
    ),
    (
        25,
        5,
        "Genomföra trygghetsvandringar i alla kommundelar",
        "Medel",
        "Tekniska förvaltningen, 0,2 årsarbetare",
        "Antal genomförda vandringar och åtgärder",
    ),
    (
        20,
        4,
        "Se över fördelningen av föreningsbidrag och halltider ur ett jämställdhetsperspektiv",
        "Medel",
        "Inom befintlig ram",
        "Andel bidrag till aktiviteter för flickor respektive pojkar",
    ),
    (
        6,
        0,
        "Ta fram riktlinjer för en normmedveten kommunikation",
        "Låg",
        "Kommunikationsenheten",
        "Riktlinjer beslutade",
    ),
    (
        13,
        1,
        "Följa upp meritvärden och studieval per kön i alla skolor",
        "Hög",
        "Barn- och utbildningsförvaltningen",
        "Skillnad i meritvärde mellan flickor och pojkar",
    ),
    (
        31,
        0,
        "Analysera vilka e-tjänster kvinnor och män använder",
        "Låg",
        "Digitaliseringsenheten",
        "Användning av e-tjänster per kön",
    ),
)
