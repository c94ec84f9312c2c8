"""Schema version 3: entity ids made by the old slug take the ids the new slug makes, and
articles identified by a URL take its canonical form.

Before version 3 the slug kept Latin letters only: every name in another script became
`person:x` (or `org:x`, `loc:x`...), and letters such as ß, ł or ı were dropped ("Łódź" was
`loc:odz`). Names are stored with their ids, so the migration can tell which ids the old slug
made and re-derive them:

- an id the old slug made from one of the entity's names, which the new slug spells otherwise,
  is renamed; when an entity already holds the new id (the same name, written once without the
  dropped letters), the two are merged: mentions, claims and summary edges.
- a collapsed id (`person:x`) whose names are all one name ("Владимир Путин", "Путин") is
  renamed as well.
- a collapsed id that stands for several names ("Владимир Путин" and "Сергей Лавров") cannot be
  split: which claim was whose is not stored, only re-reading the articles tells. It keeps its
  id, and every article that mentions it is marked (its extractor version gets STALE_MARK), so
  that the next ingest of that article re-extracts it instead of skipping it as unchanged; once
  all of them are re-extracted, the collapsed node has nothing left and is deleted.

Claims keep their ids (deterministic when they were made); symmetric claims and summary edges
are put back in the stored order (smaller id first), and the edges are rebuilt from the claims.

An article whose id is a URL with tracking parameters, a fragment or a default port is renamed
to the canonical URL; when an article already holds that id, the same story was stored twice
and the non-canonical copy is deleted with its claims and mentions (the canonical one is what
every later ingest of the story replaces).
"""

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction, RoutingControl

from geokg.graph.db import cypher
from geokg.graph.ids import canonical_url, legacy_slug, slug
from geokg.graph.loader import edge_key, edge_row
from geokg.graph.ontology import KIND_PREFIX, SYMMETRIC, Kind

log = logging.getLogger(__name__)

IDS_VERSION = 3  # graphs recorded below this version hold ids of the old slug
STALE_MARK = "+stale-ids"
_SLUGGED = frozenset(p for k, p in KIND_PREFIX.items() if k is not Kind.COUNTRY)  # country:ISO3


@dataclass
class IdPlan:
    """What the migration will do: renames (old id to new id) and collapsed ids it keeps."""

    renames: dict[str, str] = field(default_factory=dict)
    collapsed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IdMigration:
    """What the migration did."""

    renamed: int
    merged: int
    flipped: int
    collapsed: tuple[str, ...]
    stale_articles: int
    articles_renamed: int = 0
    articles_dropped: tuple[str, ...] = ()


def plan_id_migration(entities: Iterable[Mapping[str, Any]]) -> IdPlan:
    """The renames and collapsed ids among entities given as {id, name, aliases}."""
    plan = IdPlan()
    for row in entities:
        prefix, sep, rest = str(row["id"]).partition(":")
        if not sep or prefix not in _SLUGGED:
            continue
        forms = [f for f in [row["name"], *row["aliases"]] if isinstance(f, str) and f.strip()]
        if rest == legacy_slug(""):  # "x": what the old slug made of any non-Latin name
            made = [f for f in forms if legacy_slug(f) == rest]
            if not made:
                continue
            longest = max(made, key=lambda f: (len(slug(f).split("-")), f))
            whole = set(slug(longest).split("-"))
            if all(set(slug(f).split("-")) <= whole for f in made):
                plan.renames[row["id"]] = f"{prefix}:{slug(longest)}"
            else:
                plan.collapsed.append(row["id"])
            continue
        for form in forms:
            if legacy_slug(form) == rest and slug(form) != rest:
                plan.renames[row["id"]] = f"{prefix}:{slug(form)}"
                break
    # An id that is renamed itself is no target: a chain would rename into a moving id.
    plan.renames = {o: n for o, n in plan.renames.items() if n not in plan.renames}
    return plan


def plan_article_renames(article_ids: Iterable[str]) -> dict[str, str]:
    """Old id to canonical URL, for the articles whose URL id is not in canonical form."""
    renames = {}
    for old in article_ids:
        new = canonical_url(old)
        if new is not None and new != old:
            renames[old] = new
    return renames


