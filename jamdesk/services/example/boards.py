"""The boards of the example municipality, with what the delegation asks each about."""

from __future__ import annotations

from dataclasses import dataclass

from jamdesk.domain.boards import BoardKind


@dataclass(frozen=True)
class BoardTemplate:
    """A board as the example builds it: names, titles and its subjects."""

    name: str
    kind: BoardKind
    administration: str
    manager_title: str
    # Phrases that complete "Könsuppdelad statistik över …" and similar sentences.
    areas: tuple[str, ...]
    questions: tuple[str, ...]
    # Years before the last example year that the board was set up (None: long before).
    started_years_ago: int | None = None
    # Years before the last example year that the board ceased (None: still active).
    ceased_years_ago: int | None = None


def board_templates(stem: str, genitive: str) -> tuple[BoardTemplate, ...]:
    """Return the fifteen boards, the first ten of which make up a small example."""
    return (
        BoardTemplate(
            "Kommunstyrelsen",
            BoardKind.EXECUTIVE_BOARD,
            "Kommunledningsförvaltningen",
            "Kommundirektör",
            ("kommunens budgetprocess", "kommunens chefsrekrytering", "medborgardialogerna"),
            (
                "Hur säkerställer kommunstyrelsen att nämndernas budgetunderlag innehåller "
                "könsuppdelad statistik?",
                "Hur går arbetet med handlingsplanen för CEMR-deklarationen, och vilka "
                "åtgärder är försenade?",
                "Hur ser könsfördelningen ut bland kommunens chefer på olika nivåer?",
            ),
        ),
        BoardTemplate(
            "Barn- och utbildningsnämnden",
            BoardKind.BOARD,
            "Barn- och utbildningsförvaltningen",
            "Förvaltningschef",
            ("elevhälsans insatser", "meritvärden i årskurs 9", "särskilt stöd i förskolan"),
            (
                "Hur skiljer sig meritvärdena mellan flickor och pojkar i årskurs 9, och "
                "vilka åtgärder planeras?",
                "Hur fördelas elevhälsans insatser mellan flickor och pojkar?",
                "Vilka skillnader syns mellan flickors och pojkars upplevda trygghet i "
                "skolenkäten?",
            ),
        ),
        BoardTemplate(
            "Socialnämnden",
            BoardKind.BOARD,
            "Socialförvaltningen",
            "Socialchef",
            ("ekonomiskt bistånd", "insatser vid våld i nära relationer", "missbruksvården"),
            (
                "Hur fördelas försörjningsstödet mellan kvinnor och män, och hur länge är "
                "de aktuella?",
                "Hur arbetar socialtjänsten med att upptäcka våld i nära relationer?",
                "Får kvinnor och män med missbruk samma typ av insatser?",
            ),
        ),
        BoardTemplate(
            "Vård- och omsorgsnämnden",
            BoardKind.BOARD,
            "Vård- och omsorgsförvaltningen",
            "Förvaltningschef",
            ("beviljad hemtjänsttid", "stöd till anhörigvårdare", "platser i särskilt boende"),
            (
                "Får kvinnor och män lika mycket beviljad hemtjänsttid vid likartade behov?",
                "Hur stöttas anhörigvårdare, och hur ser könsfördelningen ut bland dem?",
                "Hur ser sjukfrånvaron ut bland undersköterskor jämfört med andra yrken?",
            ),
        ),
        BoardTemplate(
            "Kultur- och fritidsnämnden",
            BoardKind.BOARD,
            "Kultur- och fritidsförvaltningen",
            "Förvaltningschef",
            ("föreningsbidrag", "tider i idrottshallarna", "bibliotekens programverksamhet"),
            (
                "Hur fördelas föreningsbidragen mellan aktiviteter för flickor och pojkar?",
                "Vilka tider i idrottshallarna får flickors respektive pojkars lag?",
                "Hur når fritidsgårdarna de flickor som i dag inte besöker dem?",
            ),
        ),
        BoardTemplate(
            "Tekniska nämnden",
            BoardKind.BOARD,
            "Tekniska förvaltningen",
            "Teknisk chef",
            ("snöröjningens prioriteringar", "belysning i parker", "gång- och cykelvägar"),
            (
                "Prioriteras snöröjningen av gång- och cykelvägar, som kvinnor använder mest?",
                "Hur har trygghetsvandringarna påverkat belysningen i parkerna?",
                "Hur ser könsfördelningen ut bland dem som lämnar synpunkter på gatumiljön?",
            ),
        ),
        BoardTemplate(
            "Miljö- och byggnadsnämnden",
            BoardKind.BOARD,
            "Samhällsbyggnadsförvaltningen",
            "Samhällsbyggnadschef",
            ("samråd om översiktsplanen", "bygglovsärenden", "tillsynsärenden"),
            (
                "Hur fångar ni kvinnors och mäns olika synpunkter i samrådet om översiktsplanen?",
                "Finns det skillnader i handläggningstid mellan ärenden från kvinnor och män?",
            ),
        ),
        BoardTemplate(
            "Överförmyndarnämnden",
            BoardKind.BOARD,
            "Överförmyndarkansliet",
            "Kanslichef",
            ("ställföreträdarskap", "granskning av årsräkningar"),
            (
                "Hur ser könsfördelningen ut bland ställföreträdarna och deras huvudmän?",
                "Hur rekryterar ni fler ställföreträdare, och når ni både kvinnor och män?",
            ),
        ),
        BoardTemplate(
            f"AB {stem}shem" if not stem.endswith("s") else f"AB {stem}hem",
            BoardKind.COMPANY,
            f"AB {stem}shem, bostadsbolaget",
            "VD",
            ("bostadskön", "trygghet i bostadsområdena", "hyresgästdialoger"),
            (
                "Hur fördelas lägenheterna i bostadskön mellan kvinnor och män?",
                "Hur arbetar bolaget med trygghet i trapphus, tvättstugor och på gårdar?",
                "Hur ser könsfördelningen ut i bolagets styrelse och ledningsgrupp?",
            ),
        ),
        BoardTemplate(
            "Servicenämnden",
            BoardKind.BOARD,
            "Serviceförvaltningen",
            "Servicechef",
            ("måltidsverksamheten", "lokalvården", "kompetensutveckling"),
            (
                "Hur ser könsfördelningen ut bland dem som får ta del av kompetensutveckling?",
                "Hur skiljer sig anställningsvillkoren mellan måltids- och fastighetspersonal?",
            ),
            ceased_years_ago=3,
        ),
        BoardTemplate(
            "Gymnasie- och vuxenutbildningsnämnden",
            BoardKind.BOARD,
            "Gymnasie- och vuxenutbildningsförvaltningen",
            "Förvaltningschef",
            ("programval på gymnasiet", "vuxenutbildningens yrkeskurser"),
            (
                "Hur ser könsfördelningen ut på de olika gymnasieprogrammen?",
                "Vilka åtgärder görs för att bryta könsbundna studieval?",
            ),
        ),
        BoardTemplate(
            "Arbetsmarknadsnämnden",
            BoardKind.BOARD,
            "Arbetsmarknadsförvaltningen",
            "Förvaltningschef",
            ("arbetsmarknadsinsatser", "feriearbeten för unga"),
            (
                "Hur fördelas arbetsmarknadsinsatserna mellan kvinnor och män?",
                "Får flickor och pojkar samma slags feriearbeten?",
            ),
            started_years_ago=5,
        ),
        BoardTemplate(
            "Valnämnden",
            BoardKind.BOARD,
            "Kommunledningsförvaltningen, valkansliet",
            "Valsamordnare",
            ("valdeltagande", "rekrytering av röstmottagare"),
            (
                "Hur ser valdeltagandet ut bland kvinnor och män i olika valdistrikt?",
                "Hur ser könsfördelningen ut bland ordförandena i valdistrikten?",
            ),
        ),
        BoardTemplate(
            f"{genitive} Energi AB",
            BoardKind.COMPANY,
            f"{genitive} Energi AB",
            "VD",
            ("kundtjänstens ärenden", "rekrytering av tekniker"),
            (
                "Hur ser könsfördelningen ut bland bolagets tekniker, och hur rekryterar ni?",
                "Hur följer bolaget upp att kundtjänsten bemöter kvinnor och män likvärdigt?",
            ),
        ),
        BoardTemplate(
            "Räddningsnämnden",
            BoardKind.BOARD,
            "Räddningstjänsten",
            "Räddningschef",
            ("brandskyddsinformation", "rekrytering av deltidsbrandpersonal"),
            (
                "Hur når brandskyddsinformationen både kvinnor och män?",
                "Hur ser rekryteringen av deltidsbrandpersonal ut, och hur många sökande är "
                "kvinnor?",
            ),
        ),
    )
