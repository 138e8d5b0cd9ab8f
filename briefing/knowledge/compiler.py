"""Compiling the knowledge base's data files into the builtin structure it is loaded from.

:func:`compile_kb` reads every data file (format in ``FORMAT.md``) with the strict YAML loader
(dates stay strings, duplicate keys are errors), checks it -- each problem is kept with the file
it comes from -- and builds the *gazetteer*: a map from a lower-cased token sequence to the KB
actors it may name, with the kind of surface form (name, abbreviation, demonym …), whether case
must match exactly, and the dates the form is valid.  The result is builtins only, so
:mod:`briefing.knowledge.store` can cache it with :mod:`marshal`.
"""

from __future__ import annotations

import marshal
import re
import unicodedata
from typing import Any

from briefing.knowledge.tokens import (
    ABBREV,
    CAPITAL,
    DEMONYM,
    DEMONYM_PL,
    EXCLUDE,
    NAME,
    SHORT,
    SURNAME,
    Entry,
    Mediation,
    is_acronym,
    strip_the,
    tokenize,
)
from briefing.versions import COMPILER_VERSION

_DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_US, _RS = "\x1f", "\x1e"  # unit and record separators of the compact gazetteer


def pack_entries(entries: tuple[Entry, ...]) -> str:
    """A gazetteer bucket as one string (a dict of strings loads fast from the cache)."""
    return _RS.join(_US.join((e[0], e[1], "1" if e[2] else "", e[3], e[4] or "", e[5] or ""))
                    for e in entries)


def unpack_entries(packed: str) -> tuple[Entry, ...]:
    """The inverse of :func:`pack_entries`."""
    out: list[Entry] = []
    for rec in packed.split(_RS):
        f = rec.split(_US)
        out.append((f[0], f[1], f[2] == "1", f[3], f[4] or None, f[5] or None))
    return tuple(out)


def gazetteer_key(tokens: tuple[str, ...]) -> str:
    """The compact gazetteer's key for a token sequence."""
    return _US.join(tokens)


def gazetteer_tokens(key: str) -> tuple[str, ...]:
    """The inverse of :func:`gazetteer_key`."""
    return tuple(key.split(_US))


# German umlauts as English text transliterates them ("Weizsäcker" -> "Weizsaecker")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})
# particles that open a surname ("von Weizsäcker", "van Horick", "de Mistura")
_PARTICLES = ("von der ", "van der ", "van den ", "von ", "van ", "de ", "du ", "da ", "di ",
              "ter ", "ten ")


