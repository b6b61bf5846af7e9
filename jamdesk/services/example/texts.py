"""Swedish text pools for the example's questions, answers, commitments and requests."""

from __future__ import annotations

from jamdesk.domain.requests import ReportForm
from jamdesk.domain.reviews import DocumentKind

GENERIC_QUESTIONS: tuple[str, ...] = (
    "Redovisar nämnden all individbaserad statistik uppdelad på kön, och hur används den "
    "i analysen?",
    "Hur har ni använt 3R-metoden i kartläggningen av verksamheten?",
    "Vilka skillnader mellan kvinnor och män syns i brukarundersökningen, och vad gör ni åt dem?",
    "Hur fördelas nämndens resurser mellan kvinnor och män, flickor och pojkar?",
    "Vilka åtgärder har vidtagits efter förra årets jämställdhetsanalys?",
    "Hur säkerställer ni att budgetförslaget har analyserats ur ett jämställdhetsperspektiv?",
    "Finns det osakliga löneskillnader mellan kvinnor och män inom förvaltningen?",
    "Hur följer ni upp att beslutsunderlag innehåller en konsekvensanalys ur "
    "jämställdhetsperspektiv?",
    "Vilket stöd behöver förvaltningen för att arbeta vidare med JämKAS Bas?",
    "Hur når ni de grupper som i dag använder verksamheten minst?",
    "Hur har medborgardialogen fångat både kvinnors och mäns synpunkter?",
    "Hur påverkar den föreslagna besparingen kvinnor respektive män?",
    "Vilka indikatorer använder ni för att följa upp de jämställdhetspolitiska målen?",
    "Hur många medarbetare har gått utbildningen i jämställdhetsintegrering?",
    "Hur tas jämställdhetsperspektivet till vara vid upphandling av tjänster?",
    "Hur ser könsfördelningen ut bland dem som får avslag på sina ansökningar?",
)

# Answers general enough to follow any of the questions above.
ANSWERS: tuple[str, ...] = (
    "Förvaltningen har tagit fram underlaget och redovisar det uppdelat på kön i delårsrapporten.",
    "Frågan analyseras med stöd av JämKAS Bas; resultatet redovisas vid nästa dialog.",
    "Nämnden svarade skriftligt med en sammanställning per kön och åldersgrupp.",
    "Förvaltningschefen svarade att uppgifterna finns men ännu inte har analyserats; en "
    "analys görs under hösten.",
    "Ordföranden svarade att frågan har tagits upp i nämndens arbetsutskott och att "
    "nämnden avser att återkomma med åtgärder.",
    "Skillnaderna mellan kvinnor och män är kända och förklaras delvis av ålder; "
    "förvaltningen analyserar vidare enligt 3R.",
    "Förvaltningen saknar i dag uppgifterna men tar fram dem till nästa uppföljning.",
    "Svaret redovisades muntligt med statistik för de tre senaste åren; skillnaderna mellan "
    "kvinnor och män har minskat.",
    "Arbetet pågår i förvaltningens ledningsgrupp; en åtgärdsplan läggs fram för nämnden "
    "före årsskiftet.",
    "En kartläggning enligt 3R visar skillnader som förvaltningen nu tar fram åtgärder för.",
)

# {area} is one of the board's areas, e.g. "föreningsbidrag".
COMMITMENTS: tuple[str, ...] = (
    "Ta fram könsuppdelad statistik för {area} och redovisa den i delårsrapporten",
    "Genomföra en JämKAS Bas-analys av {area}",
    "Analysera resursfördelningen inom {area} mellan kvinnor och män, flickor och pojkar",
    "Komplettera budgetunderlaget med en jämställdhetsanalys av {area}",
    "Utbilda förvaltningens chefer i jämställdhetsintegrering",
    "Se över rutinerna för {area} med stöd av 3R-metoden",
    "Ta fram en handlingsplan för jämställd service inom {area}",
    "Redovisa åtgärder för att minska skillnaderna mellan kvinnor och män inom {area}",
    "Införa en fast rubrik om jämställdhet i alla tjänsteskrivelser till nämnden",
    "Följa upp resultaten för {area} per kön och återkomma till delegationen",
)

RESPONSIBLE_UNITS: tuple[str, ...] = (
    "Förvaltningens kvalitetsavdelning",
    "Ekonomienheten",
    "HR-avdelningen",
    "Förvaltningens ledningsgrupp",
)

# How each form of report-back is asked for: (subject with {area}, form details).
REQUEST_SUBJECTS: dict[ReportForm, tuple[str, str]] = {
    ReportForm.STATISTICS_BY_SEX: (
        "Könsuppdelad statistik över {area}",
        "Tabell per kön och åldersgrupp, jämförd med de två föregående åren.",
    ),
    ReportForm.RESOURCE_ANALYSIS: (
        "Analys av resursfördelningen mellan kvinnor och män, flickor och pojkar inom {area}",
        "Kostnad och tid per kön, med nämndens slutsatser.",
    ),
    ReportForm.MEASURES: (
        "Redovisning av vidtagna åtgärder inom {area} efter jämställdhetsanalysen",
        "Åtgärd, ansvarig, tidplan och resultat hittills.",
    ),
    ReportForm.WRITTEN_REPORT: (
        "Skriftlig redovisning av nämndens arbete med jämställdhetsintegrering av {area}",
        "Högst fem sidor; följ delegationens mall.",
    ),
    ReportForm.ORAL_REPORT: (
        "Muntlig återrapportering om {area} vid nästa dialog",
        "Förvaltningschefen föredrar, cirka 15 minuter.",
    ),
}

