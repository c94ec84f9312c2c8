"""Test inputs for robustness: real sentences that crashed the extractor once, and generated
pathological articles that make it work hard.

Sentences from Wikinews are CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/); each article's URL is given beside it.
"""

import random

# https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
EASTMED = (
    "In his Tuesday live-streamed talk at the United States think tank Atlantic Council's "
    "Washington headquarters, Mitsotakis reaffirmed that the EastMed project, which currently "
    "involves Greece, Cyprus and Israel, is open for other countries to join. \"We don't seek "
    "to exclude anyone from energy cooperation in the Eastern Mediterranean provided they "
    'respect international law", he said, repeating his January 2 remarks made on the '
    "EastMed signing ceremony."
)
# https://en.wikinews.org/wiki/Millions_don%27t_turn_up_to_%27storm%27_US_airbase_for_extraterrestrial_evidence
AREA_51 = (
    "Friday was when, according to earlier event plans, millions of people were to storm "
    "Area 51, a classified facility within the United States Air Force's Nevada Test and "
    "Training Range, and the world was to finally learn of its secrets."
)
# https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27
MAHAN = (
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
    "with officials saying this is for security reasons."
)


def coordination_sentence(rng: random.Random, n: int) -> str:
    """A made-up sentence whose rules cost grows with n squared: n actors act on n others."""
    names = [
        "Russia",
        "China",
        "Iran",
        "France",
        "Germany",
        "Turkey",
        "Israel",
        "Japan",
        "Brazil",
        "India",
        "Egypt",
        "Kenya",
        "Canada",
        "Mexico",
        "Peru",
        "Chile",
    ]
    left = ", ".join(rng.choice(names) for _ in range(n))
    right = ", ".join(rng.choice(names) for _ in range(n))
    return f"{left} and Spain sanctioned {right} and Italy on Monday."


# Coordinations enough that the rules take some 10 s on two cores (reading each claim is cheap
# now, so only the count makes it slow), five times a test's 2 s deadline.
SLOW_CHARS = 100_000


def pathological(kind: str, chars: int = 50_000) -> str:
    """A generated pathological article: one huge sentence, a table of numbers, or many
    sentences that each make the claim rules do a lot of work; after a paragraph of English
    prose, since language detection has no answer for a table or a list of names."""
    rng = random.Random(7)
    lead = f"{EASTMED}\n\n{AREA_51}\n\n"
    if kind == "sentence":
        words = [
            "Russia",
            "and",
            "China",
            "said",
            "that",
            "the",
            "United",
            "States",
            "would",
            "sanction",
            "Iran",
            "while",
            "Putin",
            "met",
            "Xi",
            "in",
            "Moscow",
            "and",
            "the",
            "ministers",
            "of",
            "Turkey",
        ]
        out: list[str] = []
        while sum(map(len, out)) + len(out) < chars:
            out.append(rng.choice(words))
        return lead + " ".join(out) + "."
    if kind == "table":
        rows = chars // 60
        return lead + "\n".join(
            " ".join(f"{rng.uniform(0, 1000):.2f}" for _ in range(8)) for _ in range(rows)
        )
    assert kind == "coordinations"
    return lead + " ".join(coordination_sentence(rng, 60) for _ in range(chars // 700))
