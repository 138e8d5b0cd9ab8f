"""Checks of the knowledge base's state and organisation data (countries.yaml, organizations.yaml).

The files are facts written by hand, so these tests guard their shape (the format in
``briefing/knowledge/FORMAT.md``), their dates, their cross-references, and above all that no
surface form (name, alias, acronym, demonym, capital) is claimed by two actors unless the data
says it is ambiguous — the gazetteer cannot tell such actors apart.  A few spot checks pin facts
the extractor relies on (the Nusra Front renames, "IS" and "US" by case, the two Congos).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.common.yamlsafe import load_yaml

DATA = Path(__file__).resolve().parent.parent / "briefing" / "knowledge" / "data"
COUNTRIES = DATA / "countries.yaml"
ORGS = DATA / "organizations.yaml"

ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
# population: communities named as actors ("Muslims, Christians and Jews")
ORG_KINDS = {"igo", "organization", "armed_group", "government", "armed_forces", "state_group",
             "population", "other"}
STATUSES = {"member", "observer", "other"}
LIST_KEYS = ("aliases", "abbreviations", "demonyms", "ambiguous_demonyms", "short", "exclude",
             "members", "affiliated_with", "successors", "capital_aliases")
COUNTRY_KEYS = {"id", "name", "official", "aliases", "abbreviations", "demonyms",
                "ambiguous_demonyms", "capital", "capital_aliases", "capital_disputed", "iso3",
                "status", "former", "from", "to", "exclude", "successors"}
ORG_KEYS = {"id", "name", "kind", "aliases", "abbreviations", "names", "short", "part_of",
            "affiliated_with", "country", "members", "from", "to", "exclude", "demonyms", "sector", "seat",
            "capital"}
# Same normalisation as the KB tokenizer: word runs or single punctuation marks, lower case,
# curly apostrophes and odd hyphens folded, a leading "the" dropped.
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_FOLD = str.maketrans({"‐": "-", "‑": "-", "’": "'", "‘": "'", "`": "'"})


def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name}: expected a list of entries"
    assert all(isinstance(e, dict) for e in data), f"{path.name}: every entry is a mapping"
    return data


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    return _load(COUNTRIES)


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, Any]]:
    return _load(ORGS)


@pytest.fixture(scope="module")
def entries(countries, orgs) -> list[dict[str, Any]]:
    return countries + orgs


@pytest.fixture(scope="module")
def by_id(entries) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in entries}


def _key(form: str) -> tuple[str, ...]:
    tokens = tuple(t.lower().translate(_FOLD) for t in _TOKEN_RE.findall(form))
    return tokens[1:] if len(tokens) > 1 and tokens[0] == "the" else tokens


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


def _forms(entry: dict[str, Any]) -> list[tuple[str, bool, str | None, str | None, str]]:
    """(form, exact-case, from, to, field) for every surface form the entry claims."""
    out: list[tuple[str, bool, str | None, str | None, str]] = []

    def add(form: str, field: str, exact: bool | None = None,
            start: str | None = None, end: str | None = None) -> None:
        out.append((form, _is_acronym(form) if exact is None else exact, start, end, field))

    add(entry["name"], "name")
    if entry.get("official"):
        add(entry["official"], "official")
    for field in ("aliases", "short", "demonyms"):
        for form in entry.get(field) or []:
            add(form, field)
    for form in entry.get("abbreviations") or []:
        add(form, "abbreviations", exact=True)
    for item in (entry.get("names") or []) + (entry.get("former") or []):
        add(item["name"], "names", start=item.get("from"), end=item.get("to"))
    if entry.get("capital"):
        add(entry["capital"], "capital")
    for city in entry.get("capital_aliases") or []:
        add(city, "capital")
    return out


def _date(value: Any) -> dt.date | None:
    """The first day a date string stands for, or None when it is not a valid date."""
    if not isinstance(value, str):
        return None
    m = DATE_RE.match(value)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _overlap(a_from: str | None, a_to: str | None, b_from: str | None, b_to: str | None) -> bool:
    """Do two [from, to) periods (open when None) share a day?"""
    if a_to and b_from and a_to <= b_from:
        return False
    return not (b_to and a_from and b_to <= a_from)


# ------------------------------------------------------------------------------ shape
def test_files_have_no_duplicate_keys():
    for path in (COUNTRIES, ORGS):
        # the project's strict loader refuses a key given twice (safe_load keeps the last)
        load_yaml(path.read_bytes(), max_bytes=64 << 20)


def test_ids_unique_and_snake_case(entries):
    seen: set[str] = set()
    for e in entries:
        assert isinstance(e.get("id"), str) and ID_RE.match(e["id"]), e
        assert e["id"] not in seen, f"duplicate id {e['id']}"
        seen.add(e["id"])


def test_country_entries_have_required_keys(countries):
    for e in countries:
        assert set(e) <= COUNTRY_KEYS, (e["id"], set(e) - COUNTRY_KEYS)
        assert isinstance(e.get("name"), str) and e["name"].strip(), e["id"]
        assert e.get("status") in STATUSES, e["id"]
        assert e.get("kind", "state") == "state", e["id"]
        if e["status"] in ("member", "observer"):
            assert ISO3_RE.match(e.get("iso3", "")), e["id"]
            # a capital, or an explicit null where the city is no metonym for the state
            assert e.get("capital") or ("capital" in e and e["capital"] is None), e["id"]
        if e["status"] == "member":
            assert e.get("demonyms") or e.get("ambiguous_demonyms"), e["id"]


def test_org_entries_have_required_keys(orgs):
    for e in orgs:
        assert set(e) <= ORG_KEYS, (e["id"], set(e) - ORG_KEYS)
        assert isinstance(e.get("name"), str) and e["name"].strip(), e["id"]
        assert e.get("kind") in ORG_KINDS, (e["id"], e.get("kind"))
        if e["kind"] in ("government", "armed_forces") and e.get("part_of") is None:
            # a state body belongs to its state (or to another body of it)
            assert e.get("country"), e["id"]


def test_list_fields_hold_clean_strings(entries):
    for e in entries:
        for key in LIST_KEYS:
            value = e.get(key)
            if value is None:
                continue
            assert isinstance(value, list), (e["id"], key)
            for item in value:
                assert isinstance(item, str) and item and item == item.strip(), (e["id"], key, item)
            assert len(value) == len(set(value)), (e["id"], key, "repeats an item")
        for key in ("official", "capital", "iso3", "part_of", "country"):
            if e.get(key) is not None:
                assert isinstance(e[key], str) and e[key].strip(), (e["id"], key)
        for key in ("names", "former"):
            for item in e.get(key) or []:
                assert isinstance(item, dict) and set(item) <= {"name", "from", "to"}, (e["id"], item)
                assert isinstance(item.get("name"), str) and item["name"].strip(), (e["id"], item)


def test_iso3_codes_unique(countries):
    codes = [e["iso3"] for e in countries if "iso3" in e]
    assert all(ISO3_RE.match(c) for c in codes)
    assert len(codes) == len(set(codes))


# ------------------------------------------------------------------------------ dates
def test_dates_are_valid_strings_and_ordered(entries):
    for e in entries:
        periods = [(e.get("from"), e.get("to"), "entry")]
        periods += [(i.get("from"), i.get("to"), i["name"])
                    for i in (e.get("names") or []) + (e.get("former") or [])]
        for start, end, what in periods:
            for value in (start, end):
                if value is not None:
                    assert _date(value) is not None, (e["id"], what, value)
            if start is not None and end is not None:
                assert _date(start) < _date(end), (e["id"], what, start, end)


# ------------------------------------------------------------------------------ references
def test_references_exist(by_id):
    for e in by_id.values():
        for key in ("part_of", "country"):
            if e.get(key) is not None:
                assert e[key] in by_id, (e["id"], key, e[key])
                assert e[key] != e["id"], (e["id"], key)
        for key in ("affiliated_with", "members", "successors"):
            for ref in e.get(key) or []:
                assert ref in by_id, (e["id"], key, ref)
                assert ref != e["id"], (e["id"], key)
        if e.get("country"):
            assert by_id[e["country"]].get("status") is not None, (e["id"], "country is no state")
        for ref in e.get("successors") or []:
            assert by_id[ref].get("status") is not None, (e["id"], "successor is no state")


def test_part_of_chains_end(by_id):
    for e in by_id.values():
        seen = {e["id"]}
        cur = e
        while cur.get("part_of"):
            cur = by_id[cur["part_of"]]
            assert cur["id"] not in seen, f"part_of cycle through {e['id']}"
            seen.add(cur["id"])


def test_state_bodies_belong_to_their_country(by_id):
    """A government body or armed force that is part of a state names that state as country."""
    for e in by_id.values():
        if e.get("kind") in ("government", "armed_forces") and e.get("part_of"):
            top = e
            while top.get("part_of"):
                top = by_id[top["part_of"]]
            if top.get("status") is not None:  # the chain ends in a state
                assert e.get("country") == top["id"], (e["id"], e.get("country"), top["id"])


# ------------------------------------------------------------------------------ surface forms
def test_no_surface_form_claimed_by_two_actors(entries):
    claims: dict[tuple[str, ...], list[tuple[str, str, bool, str | None, str | None, str]]]
    claims = defaultdict(list)
    ambiguous = {e["id"]: {_key(f) for f in e.get("ambiguous_demonyms") or []} for e in entries}
    historic = {e["id"] for e in entries if e.get("to")}
    successors = {e["id"]: set(e.get("successors") or ()) for e in entries}
    for e in entries:
        for form, exact, start, end, field in _forms(e):
            key = _key(form)
            assert key, (e["id"], form)
            claims[key].append((e["id"], form, exact, start, end, field))
    clashes = []
    for key, owners in claims.items():
        for i, (a, fa, xa, sa, ea, da) in enumerate(owners):
            for b, fb, xb, sb, eb, db in owners[i + 1:]:
                if a == b:
                    continue
                if xa and xb and fa != fb:
                    continue  # both case-exact and different: "JEM" is not "JeM"
                if key in ambiguous[a] or key in ambiguous[b]:
                    continue  # declared ambiguous
                if not _overlap(sa, ea, sb, eb):
                    continue  # dated names that never held at the same time
                if da == db == "capital" and (a in historic or b in historic):
                    continue  # "Moscow" for Russia and for the Soviet Union: the date decides
                if b in successors[a] or a in successors[b]:
                    continue  # "German" for West Germany before 1990, for Germany after
                clashes.append((" ".join(key), a, b))
    assert not clashes, clashes


def test_ambiguous_demonyms_are_not_also_owned_by_the_entry(entries):
    for e in entries:
        own = {_key(f) for f, *_ in _forms(e)}
        for form in e.get("ambiguous_demonyms") or []:
            assert _key(form) not in own, (e["id"], form)


def test_exclusions_contain_one_of_the_entrys_forms(entries):
    """An `exclude` phrase must contain a form of its entry, else it excludes nothing."""
    for e in entries:
        keys = [_key(f) for f, *_ in _forms(e)]
        for phrase in e.get("exclude") or []:
            words = _key(phrase)
            assert any(any(words[i:i + len(k)] == k for i in range(len(words) - len(k) + 1))
                       for k in keys), (e["id"], phrase)


def test_mixed_case_acronyms_are_case_sensitive(entries):
    """A short form like "LeT" must be an abbreviation, or it would match the word "let"."""
    for e in entries:
        for form in (e.get("aliases") or []) + (e.get("short") or []):
            letters = [c for c in form if c.isalpha()]
            if not re.fullmatch(r"[A-Za-z]{2,4}", form):
                continue  # only a single short token can fold onto an English word
            uppers = sum(c.isupper() for c in letters)
            mixed_acronym = 1 < uppers < len(letters)
            assert not mixed_acronym, (e["id"], form, "put it in abbreviations")


# ------------------------------------------------------------------------------ membership and facts
def test_un_membership(countries):
    members = [e["id"] for e in countries if e["status"] == "member"]
    assert len(members) == 193
    observers = {e["id"] for e in countries if e["status"] == "observer"}
    assert observers == {"holy_see", "palestine"}
    for historic in ("ussr", "yugoslavia", "czechoslovakia", "east_germany", "west_germany"):
        assert historic not in members


def test_forums_list_their_members(by_id):
    assert len(by_id["nato"]["members"]) == 32
    assert len(by_id["eu"]["members"]) == 27
    assert sorted(by_id["gcc"]["members"]) == ["bahrain", "kuwait", "oman", "qatar",
                                               "saudi_arabia", "uae"]
    assert set(by_id["g7"]["members"]) < set(by_id["g20"]["members"])
    assert len(by_id["arab_league"]["members"]) == 22


def _owner(entries, form: str) -> set[str]:
    key = _key(form)
    return {e["id"] for e in entries for f, *_ in _forms(e) if _key(f) == key}


def test_nusra_front_renames_are_one_dated_actor(by_id, entries):
    jfs = by_id["jabhat_fatah_al_sham"]
    names = {n["name"]: (n.get("from"), n.get("to")) for n in jfs["names"]}
    assert names["Nusra Front"] == ("2012-01-23", "2016-07-28")
    assert names["Jabhat Fatah al-Sham"] == ("2016-07-28", "2017-01-28")
    assert names["Hayat Tahrir al-Sham"] == ("2017-01-28", None)
    assert "Nusra" in jfs["short"]
    assert "al_qaeda" in jfs["affiliated_with"]
    for form in ("Nusra Front", "Jabhat Fateh al-Sham", "HTS", "Nusra"):
        assert _owner(entries, form) == {"jabhat_fatah_al_sham"}, form


def test_case_sensitive_acronyms(by_id, entries):
    assert {"US", "U.S.", "USA", "U.S.A."} <= set(by_id["usa"]["abbreviations"])
    assert {"UK", "U.K."} <= set(by_id["uk"]["abbreviations"])
    assert "IS" in by_id["islamic_state"]["aliases"] and _is_acronym("IS")
    assert _owner(entries, "IS") == {"islamic_state"}
    assert _owner(entries, "ISIL") == _owner(entries, "Daesh") == {"islamic_state"}
    assert "LeT" in by_id["lashkar_e_taiba"]["abbreviations"]


def test_ambiguities_from_the_brief(by_id, entries):
    assert _owner(entries, "Congolese") == {"dr_congo"}
    assert "Congolese" in by_id["republic_of_the_congo"]["ambiguous_demonyms"]
    assert _owner(entries, "Korean") == set()
    assert _owner(entries, "Dominican") == {"dominican_republic"}
    assert _owner(entries, "Nigerien") == {"niger"} and _owner(entries, "Nigerian") == {"nigeria"}
    assert _owner(entries, "Sudanese") == {"sudan"}
    assert _owner(entries, "South Sudanese") == {"south_sudan"}
    assert _owner(entries, "Northern Ireland") == set()
    assert "Northern Ireland" in by_id["ireland"]["exclude"]
    assert _owner(entries, "Red Cross") == {"icrc"}
    assert _owner(entries, "Coalition") == set()
    assert _owner(entries, "RSF") == {"rapid_support_forces"}


def test_former_names_of_states(by_id):
    def former(state: str) -> dict[str, tuple]:
        return {f["name"]: (f.get("from"), f.get("to")) for f in by_id[state].get("former", [])}

    assert former("dr_congo")["Zaire"] == ("1971-10-27", "1997-05-17")
    assert former("eswatini")["Swaziland"][1] == "2018-04-19"
    assert former("north_macedonia")["Macedonia"][1] == "2019-02-12"
    assert "Türkiye" in by_id["turkey"]["aliases"]
    assert "Ivory Coast" in by_id["cote_divoire"]["aliases"]
    assert by_id["ussr"]["to"] == "1991-12-26" and by_id["ussr"]["successors"] == ["russia"]


def test_sub_actors_belong_to_their_parents(by_id):
    expected = {"irgc": "iran", "quds_force": "irgc", "idf": "israel",
                "sudanese_armed_forces": "sudan", "qassam_brigades": "hamas",
                "un_security_council": "un", "european_commission": "eu",
                "us_state_department": "usa", "quai_dorsay": "france",
                "fcdo": "uk", "peshmerga": "krg", "unhcr": "un",
                "palestinian_authority": "palestine", "lebanese_armed_forces": "lebanon"}
    for child, parent in expected.items():
        assert by_id[child]["part_of"] == parent, child
    for group in ("aqap", "aqim", "al_shabaab", "jnim"):
        assert "al_qaeda" in by_id[group]["affiliated_with"], group
    # parties in their own right: folding them into a parent would hide them
    for own in ("iswap", "iskp", "imf", "iaea", "world_bank", "krg", "republika_srpska"):
        assert by_id[own].get("part_of") is None, own
    assert "islamic_state" in by_id["iswap"]["affiliated_with"]
    assert by_id["krg"]["country"] == "iraq"
    assert by_id["palestinian_authority"]["kind"] == "government"
    assert by_id["hamas"]["kind"] == by_id["hezbollah"]["kind"] == "armed_group"


def test_project_loader_accepts_the_files():
    """The KB compiler reads both files without a problem (bad dates, dangling references)."""
    knowledge = pytest.importorskip("briefing.knowledge")
    kb = knowledge.kb_from_yaml({p.name: p.read_text(encoding="utf-8") for p in (COUNTRIES, ORGS)})
    assert kb.problems == []
    assert kb.get("usa")["kind"] == "state"
    assert kb.get("jabhat_fatah_al_sham")["kind"] == "armed_group"
    # the dated names give the name in use on the document's date
    assert kb.name_at("jabhat_fatah_al_sham", "2015-05-01") == "Nusra Front"
    assert kb.name_at("jabhat_fatah_al_sham", "2016-09-04") == "Jabhat Fatah al-Sham"
    assert kb.name_at("jabhat_fatah_al_sham", "2019-03-01") == "Hayat Tahrir al-Sham"
    assert kb.name_at("dr_congo", "1990-01-01") == "Zaire"


def test_sector_is_media_rating_union_or_absent(orgs):
    # a news organisation reports; a credit rating agency rates; state agencies that speak for
    # a state carry no sector; a trade union is a side of its labour disputes
    assert {e["sector"] for e in orgs if "sector" in e} == {"media", "rating", "union"}
    assert {e["id"] for e in orgs if e.get("sector") == "rating"} == {
        "standard_and_poors", "moodys", "fitch_ratings"}
    assert all(e["kind"] == "organization" for e in orgs if e.get("sector") == "union")
    assert "sector" not in next(e for e in orgs if e["id"] == "kcna")
