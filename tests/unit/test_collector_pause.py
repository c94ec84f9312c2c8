"""The loader's pause of Python's cycle collector: one switch for the whole process, shared by
overlapping loads, and never left off by the loader (geokg.graph.loader._CollectorPause)."""

import gc
import threading
from collections.abc import Iterator

import pytest

from geokg.graph.loader import _CollectorPause


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_overlapping_loads_share_one_pause_that_ends_with_the_last() -> None:
    pause = _CollectorPause()
    first, second = pause(), pause()
    first.__enter__()
    second.__enter__()
    # Threads end in any order: the first load to finish must not end the other's pause.
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_loads_in_two_threads() -> None:
    pause = _CollectorPause()
    inside, done = threading.Event(), threading.Event()

    def load() -> None:
        with pause():
            inside.set()
            done.wait(timeout=10)

    worker = threading.Thread(target=load)
    worker.start()
    assert inside.wait(timeout=10)
    with pause():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's batch is still being written
    done.set()
    worker.join(timeout=10)
    assert gc.isenabled()


def test_a_collector_found_off_is_left_to_whoever_turned_it_off() -> None:
    pause = _CollectorPause()
    gc.disable()  # the caller's choice
    with pause():
        pass
    assert not gc.isenabled()
    # A library that flips it around its own work (srsly does) turns it on again meanwhile:
    # the pause, which did not turn it off, must not turn it off for good.
    with pause():
        gc.enable()
    assert gc.isenabled()


def test_a_crash_inside_ends_the_pause() -> None:
    pause = _CollectorPause()
    with pytest.raises(RuntimeError), pause():
        raise RuntimeError("inside a batch")
    assert gc.isenabled()
    with pause():  # and the next one pauses again
        assert not gc.isenabled()
