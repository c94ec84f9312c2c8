"""What several test folders need to know about Neo4j. A plain module, not a conftest: each
test folder may have its own conftest.py, so `from conftest import` finds whichever came first."""

import docker  # type: ignore[import-untyped]

NEO4J_IMAGE = "neo4j:5.26-community"  # the tag docker-compose.yml uses


def docker_is_running() -> bool:
    """Whether a Docker engine answers here."""
    try:
        return bool(docker.from_env().ping())
    except Exception:  # noqa: BLE001 - DockerException, or a socket error on a half-set-up host
        return False