def ascii_fold(form: str) -> str:
    """``form`` without its diacritics ("Brasília" -> "Brasilia", "Société" -> "Societe"):
    English news writes most foreign names without accents, so each accented form is matched
    in both spellings.  Letters that do not decompose (ø, ß, ı) are kept."""
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _as_list(value: Any) -> list[Any]:
    """A YAML value as a list (``None``: empty; a scalar: one item)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text_list(value: Any) -> list[str]:
    """The non-blank strings (and numbers, as text) of a YAML value."""
    return [str(v) for v in _as_list(value) if isinstance(v, (str, int)) and str(v).strip()]


class _Compiler:
    """Collects entities, surface forms, titles, agent nouns and mediations file by file, with
    a problem for each bad entry (the rest of the file still counts)."""

    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Any]] = {}
        self.gaz: dict[tuple[str, ...], list[Entry]] = {}
        self.problems: list[str] = []
        self.titles: dict[tuple[str, ...], dict[str, Any]] = {}
        self.agents: dict[tuple[str, ...], dict[str, Any]] = {}
        self.vocab: dict[str, list[str]] = {}
        self.skip: set[str] = set()
        self.mediations: list[Mediation] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def _date(self, where: str, value: Any) -> str | None:
        if value is None:
            return None
        text = str(value)
        if not _DATE_RE.match(text):
            self.problem(where, f"bad date {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        return text

    def add_form(self, form: str, actor_id: str, ftype: str, start: str | None = None,
                 end: str | None = None, exact: bool | None = None) -> None:
        form = " ".join(str(form).split())
        if not form:
            return
        form = strip_the(form)
        if ftype != EXCLUDE and form.lower() in self.skip:
            return
        key = tokenize(form)
        if not key:
            return
        if exact is None:
            # Acronyms and short all-caps forms must match case exactly ("US" vs "us").
            exact = ftype == ABBREV or is_acronym(form)
        entry: Entry = (actor_id, ftype, exact, form, start, end)
        bucket = self.gaz.setdefault(key, [])
        if not any(e[0] == actor_id and e[1] == ftype and e[2] == exact and e[3] == form
                   for e in bucket):
            bucket.append(entry)
        if not form.isascii():
            for variant in (ascii_fold(form), ascii_fold(form.translate(_UMLAUTS))):
                if variant != form:
                    self.add_form(variant, actor_id, ftype, start, end, exact)
        if "&" in form and ftype != EXCLUDE:
            # wire copy writes an ampersand as "and" ("AT and T", "S and P" for AT&T, S&P):
            # the same name, matched with the original's case rule
            self.add_form(_AMPERSAND.sub(" and ", form), actor_id, ftype, start, end, exact)

    def add_entity(self, where: str, raw: dict[str, Any], default_kind: str
                   ) -> dict[str, Any] | None:
        actor_id = raw.get("id")
        if not isinstance(actor_id, str) or not re.fullmatch(r"[a-z0-9_]+", actor_id):
            self.problem(where, f"entry without a snake_case id: {str(raw)[:60]!r}")
            return None
        if actor_id in self.entities:
            self.problem(where, f"duplicate id {actor_id!r}")
            return None
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            self.problem(where, f"{actor_id}: no name")
            return None
        ent: dict[str, Any] = {"id": actor_id, "name": name.strip(),
                               "kind": str(raw.get("kind") or default_kind), "source": where}
        for key in ("part_of", "country", "gender", "surname", "capital", "iso3", "status",
                    "sector", "sport"):
            if isinstance(raw.get(key), str):
                ent[key] = raw[key]
        for key in ("shared_surname", "common_surname", "seat", "capital_disputed"):
            if raw.get(key) is True:  # a bare surname then needs the full name or a title
                ent[key] = True
        for key in ("aliases", "abbreviations", "demonyms", "short", "bare", "members",
                    "affiliated_with", "ambiguous_demonyms", "capital_aliases"):
            ent[key] = tuple(_text_list(raw.get(key)))
        names = []
        for item in _as_list(raw.get("names")) + _as_list(raw.get("former")):
            if isinstance(item, str):
                item = {"name": item}
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                self.problem(where, f"{actor_id}: bad dated name {str(item)[:60]!r}")
                continue
            names.append((item["name"], self._date(f"{where}: {actor_id}", item.get("from")),
                          self._date(f"{where}: {actor_id}", item.get("to"))))
        ent["names"] = tuple(names)
        roles = []
        for item in _as_list(raw.get("roles")):
            if not isinstance(item, dict):
                self.problem(where, f"{actor_id}: bad role {str(item)[:60]!r}")
                continue
            roles.append({"title": str(item.get("title") or "") or None,
                          "of": item.get("of") if isinstance(item.get("of"), str) else None,
                          "from": self._date(f"{where}: {actor_id}", item.get("from")),
                          "to": self._date(f"{where}: {actor_id}", item.get("to"))})
        ent["roles"] = tuple(roles)
        # when the actor existed (historic states, dissolved groups): the document date decides
        ent["exists"] = (self._date(f"{where}: {actor_id}", raw.get("from")),
                         self._date(f"{where}: {actor_id}", raw.get("to")))
        ent["exclude"] = tuple(_text_list(raw.get("exclude")))
        self.entities[actor_id] = ent
        return ent

    def forms_for(self, ent: dict[str, Any]) -> None:
        aid, kind = ent["id"], ent["kind"]
        # forms another entry owns (or nobody does) are not matched for this one
        self.skip = {f.lower() for f in ent.get("ambiguous_demonyms", ())}
        self.add_form(ent["name"], aid, NAME)
        for alias in ent["aliases"]:
            self.add_form(alias, aid, NAME)
        for abbrev in ent["abbreviations"]:
            self.add_form(abbrev, aid, ABBREV, exact=True)
        for name, start, end in ent["names"]:
            self.add_form(name, aid, NAME, start, end)
        for short in ent["short"]:
            self.add_form(short, aid, SHORT)
        for bare in ent["bare"]:  # a club's town: a short form the sport text also allows
            self.add_form(bare, aid, SHORT)
        for phrase in ent["exclude"]:
            # a longer phrase that contains a name but is not the actor ("Northern Ireland")
            self.add_form(phrase, aid, EXCLUDE)
        if kind == "state":
            dems = {d.lower() for d in ent["demonyms"]}
            for dem in ent["demonyms"]:
                plural = dem.endswith("s") and dem[:-1].lower() in dems
                self.add_form(dem, aid, DEMONYM_PL if plural else DEMONYM)
            if ent.get("capital"):
                self.add_form(ent["capital"], aid, CAPITAL)
            for city in ent["capital_aliases"]:  # "Peking" for Beijing in 1987 wire copy
                self.add_form(city, aid, CAPITAL)
        else:
            for dem in ent["demonyms"]:
                self.add_form(dem, aid, DEMONYM)
            if ent.get("capital"):
                # a union's seat read as its institutions ("a complaint against Brussels"),
                # only where a capital would be (a metonym), never a place
                self.add_form(ent["capital"], aid, CAPITAL)
        if kind == "person":
            explicit = ent.get("surname")
            surname = explicit or _surname(ent["name"])
            if surname and not explicit and not self.surname_ok(surname):
                surname = None  # "Moon Jae In" -> "In", "Kim Jong Un" -> "UN": no surname
            if surname:
                ent["surname"] = surname
                self.add_form(surname, aid, SURNAME)
                for particle in _PARTICLES:
                    if surname.startswith(particle) and self.surname_ok(surname[len(particle):]):
                        # "von Weizsäcker" is also "Von Weizsäcker" opening a sentence and
                        # "Weizsäcker" alone
                        self.add_form(surname[0].upper() + surname[1:], aid, SURNAME)
                        self.add_form(surname[len(particle):], aid, SURNAME)
                        break
                if surname.lower().startswith(("al-", "el-")):
                    self.add_form(surname[3:], aid, SURNAME)
            if not surname:
                # only when neither an explicit nor the name's own surname exists: an alias's
                # last word (never a stop word, an acronym or a two-letter word)
                for alias in ent["aliases"]:
                    last = _surname(alias)
                    if last and len(alias.split()) > 1 and self.surname_ok(last):
                        self.add_form(last, aid, SURNAME)
            # "Chun Doo-hwan" is also written "Chun Doo Hwan" and "Chun Doohwan"
            for form in [ent["name"], *ent["aliases"]]:
                for variant in _hyphen_variants(form):
                    self.add_form(variant, aid, NAME)
            # Arabic articles are written "Al Thani", "Al-Thani", "al-Sisi", "el-Sisi"
            for form in [ent["name"], *ent["aliases"]]:
                for variant in _article_variants(form):
                    self.add_form(variant, aid, NAME)

    def surname_ok(self, word: str) -> bool:
        """May ``word`` (derived from a name, not given explicitly) serve as a bare surname?"""
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 3 or word.lower() in _SURNAME_STOP:
            return False
        # a KB acronym ("UN", "NSC") or any exact-case form is no surname
        return not any(e[2] for e in self.gaz.get(tokenize(word), ()))

    def load_lists(self, where: str, data: Any, default_kind: str) -> None:
        if data is None:
            return
        if not isinstance(data, list):
            self.problem(where, "expected a list of entries")
            return
        for raw in data:
            if isinstance(raw, dict):
                ent = self.add_entity(where, raw, default_kind)
                if ent:
                    self.forms_for(ent)
            else:
                self.problem(where, f"entry is not a mapping: {str(raw)[:60]!r}")

    def load_titles(self, where: str, data: Any) -> None:
        if not isinstance(data, dict):
            self.problem(where, "expected a mapping with a 'titles' list")
            return
        for item in _as_list(data.get("titles")):
            if isinstance(item, str):
                item = {"title": item}
            if not isinstance(item, dict) or not isinstance(item.get("title"), str):
                self.problem(where, f"bad title {str(item)[:60]!r}")
                continue
            info = {"title": item["title"], "rank": str(item.get("rank") or "official"),
                    "of": item.get("of") if isinstance(item.get("of"), str) else None}
            for form in [item["title"], *_text_list(item.get("forms"))]:
                self.titles[tokenize(form)] = info
        for key, words in data.items():
            if key != "titles":
                self.vocab[key] = [str(w).lower() for w in _as_list(words)]

    def load_agents(self, where: str, data: Any) -> None:
        if not isinstance(data, dict):
            self.problem(where, "expected a mapping")
            return
        for group in ("agents", "generic"):
            entries = data.get(group) or {}
            if not isinstance(entries, dict):
                self.problem(where, f"{group}: expected a mapping of nouns")
                continue
            for noun, info in entries.items():
                if not isinstance(info, dict):
                    self.problem(where, f"{group}: {noun}: expected a mapping")
                    continue
                entry = {"noun": str(noun), "kind": str(info.get("kind") or "armed_forces"),
                         "key": str(info.get("key") or str(noun).replace(" ", "_")),
                         "label": str(info.get("label") or noun), "group": group}
                for form in [str(noun), *_text_list(info.get("forms"))]:
                    self.agents[tokenize(form)] = entry
        for key, words in data.items():
            if key not in ("agents", "generic"):
                self.vocab[key] = [str(w).lower() for w in _as_list(words)]

    def check_references(self) -> None:
        for ent in self.entities.values():
            for key in ("part_of", "country"):
                ref = ent.get(key)
                if ref and ref not in self.entities:
                    self.problem(ent["source"], f"{ent['id']}: {key} {ref!r} is not a KB id")
            for role in ent.get("roles", ()):
                if role["of"] and role["of"] not in self.entities:
                    self.problem(ent["source"],
                                 f"{ent['id']}: role of {role['of']!r} is not a KB id")
                if role["from"] and role["to"] and role["to"] < role["from"]:
                    self.problem(ent["source"], f"{ent['id']}: role ends before it starts")

    def load_mediations(self, name: str, data: Any) -> None:
        """``mediations.yaml``: a list of {sides: [a, b], mediators: [...], from, to}."""
        if not isinstance(data, list):
            self.problem(name, "expected a list of mediations; file skipped")
            return
        for n, item in enumerate(data, start=1):
            where = f"{name}: entry {n}"
            sides = item.get("sides") if isinstance(item, dict) else None
            meds = item.get("mediators") if isinstance(item, dict) else None
            if not (isinstance(sides, list) and len(sides) == 2 and isinstance(meds, list)
                    and meds):
                self.problem(where, "needs sides (two ids) and mediators (a list of ids)")
                continue
            self.mediations.append((tuple(str(x) for x in sides), tuple(str(x) for x in meds),
                                    self._date(where, item.get("from")),
                                    self._date(where, item.get("to"))))

    def _known_mediations(self) -> list[Mediation]:
        """Mediations whose ids are all in the KB (the others are reported and dropped)."""
        out: list[Mediation] = []
        for sides, meds, start, end in self.mediations:
            unknown = [x for x in sides + meds if x not in self.entities]
            if unknown:
                self.problem("mediations.yaml", f"unknown ids {unknown}; entry skipped")
                continue
            out.append((sides, meds, start, end))
        return out

    def result(self, digest: str) -> dict[str, Any]:
        gaz = {gazetteer_key(k): pack_entries(tuple(v)) for k, v in self.gaz.items()}
        # first token -> the lengths of the names it starts, longest first
        lengths: dict[str, set[int]] = {}
        for key in self.gaz:
            lengths.setdefault(key[0], set()).add(len(key))
        first = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        title_first: dict[str, int] = {}
        for key in self.titles:
            title_first[key[0]] = max(title_first.get(key[0], 0), len(key))
        agent_first: dict[str, int] = {}
        for key in self.agents:
            agent_first[key[0]] = max(agent_first.get(key[0], 0), len(key))
        # office holders: "usa|president" -> ((person, from, to), ...), for "the President"
        offices: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for aid, ent in self.entities.items():
            for role in ent.get("roles", ()):
                if role["of"] and role["title"]:
                    office = f"{role['of']}|{role['title'].lower()}"
                    offices.setdefault(office, []).append((aid, role["from"], role["to"]))
        entities = {}
        for aid, ent in self.entities.items():
            ent.pop("source", None)
            entities[aid] = marshal.dumps(ent)
        return {"entities": entities, "gazetteer": gaz, "first": first,
                "titles": self.titles, "title_first": title_first, "agents": self.agents,
                "agent_first": agent_first, "vocab": self.vocab, "problems": self.problems,
                "offices": {k: tuple(v) for k, v in offices.items()},
                "mediations": tuple(self._known_mediations()),
                "digest": digest, "version": COMPILER_VERSION}


_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)([- ])(?=[A-Z])")


_AMPERSAND = re.compile(r"\s*&\s*")


def _article_variants(form: str) -> list[str]:
    """"Al Thani" <-> "Al-Thani" (the article with a hyphen or a space)."""
    if not _ARTICLE.search(form):
        return []
    swapped = _ARTICLE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), form)
    return [swapped] if swapped != form else []


# Words never derived as a bare surname (they are frequent in any text).
_SURNAME_STOP = frozenset({
    "the", "and", "for", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one",
    "our", "out", "day", "get", "has", "him", "his", "how", "man", "new", "now", "old", "see",
    "two", "way", "who", "did", "its", "let", "put", "say", "she", "too", "use", "state",
    "said", "says"})
_HYPHEN_GIVEN = re.compile(r"^([A-Z][a-z]+)-([a-z]+)$")


def _hyphen_variants(form: str) -> list[str]:
    """"Chun Doo-hwan" -> "Chun Doo Hwan", "Chun Doohwan" (romanised given names)."""
    parts = form.split()
    hits = [(i, m) for i, p in enumerate(parts) if (m := _HYPHEN_GIVEN.match(p))]
    if len(parts) < 2 or not hits:
        return []
    spaced, joined = list(parts), list(parts)
    for i, m in hits:
        a, b = m.groups()
        spaced[i] = f"{a} {b.capitalize()}"
        joined[i] = a + b
    return [" ".join(spaced), " ".join(joined)]


def _surname(name: str) -> str | None:
    """The last word of a name of two words or more, suffixes (Jr., III) aside."""
    parts = [p for p in name.replace(",", " ").split() if p]
    while parts and parts[-1].rstrip(".").lower() in ("jr", "sr", "ii", "iii", "iv"):
        parts.pop()
    return parts[-1] if len(parts) > 1 else None


_KIND_BY_FILE = {"countries": "state", "people": "person", "organizations": "organization"}


def compile_kb(files: list[tuple[str, bytes]], digest: str = "") -> dict[str, Any]:
    """Compile raw data files (name, bytes) into the builtin structure
    :class:`~briefing.knowledge.KnowledgeBase` wraps."""
    import yaml

    from briefing.common.yamlsafe import StrictLoader

    comp = _Compiler()
    ordered = sorted(files, key=lambda f: (f[0] not in ("countries.yaml",), f[0]))
    for name, raw in ordered:
        try:
            data = yaml.load(raw, Loader=StrictLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            comp.problem(f"{name}{line}", f"invalid YAML ({getattr(exc, 'problem', exc)}); "
                                          "file skipped")
            continue
        stem = name.rsplit(".", 1)[0]
        if stem == "titles":
            comp.load_titles(name, data)
        elif stem == "agents":
            comp.load_agents(name, data)
        elif stem == "mediations":
            comp.load_mediations(name, data)
        elif stem.startswith("lexicon"):
            # a word list that does not load as one would silently empty a cue class
            if not isinstance(data, dict):
                comp.problem(name, "not a mapping of word lists; file skipped")
                continue
            for key, words in data.items():
                if isinstance(words, list):
                    comp.vocab[str(key)] = [str(w).lower() for w in words]
                else:
                    comp.problem(f"{name}: {key}", "not a list of words; ignored")
        else:
            comp.load_lists(name, data, _KIND_BY_FILE.get(stem, "organization"))
    comp.check_references()
    return comp.result(digest)
