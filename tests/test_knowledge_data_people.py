"""The people data file (``briefing/knowledge/data/people.yaml``): well-formed entries, valid and
ordered dated roles, no overlapping duplicate roles, one owner per name form, surname collisions
flagged, role references that resolve, and a few dated facts the extractor relies on."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "briefing" / "knowledge" / "data"
PEOPLE = DATA / "people.yaml"
ID_RE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PERSON_KEYS = {"id", "name", "aliases", "names", "surname", "gender", "roles", "shared_surname",
               "common_surname"}
ROLE_KEYS = {"title", "of", "from", "to"}
_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def load(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name}: expected a list of entries"
    return data


@pytest.fixture(scope="module")
def people() -> list[dict]:
    return load(PEOPLE)


@pytest.fixture(scope="module")
def by_id(people: list[dict]) -> dict[str, dict]:
    return {p["id"]: p for p in people}


def lower_bound(date: str) -> str:
    """A coarse date as the first day it covers ("2016" -> "2016-01-01")."""
    year, month, day = DATE_RE.match(date).groups()
    return f"{year}-{month or '01'}-{day or '01'}"


def role_at(person: dict, date: str) -> list[dict]:
    """The person's roles valid on ``date`` (bounds compared as the KB loader does)."""
    return [r for r in person["roles"]
            if (not r.get("from") or date >= r["from"]) and (not r.get("to") or date < r["to"])]


def fold(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.replace("ı", "i").lower()


def surname_key(person: dict) -> str:
    """The surname the loader derives (explicit, else the last token of the name), folded and
    without an Arabic article, so that "al-Assad" and "Assad" collide."""
    surname = person.get("surname")
    if not surname:
        parts = person["name"].split()
        while parts and parts[-1].rstrip(".").lower() in _SUFFIXES:
            parts.pop()
        surname = parts[-1]
    return re.sub(r"^(al|el|ad|as|ash|an|at|az)-", "", fold(surname))


# --------------------------------------------------------------------------- structure
def test_file_parses_as_a_list_of_mappings(people: list[dict]) -> None:
    assert len(people) >= 300
    assert all(isinstance(p, dict) for p in people)


def test_ids_are_unique_snake_case(people: list[dict]) -> None:
    seen: set[str] = set()
    for p in people:
        pid = p.get("id")
        assert isinstance(pid, str) and ID_RE.match(pid), p
        assert pid not in seen, f"duplicate id {pid}"
        seen.add(pid)


def test_entries_have_only_known_keys_and_required_fields(people: list[dict]) -> None:
    for p in people:
        assert set(p) <= PERSON_KEYS, (p["id"], set(p) - PERSON_KEYS)
        assert isinstance(p.get("name"), str) and p["name"].strip() == p["name"] != "", p["id"]
        assert p.get("gender") in ("m", "f"), p["id"]
        assert isinstance(p.get("roles"), list) and p["roles"], f"{p['id']}: no roles"
        aliases = p.get("aliases", [])
        assert isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)
        assert len(set(aliases)) == len(aliases), f"{p['id']}: repeated alias"
        assert p["name"] not in aliases, f"{p['id']}: name repeated as an alias"
        if "surname" in p:
            assert isinstance(p["surname"], str) and p["surname"].strip(), p["id"]
        for flag in ("shared_surname", "common_surname"):
            assert p.get(flag, True) is True, f"{p['id']}: {flag} is either true or absent"


def test_surname_appears_in_a_name_form(people: list[dict]) -> None:
    """An explicit surname is part of the name or of an alias (no stray surnames)."""
    for p in people:
        if "surname" in p:
            forms = [p["name"], *p.get("aliases", [])]
            assert any(p["surname"] in f for f in forms), (p["id"], p["surname"])


def test_no_alias_ends_in_a_regnal_number_or_title_only(people: list[dict]) -> None:
    """The loader links an alias's last token as a surname: it must not be "VI" or "Iran"."""
    bad_last = {"vi", "v", "of", "iran", "jordan", "arabia", "morocco", "un", "in"}
    for p in people:
        for alias in p.get("aliases", []):
            last = alias.split()[-1].lower()
            assert last not in bad_last, (p["id"], alias)


# --------------------------------------------------------------------------- roles and dates
def test_roles_have_title_of_and_valid_string_dates(people: list[dict]) -> None:
    for p in people:
        for role in p["roles"]:
            assert isinstance(role, dict) and set(role) <= ROLE_KEYS, (p["id"], role)
            assert isinstance(role.get("title"), str) and role["title"].strip(), (p["id"], role)
            assert isinstance(role.get("of"), str) and ID_RE.match(role["of"]), (p["id"], role)
        # dated names (ambiguous short forms such as "MBS", valid only in a period)
        for item in p.get("names", []):
            assert isinstance(item, dict) and isinstance(item.get("name"), str), (p["id"], item)
            assert set(item) <= {"name", "from", "to"}, (p["id"], item)
        for item in p["roles"] + p.get("names", []):
            for key in ("from", "to"):
                if key not in item:
                    continue
                value = item[key]
                # quoted in the file: an unquoted 2016-09-04 would load as a datetime.date
                assert isinstance(value, str), (p["id"], key, value)
                m = DATE_RE.match(value)
                assert m, (p["id"], key, value)
                year, month, day = m.groups()
                assert 1900 <= int(year) <= 2030, (p["id"], value)
                if month:
                    assert 1 <= int(month) <= 12, (p["id"], value)
                if day:
                    assert 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1], \
                        (p["id"], value)


