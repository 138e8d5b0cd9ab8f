"""The knowledge base: the real data files load cleanly, ids and dates are valid, every alias has
one owner unless a rule disambiguates it, and the compiled cache is used and rebuilt safely."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from briefing import paths
from briefing.common.yamlsafe import load_yaml
from briefing.knowledge import (
    CAPITAL,
    DATA_DIR,
    EXCLUDE,
    SHORT,
    SURNAME,
    date_ok,
    kb_from_yaml,
    load_kb,
    tokenize,
)

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
LIST_FILES = ("countries.yaml", "organizations.yaml", "people.yaml")


def data_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.yaml"))


def entries() -> list[tuple[str, dict]]:
    out = []
    for path in data_files():
        if path.name not in LIST_FILES:
            continue
        data = load_yaml(path.read_bytes(), max_bytes=64 << 20)
        assert isinstance(data, list), f"{path.name}: expected a list of entries"
        out.extend((path.name, e) for e in data)
    return out


def test_real_kb_loads_without_problems() -> None:
    kb = load_kb(use_cache=False)
    assert kb.problems == []
    for name in ("agents.yaml", "titles.yaml", "lexicon_actors.yaml"):
        assert (DATA_DIR / name).is_file()
    assert kb.agents and kb.titles and kb.words("speech_verbs")


def test_ids_are_unique_snake_case_across_files() -> None:
    seen: dict[str, str] = {}
    for fname, entry in entries():
        aid = entry.get("id")
        assert isinstance(aid, str) and re.fullmatch(r"[a-z0-9_]+", aid), (fname, entry)
        assert aid not in seen, f"{aid} in {fname} and {seen.get(aid)}"
        seen[aid] = fname


def _dates(entry: dict) -> list[tuple[str, object]]:
    out = []
    for key in ("names", "former", "roles"):
        for item in entry.get(key) or []:
            if isinstance(item, dict):
                out.extend((f"{key}.{k}", item[k]) for k in ("from", "to") if k in item)
    return out


def test_dates_are_valid_and_ordered() -> None:
    for fname, entry in entries():
        for where, value in _dates(entry):
            assert isinstance(value, str) and DATE.match(value), \
                f"{fname}: {entry['id']}: {where} = {value!r}"
        for role in entry.get("roles") or []:
            if role.get("from") and role.get("to"):
                assert role["from"] < role["to"], f"{fname}: {entry['id']}: {role}"


def test_references_point_at_kb_ids() -> None:
    ids = {e["id"] for _f, e in entries()}
    for fname, entry in entries():
        for key in ("part_of", "country"):
            if entry.get(key):
                assert entry[key] in ids, f"{fname}: {entry['id']}: {key} {entry[key]}"
        for role in entry.get("roles") or []:
            assert role.get("of") in ids, f"{fname}: {entry['id']}: role of {role.get('of')}"


def _overlap(a: tuple, b: tuple) -> bool:
    """Do two dated entries' validity periods overlap?"""
    start = max(a[4] or "0000", b[4] or "0000")
    end = min(a[5] or "9999", b[5] or "9999")
    return start < end


def test_every_alias_has_one_owner_unless_a_rule_disambiguates_it() -> None:
    """Two actors may share a surface form only when the extractor has a rule that decides:
    different case (an exact-case acronym vs a word), non-overlapping dates (renames), a
    declared ambiguous demonym, forms that only count with context (surnames, short forms,
    capitals), or different form types (a name beats a demonym)."""
    kb = load_kb(use_cache=False)
    contextual = {SURNAME, SHORT, CAPITAL}
    clashes = []
    for key, group in kb.gazetteer.items():
        if len({e[0] for e in group}) < 2:
            continue
        for a, b in combinations(group, 2):
            if a[0] == b[0] or EXCLUDE in (a[1], b[1]):
                continue  # an excluded phrase names nobody
            if a[2] != b[2] or (a[2] and a[3] != b[3]):
                continue  # case decides
            if a[1] != b[1] or a[1] in contextual:
                continue  # the form type decides (or context does)
            if (a[4] or a[5] or b[4] or b[5]) and not _overlap(a, b):
                continue  # dates decide
            if any(kb.get(x[0])["kind"] == "state" and (kb.get(x[0]).get("exists") or (None, None))[1]
                   for x in (a, b)):
                continue  # a historic state and its successor: the document's date decides
            declared = set(kb.get(a[0]).get("ambiguous_demonyms", ())) | \
                set(kb.get(b[0]).get("ambiguous_demonyms", ()))
            if a[3] in declared or b[3] in declared:
                continue
            clashes.append((" ".join(key), a[0], b[0]))
    assert clashes == []


# --------------------------------------------------------------------------- the loader
MINI = {
    "countries.yaml": "- {id: utopia, name: Utopia, abbreviations: [UT], demonyms: [Utopian, Utopians]}\n",
    "organizations.yaml": (
        "- id: front\n  name: New Front\n  kind: armed_group\n"
        "  names: [{name: Old Front, to: 2010-05-01}, {name: New Front, from: 2010-05-01}]\n"),
    "people.yaml": ("- {id: ann_smith, name: Ann Smith, "
                    "roles: [{title: President, of: utopia, from: 2005, to: 2015-06-01}]}\n"),
}


