"""Actor extraction, alias learning: "formerly/now/also known as", "Name (ACR)"."""

from __future__ import annotations

from briefing.extract.actors.scan import Hit, mark, scan
from briefing.knowledge import (
    NAME,
    tokenize,
)

_CONNECTORS = frozenset({"of", "for", "the", "and", "-", "al", "el", "de", "&", "on"})


class AliasPass:
    """Methods of :class:`briefing.extract.actors.finder._Run` (see its module docstring)."""

    # ------------------------------------------------------------------ 2. alias learning
    _TRIGGERS = (
        (("formerly", "known", "as"), "former"), (("previously", "known", "as"), "former"),
        (("once", "known", "as"), "former"), (("formerly", "called"), "former"),
        (("now", "known", "as"), "successor"), (("now", "called"), "successor"),
        (("since", "renamed"), "successor"), (("renamed",), "successor"),
        (("rebranded", "as"), "successor"), (("also", "known", "as"), "variant"),
        (("known", "as"), "variant"), (("aka",), "variant"),
        (("a", ".", "k", ".", "a", "."), "variant"),
    )

    def name_run(self, i: int, forward: bool = True, limit: int = 8) -> tuple[int, int] | None:
        """The proper-name run starting (forward) or ending (backward) at token ``i``."""
        t = self.t
        connectors = _CONNECTORS
        if forward:
            if i < t.n and t.norm[i] == "the":
                i += 1
            if i >= t.n or not t.cap(i):
                return None
            j = i
            while j < t.n and j - i < limit:
                if t.cap(j) or (t.norm[j] in connectors and j + 1 < t.n and t.cap(j + 1)) or t.raw[j][:1].isdigit() and j > i:
                    j += 1
                elif j > i and t.norm[j] == "'" and t.glued(j) and t.norm[j - 1].endswith("s") \
                        and j + 1 < t.n and t.cap(j + 1) and not t.glued(j + 1):
                    j += 1  # "Transport and General Workers' Union": a plural possessive inside
                else:
                    break
            return (i, j) if j > i else None
        j = i + 1
        if j <= 0 or not t.cap(i):
            return None
        a = i
        while a - 1 >= 0 and j - a < limit:
            prev = a - 1
            if t.cap(prev) and not (t.sent_tok and prev in t.sent_tok and t.norm[prev] == "the") or t.norm[prev] in connectors and prev - 1 >= 0 and t.cap(prev - 1):
                a = prev
            else:
                break
        if t.norm[a] == "the":
            a += 1
        return (a, j) if j > a else None

    def hit_in(self, a: int, b: int) -> Hit | None:
        """The largest gazetteer hit inside tokens [a, b) (an actor other than a state)."""
        best = None
        for h in self.hits:
            if h.i >= a and h.j <= b and (best is None or h.j - h.i > best.j - best.i):
                best = h
        return best

    def learn_aliases(self) -> None:
        t = self.t
        norm = t.norm
        triggers = {}
        for words, status in self._TRIGGERS:
            triggers.setdefault(words[0], []).append((words, status))
        learned: list[tuple[str, str, str]] = []  # (actor id, form, status)
        for k in self.positions(triggers):
            options = triggers.get(norm[k])
            if not options:
                continue
            for words, status in options:
                if tuple(norm[k:k + len(words)]) != words:
                    continue
                right = self.name_run(k + len(words))
                left_end = k - 1
                while left_end >= 0 and norm[left_end] in (",", "(", "—", "–", "-"):
                    left_end -= 1
                left = self.name_run(left_end, forward=False) if left_end >= 0 else None
                self.pair(left, right, status, learned)
                break
        # "Name (ACR)": a parenthesised acronym after a name; "Name, ACR, ..." likewise
        for k in self.positions(("(", ",")):
            if k < 1 or k + 2 >= t.n or norm[k + 2] != (")" if norm[k] == "(" else ","):
                continue
            acr = t.raw[k + 1]
            if not (2 <= len(acr) <= 7 and acr.isupper() and acr.isalpha()):
                continue
            left = self.name_run(k - 1, forward=False)
            if left is None:
                continue
            words = [w for w in t.raw[left[0]:left[1]] if w[:1].isalpha() and w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            if not (set(acr) <= set(initials.upper()) | set("".join(words).upper())):
                continue
            self.pair(left, (k + 1, k + 2), "abbrev", learned, acronym=True)
        for aid, form, status in learned:
            c = self.cands.get(aid) or self.cand(aid)
            if status == "former" and form not in c.former:
                c.former.append(form)
            key = tokenize(form)
            if key and key not in self.kb.gazetteer:
                self.local.setdefault(key, []).append((aid, NAME, form.isupper(), form,
                                                       None, None))

    def pair(self, left: tuple[int, int] | None, right: tuple[int, int] | None, status: str,
             learned: list, acronym: bool = False) -> None:
        if left is None or right is None:
            return
        t = self.t
        lh = self.hit_in(*left)
        rh = self.hit_in(*right)
        lknown = lh is not None and lh.i == left[0] and lh.j == left[1]
        rknown = rh is not None and rh.i == right[0] and rh.j == right[1]
        ltext, rtext = t.span_text(*left), t.span_text(*right)
        if lknown and not rknown and not (acronym and self.kb.get(lh.actor or "")
                                          and self.kb.get(lh.actor or "")["kind"] == "state"):
            learned.append((lh.actor, rtext, status))
        elif rknown and not lknown:
            if rh.actor and self.is_org_name(left):
                learned.append((rh.actor, ltext, "former" if status == "successor" else status))
        elif not lknown and not rknown and self.is_org_name(left) and not acronym \
                or (acronym and not lknown and self.is_org_name(left)):
            kind = self.org_kind(left)
            if kind is None:
                return
            aid = self.fresh_id(ltext)
            c = self.cand(aid, name=ltext, kind=kind, origin="extracted")
            c.discovered = True
            c.alias(ltext)
            self.local.setdefault(tokenize(ltext), []).append((aid, NAME, False, ltext, None,
                                                               None))
            learned.append((aid, rtext, status))

    def is_org_name(self, run: tuple[int, int]) -> bool:
        t = self.t
        heads = self.w("org_heads")
        if run[1] - run[0] < 2 and not self.hit_in(*run):
            return False
        return any(t.norm[k] in heads for k in range(*run))

    def org_kind(self, run: tuple[int, int]) -> str | None:
        t = self.t
        things = {"nuclear", "missile", "missiles", "weapons", "treaty", "agreement", "accord",
                  "act", "plan", "strategy", "convention", "protocol", "declaration", "day",
                  "war", "summit", "conference", "talks", "road", "square", "street", "gate",
                  "airport", "hotel", "university", "hospital", "school", "prize", "award"}
        words = set(t.norm[run[0]:run[1]])
        if words & things:
            return None
        nxt = t.norm[run[1]] if run[1] < t.n else ""
        if nxt in ("treaty", "agreement", "accord", "talks", "deal", "missiles", "program"):
            return None
        last = t.norm[run[1] - 1]
        if last in self.w("armed_heads") or words & {"front", "brigades", "militia", "army"}:
            return "armed_group"
        if words & {"ministry", "department", "cabinet", "parliament", "senate", "office"}:
            return "government"
        return "organization"

    def scan_local(self) -> None:
        if not self.local:
            return
        gaz = {k: tuple(v) for k, v in self.local.items()}
        first: dict[str, int] = {}
        for key in gaz:
            first[key[0]] = max(first.get(key[0], 0), len(key))
        new = scan(self.t, gaz, first, self.taken, rule="learned",
                   candidates=self.positions(first))
        for h in new:
            h.actor, h.ftype = h.entries[0][0], h.entries[0][1]
        self.hits.extend(new)
        mark(self.taken, new)
        self.local.clear()