def test_acronym_aliases_are_dated(people: list[dict]) -> None:
    """"MBS" is also mortgage-backed securities, "HBJ" a publisher: an all-capitals short form
    goes in `names` with the period it was used in, never in the undated `aliases`."""
    acronym = re.compile(r"^[A-Z]{2,5}$")
    for p in people:
        assert not [a for a in p.get("aliases", []) if acronym.match(a)], p["id"]
        for item in p.get("names", []):
            if acronym.match(item["name"]):
                assert "from" in item, (p["id"], item)


def test_role_bounds_are_ordered(people: list[dict]) -> None:
    for p in people:
        for role in p["roles"] + p.get("names", []):
            if "from" in role and "to" in role:
                assert lower_bound(role["from"]) < lower_bound(role["to"]), (p["id"], role)


def test_no_overlapping_roles_with_the_same_title_and_of(people: list[dict]) -> None:
    for p in people:
        spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for role in p["roles"]:
            start = lower_bound(role["from"]) if "from" in role else "0000-00-00"
            end = lower_bound(role["to"]) if "to" in role else "9999-99-99"
            spans.setdefault((role["title"], role["of"]), []).append((start, end))
        for key, items in spans.items():
            items.sort()
            for (_s1, e1), (s2, _e2) in zip(items, items[1:], strict=False):
                assert e1 <= s2, f"{p['id']}: overlapping {key}"


# Offices with one holder at a time; a second holder overlapping the first is a date error,
# except where two governments claimed the office at once.
SINGLE_HOLDER = ("President", "Prime Minister", "Foreign Minister", "Secretary of State",
                 "Foreign Secretary", "Chancellor", "King", "Queen", "Emir", "Sultan",
                 "Supreme Leader", "Secretary-General", "Secretary of Defense", "Defence Minister",
                 "National Security Advisor", "Press Secretary", "General Secretary",
                 "Ambassador to the United Nations", "External Affairs Minister", "Pope",
                 "President of the European Commission", "President of the European Council",
                 "High Representative for Foreign Affairs and Security Policy",
                 "Special Envoy for Syria", "Special Envoy for Yemen", "CIA Director")
CONCURRENT = {("Prime Minister", "lebanon"),  # Hoss and Aoun, 1988-1990
              ("Prime Minister", "libya")}    # rival governments since 2014


def test_single_holder_offices_do_not_overlap(people: list[dict]) -> None:
    holders: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for p in people:
        for role in p["roles"]:
            key = (role["title"], role["of"])
            if role["title"] in SINGLE_HOLDER and key not in CONCURRENT:
                start = lower_bound(role["from"]) if "from" in role else "0000-01-01"
                end = lower_bound(role["to"]) if "to" in role else "9999-12-31"
                holders.setdefault(key, []).append((start, end, p["id"]))
    clashes = []
    for key, spans in holders.items():
        spans.sort()
        for (_s1, e1, a), (s2, _e2, b) in zip(spans, spans[1:], strict=False):
            # a few days' slack: hand-overs dated by appointment vs. swearing-in
            if e1 > s2 and (date.fromisoformat(e1) - date.fromisoformat(s2)).days > 3:
                clashes.append((key, a, b))
    assert clashes == []


# --------------------------------------------------------------------------- names
def test_every_name_form_has_one_owner(people: list[dict]) -> None:
    owner: dict[str, str] = {}
    for p in people:
        dated = [n["name"] for n in p.get("names", [])]
        for form in [p["name"], *p.get("aliases", []), *dated]:
            key = fold(form)
            assert owner.setdefault(key, p["id"]) == p["id"], \
                f"{form!r} is claimed by {owner[key]} and {p['id']}"


def test_shared_surnames_are_flagged_both_ways(people: list[dict]) -> None:
    groups: dict[str, list[str]] = {}
    for p in people:
        groups.setdefault(surname_key(p), []).append(p["id"])
    for p in people:
        shared = len(groups[surname_key(p)]) > 1
        assert bool(p.get("shared_surname")) == shared, (p["id"], groups[surname_key(p)])


def test_known_collisions_are_flagged(by_id: dict[str, dict]) -> None:
    for pid in ("george_h_w_bush", "george_w_bush", "bill_clinton", "hillary_clinton",
                "hafez_al_assad", "bashar_al_assad", "kim_jong_un", "kim_dae_jung",
                "indira_gandhi", "rajiv_gandhi", "imran_khan", "karim_khan"):
        assert by_id[pid].get("shared_surname") is True, pid


