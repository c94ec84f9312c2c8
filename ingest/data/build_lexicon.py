"""Builds `codebook.json`, the codebook-scale part of the trigger lexicon, from `codebook.txt`.

`codebook.txt` is curated by hand (see LEXICON.md for how its words were chosen): a line
`@frame` starts a block, and each following line is one entry of that frame. A verb entry is
`lemma [particle ...] [+prep[,prep]] [=word[,word]]`: plain words after the lemma are particles
the verb must carry ("shoot down"), `+` gives the slots of the target when they differ from the
frame's ("lash out +at", "side +with"), `=` restricts the sense to direct objects ("sever
=relations,ties +with"), `?` to a predicate of the object ("hold ?responsible"); `!` and `^`
replace the frame's object and subject kinds ("clash +with !Country,Group"). A noun entry (in
a `@noun_...` frame) is `word [+prep,...]` with the target's prepositions, `~verb,...` for the
only support verbs that carry it, `<slot,...` for where its actor sits, `!Kind,...` for its
target's kinds and `^Kind,...` for its actor's. Comments start with `#`.

Run `python -m geokg.ingest.data.build_lexicon` (or this file) after editing codebook.txt;
every sense is validated with the lexicon's pydantic models before it is written.
"""

import json
import sys
from pathlib import Path
from typing import Any

from geokg.ingest.lexicon import LexiconFile, NounSense, VerbSense

HERE = Path(__file__).parent
SOURCE = HERE / "codebook.txt"
TARGET = HERE / "codebook.json"

ACTORS = ["Country", "Person", "Organization", "Group"]
BODIES = ["Country", "Organization", "Group"]
PLACES = ["Country", "Location"]
STANCE_OBJECTS = [*ACTORS, "Topic", "Event"]

