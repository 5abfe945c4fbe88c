"""The world's names kept as data (data/world.json) stand for the libraries they are made of:
the same table as a fresh build under the installed versions, not used under others, and
the extraction cache keyed by those versions."""

import json
from importlib import resources

import pytest

from dossier.build import cache
from dossier.extract import world


@pytest.fixture
def fresh_caches():
    def clear():
        for f in (world._stored, world.world, world.country_words, cache.extractor_version,
                  cache.dependency_versions):
            f.cache_clear()
    clear()
    yield
    clear()


def test_stored_table_is_a_fresh_build_of_the_installed_libraries(fresh_caches):
    data = json.loads(resources.files("dossier").joinpath("data", world.DATA).read_text("utf-8"))
    if data["versions"] != world.library_versions():
        # A newer pycountry or babel than the table was made with (a fresh install may
        # bring one): the table must then be set aside, not used (scripts/world_table.py
        # makes it again).
        assert world._stored() is None
        return
    assert data == world_data_now()


def world_data_now():
    return json.loads(json.dumps(world.world_data(world.build_world(),
                                                  world.build_country_words())))


def test_table_read_from_data_equals_the_libraries(fresh_caches):
    assert world._stored() is not None
    assert world.world() == world.build_world()
    assert world.country_words() == world.build_country_words()
    assert world.lookup("Kijów").ids & world.lookup("Kyiv").ids


def test_other_library_versions_build_the_table_again(fresh_caches, monkeypatch):
    monkeypatch.setattr(world, "library_versions", lambda: {"pycountry": "0", "babel": "0"})
    assert world._stored() is None
    assert world.lookup("Ukraine").ids == world.build_world().names["Ukraine"].ids


def test_extraction_cache_key_follows_the_library_versions(fresh_caches, monkeypatch):
    before = cache.extractor_version()
    cache.extractor_version.cache_clear()
    cache.dependency_versions.cache_clear()
    monkeypatch.setattr(cache, "library_versions", lambda: {"pycountry": "0", "babel": "0"})
    assert cache.extractor_version() != before


def test_build_state_follows_the_analysers_versions(fresh_caches, monkeypatch):
    """A new Morfeusz (its SGJP dictionary) reads words differently: neither the extraction
    cache nor the last build's state may be reused under it."""
    from dossier.build import state

    state.code_version.cache_clear()
    before = (cache.extractor_version(), state.code_version())
    for f in (cache.extractor_version, cache.dependency_versions, state.code_version):
        f.cache_clear()
    real = cache.metadata.version
    monkeypatch.setattr(cache.metadata, "version",
                        lambda name: "0" if name == "morfeusz2" else real(name))
    try:
        after = (cache.extractor_version(), state.code_version())
    finally:
        monkeypatch.undo()
        for f in (cache.extractor_version, cache.dependency_versions, state.code_version):
            f.cache_clear()
    assert after[0] != before[0] and after[1] != before[1]