# --------------------------------------------------------------------------- references
def _kb_ids() -> set[str] | None:
    files = [DATA / "countries.yaml", DATA / "organizations.yaml"]
    if not all(f.is_file() for f in files):
        return None
    return {e["id"] for f in files for e in load(f) if isinstance(e, dict) and "id" in e}


def test_role_of_ids_exist_in_countries_or_organizations(people: list[dict]) -> None:
    ids = _kb_ids()
    if ids is None:
        pytest.skip("countries.yaml / organizations.yaml not present: cannot resolve `of` ids")
    missing = sorted({(p["id"], r["of"]) for p in people for r in p["roles"] if r["of"] not in ids})
    assert missing == []


def test_person_ids_do_not_collide_with_other_kb_ids(people: list[dict]) -> None:
    ids = _kb_ids()
    if ids is None:
        pytest.skip("countries.yaml / organizations.yaml not present")
    assert {p["id"] for p in people} & ids == set()


# --------------------------------------------------------------------------- dated facts
@pytest.mark.parametrize(("pid", "date", "title", "of"), [
    ("sergei_lavrov", "2016-09-04", "Foreign Minister", "russia"),
    ("john_kerry", "2016-09-04", "Secretary of State", "usa"),
    ("barack_obama", "2016-09-04", "President", "usa"),
    ("vladimir_putin", "2016-09-04", "President", "russia"),
    ("vladimir_putin", "2010-06-01", "Prime Minister", "russia"),
    ("bashar_al_assad", "2016-09-04", "President", "syria"),
    ("joe_biden", "2015-06-01", "Vice President", "usa"),
    ("joe_biden", "2024-08-16", "President", "usa"),
    ("donald_trump", "2025-03-25", "President", "usa"),
    ("mikhail_gorbachev", "1987-03-03", "General Secretary", "ussr"),
    ("ronald_reagan", "1987-03-03", "President", "usa"),
    ("hosni_mubarak", "2005-01-01", "President", "egypt"),
    ("ariel_sharon", "2005-01-01", "Prime Minister", "israel"),
    ("mohammed_bin_salman", "2025-03-25", "Crown Prince", "saudi_arabia"),
    ("tamim_bin_hamad_al_thani", "2024-08-16", "Emir", "qatar"),
    ("antony_blinken", "2024-08-16", "Secretary of State", "usa"),
    ("lloyd_austin", "2024-08-16", "Secretary of Defense", "usa"),
    ("yoav_gallant", "2024-08-16", "Defence Minister", "israel"),
    ("abdel_fattah_al_sisi", "2024-08-16", "President", "egypt"),
    ("emmanuel_macron", "2024-11-26", "President", "france"),
    ("ahmed_al_sharaa", "2016-01-01", "Leader of the Nusra Front", "jabhat_fatah_al_sham"),
    ("ahmed_al_sharaa", "2025-06-01", "President", "syria"),
    ("ali_khamenei", "2020-01-01", "Supreme Leader", "iran"),
    ("antonio_guterres", "2020-01-01", "Secretary-General", "un"),
    ("ban_ki_moon", "2010-01-01", "Secretary-General", "un"),
])
def test_role_on_a_date(by_id: dict[str, dict], pid: str, date: str, title: str, of: str) -> None:
    roles = role_at(by_id[pid], date)
    assert any(r["title"] == title and r["of"] == of for r in roles), (pid, date, roles)


@pytest.mark.parametrize(("pid", "after"), [
    ("bashar_al_assad", "2024-12-08"),
    ("hassan_nasrallah", "2024-09-27"),
    ("yahya_sinwar", "2024-10-16"),
    ("ismail_haniyeh", "2024-07-31"),
    ("osama_bin_laden", "2011-05-02"),
    ("muammar_gaddafi", "2011-10-20"),
])
def test_roles_end_on_the_known_date(by_id: dict[str, dict], pid: str, after: str) -> None:
    assert role_at(by_id[pid], after) == []
    ends = [r["to"] for r in by_id[pid]["roles"] if "to" in r]
    assert max(ends) == after


@pytest.mark.parametrize(("pid", "date_", "title"), [
    ("xi_jinping", "2020-01-01", "President"),
    ("hu_jintao", "2008-01-01", "President"),
    ("mohammed_bin_abdulrahman_al_thani", "2024-08-16", "Prime Minister"),
    ("mohammed_bin_salman", "2025-03-25", "Crown Prince"),
    ("marco_rubio", "2025-06-01", "Secretary of State"),
    ("vladimir_putin", "2000-01-15", "President"),
    ("benny_gantz", "2020-06-01", "Defence Minister"),
])
def test_first_listed_role_is_the_default_title(by_id: dict[str, dict], pid: str, date_: str,
                                                 title: str) -> None:
    """The loader's ``role_at`` takes the first valid role: the usual title must come first."""
    assert role_at(by_id[pid], date_)[0]["title"] == title