# Each frame is the sense every entry of its block gets; an entry may override "object"
# (with +) and add "particle" and "requires_dobj" (with =).
VERB_FRAMES: dict[str, dict[str, Any]] = {
    "meets_dobj": {
        "type": "MEETS",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Person"],
    },
    "meets_with": {
        "type": "MEETS",
        "object": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "symmetric_subjects": True,
    },
    "visits_dobj": {
        "type": "VISITS",
        "object": ["dobj"],
        "subject_kinds": ["Person", "Country", "Organization"],
        "object_kinds": PLACES,
    },
    "visits_to": {
        "type": "VISITS",
        "object": ["to"],
        "subject_kinds": ["Person"],
        "object_kinds": PLACES,
        "no_dobj": True,
    },
    "visits_in": {
        "type": "VISITS",
        "object": ["in", "at"],
        "subject_kinds": ["Person"],
        "object_kinds": PLACES,
    },
    "negotiates_with": {
        "type": "NEGOTIATES_WITH",
        "object": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "symmetric_subjects": True,
    },
    "negotiates_dobj": {
        "type": "NEGOTIATES_WITH",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Person", "Country"],
    },
    "agrees_with": {
        "type": "AGREES_WITH",
        "object": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "symmetric_subjects": True,
    },
    "agrees_dobj": {
        "type": "AGREES_WITH",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Topic", "Event"],
    },
    # Not persons: "collaborated with Fela Kuti" is music, not foreign policy.
    "cooperates_with": {
        "type": "COOPERATES_WITH",
        "object": ["with"],
        "subject_kinds": BODIES,
        "object_kinds": BODIES,
        "symmetric_subjects": True,
    },
    "supports_dobj": {
        "type": "SUPPORTS",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": STANCE_OBJECTS,
    },
    "supports_topic": {
        "type": "SUPPORTS",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Topic", "Event"],
    },
    "supports_actor": {
        "type": "SUPPORTS",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "opposes_dobj": {
        "type": "OPPOSES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": STANCE_OBJECTS,
    },
    "opposes_actor": {
        "type": "OPPOSES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "opposes_topic": {
        "type": "OPPOSES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Topic", "Organization", "Event"],
    },
    "opposes_poss": {
        "type": "OPPOSES",
        "object": ["poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    # only whose act is judged, not whom: "questioned the President's power", but "police
    # questioned the car's owner" and "questioned Trump" are interrogation
    "criticizes_poss": {
        "type": "CRITICIZES",
        "object": ["poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    # "would continue Qaboos's policies": carrying on what a party began
    "supports_poss": {
        "type": "SUPPORTS",
        "object": ["poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "criticizes_dobj": {
        "type": "CRITICIZES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": STANCE_OBJECTS,
    },
    "criticizes_actor": {
        "type": "CRITICIZES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "accuses_of": {
        "type": "ACCUSES",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "alleges": "of",
    },
    "accuses_with": {
        "type": "ACCUSES",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "alleges": "with",
    },
    # "named the PKK as terrorists", "considers Hamas a terrorist group"
    "accuses_label": {
        "type": "ACCUSES",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        # the accusing words that name a party ("a terrorist", "an aggressor") or say what it is
        # ("corrupt", "rogue"), from evaluation.json; "terror group", "sponsor of terrorism"
        "requires_complement": [
            "@accuses.agents",
            "@accuses.adjectives",
            "terror",
            "terrorism",
            "sponsor",
        ],
    },
    # "The PKK, which is listed as a terrorist organisation by Türkiye, the US and the EU":
    # listing or proscribing a party as terrorist is a legal measure against it, as
    # designating one is (triggers.json), besides the accusation `accuses_label` reads
    "sanctions_designation": {
        "type": "SANCTIONS",
        "object": ["dobj", "dative"],
        "subject_kinds": BODIES,
        "object_kinds": ACTORS,
        # "a state sponsor of terrorism", "an extremist organisation" (Russia's list)
        "requires_complement": [
            "terrorist",
            "terror",
            "terrorism",
            "sponsor of terrorism",
            "extremist",
        ],
    },
    # "branded the ruling a travesty", "labelled Trump's order decisive": a labelling verb that
    # predicates an evaluative word of evaluation.json of its object, read as "call" is
    "criticizes_label": {
        "type": "CRITICIZES",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": STANCE_OBJECTS,
        # an accusing word that names a party ("a terrorist") is left to `accuses_label`
        "requires_complement": [
            "@criticizes",
            "@accuses.adjectives",
            "@accuses.nouns",
            "@accuses.labels",
        ],
    },
    "supports_label": {
        "type": "SUPPORTS",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": STANCE_OBJECTS,
        "requires_complement": ["@supports"],
    },
    # "China and the Philippines traded accusations": each side acts on the other
    "accuses_mutual": {
        "type": "ACCUSES",
        "object": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "mutual": True,
    },
    "criticizes_mutual": {
        "type": "CRITICIZES",
        "object": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "mutual": True,
    },
    "accuses_for": {
        "type": "ACCUSES",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "alleges": "for",
    },
    "requests_dobj": {
        "type": "REQUESTS",
        "object": ["dobj", "clause_subject"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "requests_infinitive": {
        "type": "REQUESTS",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
        "needs_infinitive": True,
    },
    "threatens_dobj": {
        "type": "THREATENS",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "sanctions_dobj": {
        "type": "SANCTIONS",
        "object": ["dobj", "poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    # "ended its defence agreement with France": a state's, a leader's or a ruling group's tie
    # with a state, a body or a group undone; not a party's coalition pact, a club's
    # sponsorship or a university's partnership (the recogniser takes some firms for persons,
    # so no tie with a person either)
    "sanctions_ties": {
        "type": "SANCTIONS",
        "object": ["dobj"],
        "subject_kinds": ["Country", "Person", "Group"],
        "object_kinds": BODIES,
    },
    "sanctions_poss": {
        "type": "SANCTIONS",
        "object": ["poss_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    # "wished Boris Johnson a speedy recovery": the one wished well
    "supports_dative": {
        "type": "SUPPORTS",
        "object": ["dative"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    "supplies_to": {
        "type": "SUPPLIES",
        "object": ["to", "dative"],
        "items": ["dobj"],
        "subject_kinds": ACTORS,
        "needs_dobj": True,
        "object_kinds": ACTORS,
    },
    "supplies_dobj": {
        "type": "SUPPLIES",
        "object": ["dobj"],
        "items": ["with"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
    # Not persons: "received her degree from Florida State University" is no supply.
    "supplied_from": {
        "type": "SUPPLIES",
        "object": ["from"],
        "items": ["dobj"],
        "subject_kinds": BODIES,
        "object_kinds": BODIES,
        "needs_dobj": True,
        "reverse": True,
    },
    "attacks_dobj": {
        "type": "ATTACKS",
        "object": ["dobj", "place_of_dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": [*ACTORS, "Location"],
    },
    "attacks_person": {
        "type": "ATTACKS",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ["Person", "Group"],
    },
    # "protesters clashed with police": each side acts on the other
    "attacks_mutual": {
        "type": "ATTACKS",
        "object": ["with"],
        "subject_kinds": BODIES,
        "object_kinds": BODIES,
        "mutual": True,
    },
    "invites_dobj": {
        "type": "INVITES",
        "object": ["dobj"],
        "subject_kinds": ACTORS,
        "object_kinds": ACTORS,
    },
}

NOUN_FRAMES: dict[str, dict[str, Any]] = {
    "noun_meets": {
        "type": "MEETS",
        "subject": ["poss"],
        "object": ["with", "between"],
        "object_kinds": ACTORS,
    },
    "noun_negotiates": {
        "type": "NEGOTIATES_WITH",
        "subject": ["poss"],
        "object": ["with", "between"],
        "object_kinds": ACTORS,
    },
    "noun_visits": {
        "type": "VISITS",
        "subject": ["poss", "by"],
        "object": ["to"],
        "object_kinds": PLACES,
    },
    "noun_agrees": {
        "type": "AGREES_WITH",
        "subject": ["poss"],
        "object": ["with", "between"],
        "object_kinds": ACTORS,
    },
    "noun_cooperates": {
        "type": "COOPERATES_WITH",
        "subject": ["poss"],
        "object": ["with", "between"],
        "object_kinds": ACTORS,
    },
    "noun_supports": {
        "type": "SUPPORTS",
        "subject": ["poss", "amod", "by"],
        "object": ["for"],
        "object_kinds": STANCE_OBJECTS,
    },
    "noun_opposes": {
        "type": "OPPOSES",
        "subject": ["poss", "amod", "by"],
        "object": ["to"],
        "object_kinds": STANCE_OBJECTS,
    },
    "noun_criticizes": {
        "type": "CRITICIZES",
        "subject": ["poss", "amod", "by"],
        "object": ["of"],
        "object_kinds": STANCE_OBJECTS,
    },
    "noun_accuses": {
        "type": "ACCUSES",
        "subject": ["poss", "amod", "by"],
        "object": ["against"],
        "object_kinds": ACTORS,
    },
    "noun_requests": {
        "type": "REQUESTS",
        "subject": ["poss", "by"],
        "object": ["to"],
        "object_kinds": ACTORS,
    },
    "noun_threatens": {
        "type": "THREATENS",
        "subject": ["poss", "amod", "by"],
        "object": ["to", "against"],
        "object_kinds": ACTORS,
    },
    "noun_sanctions": {
        "type": "SANCTIONS",
        "subject": ["poss", "compound", "amod", "by"],
        "object": ["on", "against"],
        "object_kinds": ACTORS,
    },
    "noun_supplies": {
        "type": "SUPPLIES",
        "subject": ["poss", "compound", "amod", "from", "by"],
        "object": ["to", "for"],
        "items": ["of"],
        "object_kinds": ACTORS,
    },
    "noun_attacks": {
        "type": "ATTACKS",
        "subject": ["poss", "amod", "by"],
        "object": ["on", "against"],
        "object_kinds": [*ACTORS, "Location"],
    },
    # "clashes between protesters and police", "in conflict with the government"
    "noun_attacks_mutual": {
        "type": "ATTACKS",
        "subject": ["poss", "amod", "by"],
        "object": ["with", "between"],
        "object_kinds": BODIES,
        "mutual": ["with", "between", "against"],
    },
    "noun_invites": {
        "type": "INVITES",
        "subject": ["poss", "by"],
        "object": ["to"],
        "object_kinds": ACTORS,
    },
}


def _verb_entry(frame: dict[str, Any], words: list[str]) -> tuple[str, dict[str, Any]]:
    lemma, *rest = words
    sense = dict(frame)
    particles: list[str] = []
    for word in rest:
        if word.startswith("+"):
            sense["object"] = word[1:].split(",")
        elif word.startswith("="):
            sense["requires_dobj"] = word[1:].split(",")
        elif word.startswith("?"):
            sense["requires_complement"] = word[1:].split(",")
        elif word.startswith("!"):
            sense["object_kinds"] = word[1:].split(",")
        elif word.startswith("^"):
            sense["subject_kinds"] = word[1:].split(",")
        else:
            particles.append(word)
    if particles:
        sense["particle"] = particles
    if "requires_dobj" in sense:
        sense.pop("no_dobj", None)
        if sense["object"] == ["dobj"] or "dobj" in sense["object"]:
            raise ValueError(
                f"{' '.join(words)}: a sense that requires its direct object targets a phrase"
            )
    return lemma, sense


def _noun_entry(frame: dict[str, Any], words: list[str]) -> tuple[str, dict[str, Any]]:
    word, *rest = words
    sense = {"subject_kinds": ACTORS, **frame}
    for extra in rest:
        if extra.startswith("+"):
            sense["object"] = extra[1:].split(",")
        elif extra.startswith("~"):
            sense["support"] = extra[1:].split(",")
        elif extra.startswith("<"):
            sense["subject"] = extra[1:].split(",")
        elif extra.startswith("!"):
            sense["object_kinds"] = extra[1:].split(",")
        elif extra.startswith("^"):
            sense["subject_kinds"] = extra[1:].split(",")
        else:
            raise ValueError(f"{' '.join(words)}: unknown mark {extra!r}")
    return word.replace("_", " "), sense


def build(source: Path = SOURCE) -> dict[str, Any]:
    """The codebook lexicon as JSON data, every sense validated."""
    verbs: dict[str, list[dict[str, Any]]] = {}
    nouns: dict[str, dict[str, Any]] = {}
    frame: str | None = None
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            frame = line[1:]
            if frame not in VERB_FRAMES and frame not in NOUN_FRAMES:
                raise ValueError(f"{source.name}:{number}: unknown frame {frame!r}")
            continue
        if frame is None:
            raise ValueError(f"{source.name}:{number}: an entry before any @frame")
        try:
            if frame in NOUN_FRAMES:
                word, sense = _noun_entry(NOUN_FRAMES[frame], line.split())
                if word in nouns:
                    raise ValueError(f"noun {word!r} given twice")
                nouns[word] = NounSense.model_validate(sense).model_dump(
                    mode="json", exclude_defaults=True
                )
            else:
                lemma, sense = _verb_entry(VERB_FRAMES[frame], line.split())
                dumped = VerbSense.model_validate(sense).model_dump(
                    mode="json", exclude_defaults=True
                )
                if dumped in verbs.get(lemma, []):
                    raise ValueError(f"verb sense {line!r} given twice")
                verbs.setdefault(lemma, []).append(dumped)
        except ValueError as exc:
            raise ValueError(f"{source.name}:{number}: {exc}") from exc
    for senses in verbs.values():
        # "backed down" is not "backed": a plain sense gives way when the verb carries a
        # particle another sense of it needs.
        taken = sorted({p for s in senses for p in s.get("particle", [])})
        for s in senses:
            if taken and "particle" not in s:
                s["unless_particle"] = taken
    data = {
        "version": 1,
        "about": "Generated by build_lexicon.py from codebook.txt; do not edit by hand. "
        "Same schema as triggers.json (geokg.ingest.lexicon); see LEXICON.md for sources.",
        "sources": [
            "CAMEO codebook and the PETRARCH2 verb dictionary CAMEO.2.0.txt (MIT), read for coverage",
            "PLOVER manual (CC BY-SA 4.0), read for the event families and their modes",
        ],
        "verbs": dict(sorted(verbs.items())),
        "nouns": dict(sorted(nouns.items())),
    }
    LexiconFile.model_validate(data)
    return data


def main() -> int:
    """Writes codebook.json and prints how many entries it has."""
    data = build()
    TARGET.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    senses = sum(len(v) for v in data["verbs"].values())
    print(
        f"{TARGET.name}: {len(data['verbs'])} verbs, {senses} verb senses, {len(data['nouns'])} nouns"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
