"""Swedish names, places and contact details for the example municipality."""

from __future__ import annotations

import random
from dataclasses import dataclass

# Fictional municipalities: (stem, genitive). The stem names the housing company too.
MUNICIPALITIES: tuple[tuple[str, str], ...] = (
    ("Sjövik", "Sjöviks"),
    ("Ängsholm", "Ängsholms"),
    ("Björkvalla", "Björkvallas"),
    ("Östanbäck", "Östanbäcks"),
    ("Långträsk", "Långträsks"),
    ("Älvhöjden", "Älvhöjdens"),
)

DELEGATION_NAME = "Jämställdhetsdelegationen"

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Åsa", "Anna", "Maria", "Karin", "Eva", "Lena", "Kristina", "Sara", "Emma", "Elin",
    "Ingrid", "Birgitta", "Märta", "Sofia", "Linnéa", "Malin", "Helena", "Annika", "Ulrika",
    "Maja", "Astrid", "Ebba", "Frida", "Hanna", "Therése", "Agneta", "Gunnel", "Signe",
    "Leila", "Fatima", "Mirela", "Nour", "Päivi", "Solveig", "Britt-Marie", "Jessica",
)  # fmt: skip

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jörgen", "Björn", "Per", "Lars", "Anders", "Mikael", "Johan", "Erik", "Magnus", "Göran",
    "Håkan", "Stefan", "Mats", "Nils", "Olof", "Sören", "Kjell", "Bengt", "Örjan", "Ola",
    "Jonas", "Fredrik", "Henrik", "Tomas", "Åke", "Amir", "Yusuf", "Dragan", "Jukka", "Gösta",
    "Pär", "Tobias", "Ludvig", "Rasmus", "Sven-Åke", "Ahmed",
)  # fmt: skip

SURNAMES: tuple[str, ...] = (
    "Öberg", "Ählström", "Åberg", "Ekström", "Sjöberg", "Lindqvist", "Bäckström",
    "Håkansson", "Ström", "Nyström", "Söderberg", "Lövgren", "Engström", "Blomqvist",
    "Holmström", "Åkesson", "Jönsson", "Göransson", "Dahlgren", "Mäkinen", "Wikström",
    "Björk", "Sandström", "Lundgren", "Forsström", "Hägglund", "Östlund", "Karlsson",
    "Andersson", "Johansson", "Nilsson", "Persson", "Svensson", "Eriksson", "Larsson",
    "Olsson", "Pettersson", "Hassan", "Yilmaz", "Kovačević", "Älmqvist", "Näslund",
    "Bergström", "Fältskog", "Strömgren", "Högberg", "Nordström", "Lindén", "Sjöström",
    "Öhman", "Åström", "Järvinen", "Rönnqvist", "Grönlund",
)  # fmt: skip

DISTRICTS: tuple[str, ...] = (
    "Norra", "Södra", "Östra", "Västra", "Centrala",
    "Nordöstra", "Sydöstra", "Nordvästra", "Sydvästra", "Inlandet",
)  # fmt: skip

MEETING_ROOMS: tuple[str, ...] = (
    "Kommunhuset, sammanträdesrum Ekan",
    "Kommunhuset, sammanträdesrum Björken",
    "Kommunhuset, sammanträdesrum Linden",
    "Kommunhuset, sammanträdesrum Lönnen",
    "Stadsbiblioteket, konferensrum Läsrummet",
    "Digitalt möte",
)

DELEGATION_ROOM = "Kommunhuset, sammanträdesrum Ekan"
ADJUSTMENT_PLACE = "Kommunhuset, kommunledningsförvaltningen"

# (start, end) as HH:MM; the Swedish documents print them as 09.00–11.30.
DIALOGUE_SLOTS: tuple[tuple[str, str], ...] = (
    ("08:30", "10:00"),
    ("09:00", "11:30"),
    ("10:00", "12:00"),
    ("13:00", "15:00"),
    ("13:30", "16:00"),
    ("15:00", "16:30"),
)
DELEGATION_SLOTS: tuple[tuple[str, str], ...] = (
    ("09:00", "11:30"),
    ("13:00", "15:30"),
    ("13:15", "16:00"),
)

# Numbers the Swedish telecom regulator (PTS) reserves for fiction, so no real
# person is ever called from example data.
_FICTION_MOBILE = "070-174 06 {:02d}"  # 05–99
_FICTION_LANDLINE = "08-465 004 {:02d}"  # 00–99

_EMAIL_LETTERS = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "é": "e", "č": "c", "ü": "u", " ": ".", "'": ""}
)


@dataclass(frozen=True)
class PersonName:
    """A generated person's name and whether it is a woman's name."""

    first: str
    last: str
    female: bool

    @property
    def full(self) -> str:
        """Return first and last name."""
        return f"{self.first} {self.last}"


class NamePool:
    """Hand out distinct Swedish names, half of them women's."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()
        self._count = 0

    def take(self) -> PersonName:
        """Return a name not handed out before."""
        female = self._count % 2 == 0
        self._count += 1
        firsts = FEMALE_FIRST_NAMES if female else MALE_FIRST_NAMES
        for _ in range(200):
            name = PersonName(self._rng.choice(firsts), self._rng.choice(SURNAMES), female)
            if name.full not in self._used:
                self._used.add(name.full)
                return name
        # Past a few thousand people, a middle initial keeps names distinct.
        while True:
            initial = self._rng.choice("ABDEGHJKLMNPRST")
            name = PersonName(
                f"{self._rng.choice(firsts)} {initial}.", self._rng.choice(SURNAMES), female
            )
            if name.full not in self._used:
                self._used.add(name.full)
                return name


def email_address(name: PersonName, domain: str) -> str:
    """Return the work e-mail address of ``name`` at ``domain``."""
    local = f"{name.first}.{name.last}".lower().translate(_EMAIL_LETTERS).replace("..", ".")
    return f"{local}@{domain}"


def email_domain(stem: str) -> str:
    """Return the municipality's mail domain, under the reserved .example top-level domain."""
    return f"{stem.lower().translate(_EMAIL_LETTERS)}.example"


def phone_number(rng: random.Random, *, mobile: bool) -> str:
    """Return a phone number from the ranges reserved for fiction."""
    if mobile:
        return _FICTION_MOBILE.format(rng.randint(5, 99))
    return _FICTION_LANDLINE.format(rng.randint(0, 99))