def migrate_ids(driver: Driver, database: str) -> IdMigration:
    """Rename and merge the entities of the old slug, and canonicalise article URL ids, all in
    one transaction."""
    rows, _, _ = driver.execute_query(
        cypher("find_entity_names"), routing_=RoutingControl.READ, database_=database
    )
    plan = plan_id_migration(r.data() for r in rows)
    urls, _, _ = driver.execute_query(
        cypher("find_article_urls"), routing_=RoutingControl.READ, database_=database
    )
    articles = plan_article_renames(r["id"] for r in urls)
    with driver.session(database=database) as session:
        done = session.execute_write(_apply, plan, articles)
    if done.renamed or done.merged or done.collapsed:
        log.warning(
            "schema %d: %d entity id(s) renamed, %d merged into an existing id; %d collapsed "
            "id(s) stand for several names and stay (%s): their %d article(s) are re-extracted "
            "at their next ingest",
            IDS_VERSION,
            done.renamed,
            done.merged,
            len(done.collapsed),
            ", ".join(done.collapsed) or "-",
            done.stale_articles,
        )
    if done.articles_renamed or done.articles_dropped:
        log.warning(
            "schema %d: %d article id(s) now their canonical URL; %d duplicate(s) of a story "
            "stored under its canonical URL deleted (%s)",
            IDS_VERSION,
            done.articles_renamed,
            len(done.articles_dropped),
            ", ".join(done.articles_dropped) or "-",
        )
    return done


def _apply(tx: ManagedTransaction, plan: IdPlan, articles: dict[str, str]) -> IdMigration:
    articles_renamed, dropped = _canonical_articles(tx, articles)
    renamed = merged = 0
    for old, new in sorted(plan.renames.items()):
        if _single(tx, "rename_entity", "renamed", old=old, new=new):
            renamed += 1
        else:
            merged += _single(tx, "merge_entity_into", "merged", old=old, new=new)
    touched = sorted(set(plan.renames.values()))
    flipped = 0
    if touched:
        symmetric = sorted(SYMMETRIC)
        flipped = _single(tx, "flip_symmetric_claims", "flipped", ids=touched, symmetric=symmetric)
        edges = tx.run(cypher("find_entity_claim_edges"), {"ids": touched}).data()
        tx.run(cypher("delete_entity_edges"), {"ids": touched}).consume()
        keys = sorted({edge_key(e["type"], e["subject"], e["object"]) for e in edges})
        rows = [edge_row(s, t, o) for s, t, o in keys]
        tx.run(cypher("refresh_edges"), {"rows": rows}).consume()
        tx.run(cypher("refresh_entities"), {"ids": touched}).consume()
    stale = 0
    if plan.collapsed:
        stale = _single(tx, "mark_articles_stale", "marked", ids=plan.collapsed, mark=STALE_MARK)
    return IdMigration(
        renamed, merged, flipped, tuple(plan.collapsed), stale, articles_renamed, dropped
    )


def _canonical_articles(
    tx: ManagedTransaction, renames: dict[str, str]
) -> tuple[int, tuple[str, ...]]:
    """Rename articles to their canonical URL; delete those whose story is stored under it."""
    renamed = 0
    dropped: list[str] = []
    for old, new in sorted(renames.items()):
        if _single(tx, "rename_article", "renamed", old=old, new=new):
            renamed += 1
        else:
            dropped.append(old)
    if dropped:
        # As a correction deletes an article's old version: claims, then the edges they fed,
        # then mentions, then the entities they counted.
        lost = tx.run(cypher("delete_article_claims"), {"ids": dropped}).data()
        entities = tx.run(cypher("delete_article_mentions"), {"ids": dropped}).data()
        for old in dropped:
            tx.run(cypher("delete_article"), {"id": old}).consume()
        keys = sorted({edge_key(e["type"], e["subject"], e["object"]) for e in lost})
        tx.run(cypher("refresh_edges"), {"rows": [edge_row(*k) for k in keys]}).consume()
        ids = sorted({e["entity"] for e in entities})
        tx.run(cypher("refresh_entities"), {"ids": ids}).consume()
    return renamed, tuple(dropped)


def _single(tx: ManagedTransaction, name: str, key: str, **params: Any) -> int:
    record = tx.run(cypher(name), params).single()
    return int(record[key]) if record else 0