# Headings of the delegation's decision paragraphs, one per form of report-back.
REQUEST_DECISION_HEADINGS: dict[ReportForm, str] = {
    ReportForm.STATISTICS_BY_SEX: "Begäran om återrapportering – könsuppdelad statistik",
    ReportForm.RESOURCE_ANALYSIS: "Begäran om återrapportering – resursfördelningsanalys",
    ReportForm.MEASURES: "Begäran om återrapportering – vidtagna åtgärder",
    ReportForm.WRITTEN_REPORT: "Begäran om skriftlig återrapportering",
    ReportForm.ORAL_REPORT: "Begäran om muntlig återrapportering",
}

ASSESSMENT_SUFFICIENT: tuple[str, ...] = (
    "Redovisningen är tillräcklig.",
    "Redovisningen är tillräcklig; delegationen följer upp åtgärderna vid nästa dialog.",
    "Statistiken är fullständig och analysen väl underbyggd.",
)
ASSESSMENT_SUPPLEMENT = (
    "Statistiken saknar uppdelning på ålder och slutsatser; komplettering begärd."
)

DEVELOPMENT_NEEDS: tuple[str, ...] = (
    "Individbaserad statistik om {area} redovisas inte uppdelad på kön.",
    "Analysen av {area} saknar slutsatser om vad skillnaderna beror på.",
    "Förvaltningen behöver metodstöd för att analysera {area} ur ett jämställdhetsperspektiv.",
    "Målen för {area} saknar indikatorer som går att följa upp per kön.",
    "Medarbetarna inom {area} behöver utbildning i jämställdhetsintegrering.",
)
NEED_NOTES_CLOSED = "Åtgärdat: uppgifterna redovisas nu per kön i uppföljningen."
NEED_NOTES_ADDRESSED = "Förvaltningen arbetar med frågan; följs upp vid nästa dialog."

REVIEW_FINDINGS: tuple[str, ...] = (
    "Målen saknar könsuppdelade indikatorer. Statistiken i bilagan är uppdelad på kön men "
    "analyseras inte.",
    "Dokumentet redovisar skillnader mellan kvinnor och män och föreslår två åtgärder. "
    "Resursfördelningen beskrivs inte.",
    "Jämställdhetsperspektivet finns med i inledningen men inte i verksamhetens mål och "
    "budgetfördelning.",
    "Väl genomarbetad analys enligt 3R; delegationen lyfter dokumentet som gott exempel.",
    "Konsekvenser för kvinnor och män av de föreslagna besparingarna saknas.",
)
REVIEW_VERSIONS: tuple[str, ...] = ("Nämndens förslag", "Beslutad version", "Remissversion")

# What the secretary reviews before each kind of dialogue: (kind, title with {year}).
REVIEW_DOCUMENTS: dict[str, tuple[DocumentKind, str]] = {
    "budget_dialogue": (DocumentKind.BUDGET, "Verksamhetsplan och budget {next_year}"),
    "results_seminar": (DocumentKind.INTERIM_REPORT, "Delårsrapport per augusti {year}"),
    "check_in": (DocumentKind.ANNUAL_REPORT, "Årsredovisning {previous_year}"),
}

DIALOGUE_INFORMATION: dict[str, str] = {
    "budget_dialogue": "Budgetförslag {next_year} ur ett jämställdhetsperspektiv",
    "results_seminar": "Verksamhetens resultat och könsuppdelad statistik {year}",
    "check_in": "Nämndens arbete med jämställdhetsintegrering",
}

DELEGATION_INFORMATION: tuple[str, ...] = (
    "Information om arbetet med handlingsplanen för CEMR-deklarationen",
    "Rapport från genomförda dialoger med nämnderna",
    "Aktuellt från SKR:s nätverk för jämställdhetsintegrering",
    "Information om kommunens lönekartläggning",
    "Planering av årets dialoger med nämnder och bolag",
    "Uppföljning av de jämställdhetspolitiska målen i årsredovisningen",
)

CANCELLED_NOTES: tuple[str, ...] = (
    "Inställt på grund av sjukdom; frågorna besvaras skriftligt.",
    "Inställt; ersätts av skriftlig återrapportering.",
    "Inställt på nämndens begäran; ny tid bokas.",
)


def counted(number: int, one: str, many: str) -> str:
    """Return "1 fråga" or "3 frågor": the number with the word in the right form."""
    return f"{number} {one if number == 1 else many}"
