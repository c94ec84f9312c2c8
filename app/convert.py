"""Neo4j values to JSON: temporal types become ISO strings."""

from typing import Any

from neo4j.time import Date, DateTime, Duration, Time


def plain(value: Any) -> Any:
    """A copy of `value` that JSON can carry."""
    if isinstance(value, (Date, DateTime, Time)):
        return value.iso_format()
    if isinstance(value, Duration):
        return str(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