def test_compiled_forms_dates_and_roles() -> None:
    kb = kb_from_yaml(MINI)
    assert kb.problems == []
    assert {e[1] for e in kb.gazetteer[tokenize("Utopian")]} == {"demonym"}
    assert {e[1] for e in kb.gazetteer[tokenize("Utopians")]} == {"demonym_plural"}
    assert kb.gazetteer[tokenize("UT")][0][2] is True  # exact case
    assert kb.gazetteer[tokenize("Smith")][0][1] == SURNAME
    assert kb.name_at("front", "2009-01-01") == "Old Front"
    assert kb.name_at("front", "2012-01-01") == "New Front"
    assert kb.name_at("front", None) == "New Front"
    assert kb.role_at("ann_smith", "2010-01-01")["of"] == "utopia"
    assert kb.role_at("ann_smith", "2016-01-01") is None
    assert date_ok("2015-05-31", "2005", "2015-06-01")
    assert not date_ok("2015-06-01", "2005", "2015-06-01")


def test_bad_data_is_reported_not_raised() -> None:
    kb = kb_from_yaml({
        "countries.yaml": "- {id: a, name: A}\n- {id: a, name: A again}\n- {name: no id}\n",
        "people.yaml": "- {id: p, name: P Q, roles: [{title: X, of: nowhere, from: 2020-13}]}\n",
        "organizations.yaml": "- {id: [broken\n",
    })
    text = "\n".join(kb.problems)
    assert "duplicate id 'a'" in text
    assert "without a snake_case id" in text
    assert "bad date '2020-13'" in text
    assert "'nowhere' is not a KB id" in text
    assert "organizations.yaml" in text and "invalid YAML" in text
    assert kb.get("a")["name"] == "A"


def test_a_word_list_that_is_not_a_list_is_reported() -> None:
    """A cue class written as a string or a mapping would load as an empty word set: say so."""
    kb = kb_from_yaml({
        "lexicon_test.yaml": "good: [Talks, deal]\nflat: talks, deal\nnested: {a: [b]}\n",
        "lexicon_other.yaml": "- just\n- a list\n",
    })
    text = "\n".join(kb.problems)
    assert "lexicon_test.yaml: flat: not a list of words" in text
    assert "lexicon_test.yaml: nested: not a list of words" in text
    assert "lexicon_other.yaml: not a mapping of word lists" in text
    assert "good" not in text
    assert kb.words("good") == frozenset({"talks", "deal"})


def test_cache_is_written_reused_and_rebuilt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name, text in MINI.items():
        (data / name).write_text(text, encoding="utf-8")
    first = load_kb(data)
    caches = list(paths.cache_dir().glob("kb-*.marshal"))
    assert len(caches) == 1
    again = load_kb(data)
    assert again.digest == first.digest and again.gazetteer == first.gazetteer
    caches[0].write_bytes(b"\x00not a marshal file")  # unreadable: rebuilt, never trusted
    rebuilt = load_kb(data)
    assert rebuilt.gazetteer == first.gazetteer
    # a changed data file gives a new digest (stale caches are not used)
    (data / "countries.yaml").write_text(
        MINI["countries.yaml"] + "- {id: erewhon, name: Erewhon}\n", encoding="utf-8")
    changed = load_kb(data)
    assert changed.digest != first.digest and changed.get("erewhon") is not None


def test_cache_for_another_digest_is_ignored(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "countries.yaml").write_text(MINI["countries.yaml"], encoding="utf-8")
    kb = load_kb(data)
    cache = next(paths.cache_dir().glob("kb-*.marshal"))
    import marshal

    stale = marshal.loads(cache.read_bytes())
    stale["digest"] = "0" * 64
    stale["entities"] = {}
    cache.write_bytes(marshal.dumps(stale))
    assert load_kb(data).get("utopia") is not None
    assert kb.get("utopia") is not None


@pytest.mark.parametrize("text", ["", "[]\n", "just a string\n"])
def test_empty_or_odd_files(text: str) -> None:
    kb = kb_from_yaml({"organizations.yaml": text})
    assert kb.entities == {}


def test_arabic_article_spellings_and_explicit_surnames() -> None:
    kb = kb_from_yaml({"people.yaml": (
        "- {id: tamim, name: Tamim bin Hamad Al Thani, surname: Tamim,\n"
        "   aliases: [Sheikh Tamim bin Hamad Al Thani]}\n")})
    assert kb.gazetteer[tokenize("Tamim bin Hamad Al-Thani")][0][0] == "tamim"
    assert tokenize("Thani") not in kb.gazetteer  # the explicit surname is the only one
    assert kb.gazetteer[tokenize("Tamim")][0][1] == SURNAME
