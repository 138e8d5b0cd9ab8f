"""Writing the user's corrections into a document's sidecar YAML without losing anything.

The reader calls :func:`curate` when the user renames, merges, drops or adds an actor.  The edit
is made on the file's *text*: only the lines of the affected ``actors:`` entry change, so the
user's comments, key order and formatting elsewhere survive.  The result is parsed again and
compared with the intended data before anything is written; a file that cannot be parsed is
never overwritten.  The previous version is kept in the user data directory (not in the corpus)
and the new one is written atomically with the file's permissions.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefing import paths
from briefing.corpus.files import LINK_OUTSIDE, link_leaves_folder
from briefing.corpus.yamlsafe import MAX_YAML_BYTES, YamlProblem, load_yaml
from briefing.fileread import FileMissing, FileProblem, read_bytes
from briefing.storage import atomic_write, locked
from briefing.textsafe import display_safe

OPERATIONS = ("add", "merge", "rename", "drop")
MAX_BACKUPS = 20
_ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,80}$")


class CurationError(ValueError):
    """The edit was refused; the message says why (the file is unchanged)."""


@dataclass(frozen=True)
class CurationResult:
    sidecar: Path
    backup: Path | None
    created: bool


def sidecar_path_for(document_path: str, existing: str | None = None) -> Path:
    return Path(existing) if existing else Path(document_path).with_suffix(".yaml")


def _flow(value: Any) -> str:
    return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True,
                          width=1 << 30).strip().removesuffix("...").strip()


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")
    return (slug or "actor")[:60]


def apply_operation(curation: dict[str, Any], op: str, **args: Any) -> dict[str, Any]:
    """The ``actors:`` curation mapping after one operation (pure; validates arguments)."""
    if op not in OPERATIONS:
        raise CurationError(f"unknown operation {op!r}")
    new = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
           for k, v in curation.items()}
    if op == "rename":
        actor_id, name = args["actor_id"], " ".join(str(args["name"]).split())
        if not name:
            raise CurationError("the new name is empty")
        rename = new.get("rename") if isinstance(new.get("rename"), dict) else {}
        rename[actor_id] = name
        new["rename"] = rename
    elif op == "drop":
        drop = new.get("drop") if isinstance(new.get("drop"), list) else []
        if args["actor_id"] not in drop:
            drop.append(args["actor_id"])
        new["drop"] = drop
    elif op == "merge":
        keep, other = args["keep"], args["other"]
        if keep == other:
            raise CurationError("cannot merge an actor with itself")
        merge = new.get("merge") if isinstance(new.get("merge"), list) else []
        if [keep, other] not in merge:
            merge.append([keep, other])
        new["merge"] = merge
    elif op == "add":
        name = " ".join(str(args["name"]).split())
        if not name:
            raise CurationError("the name is empty")
        entry: dict[str, Any] = {"id": args.get("actor_id") or _slug(name), "name": name,
                                 "kind": args.get("kind") or "other"}
        aliases = [a for a in args.get("aliases") or [name] if isinstance(a, str) and a]
        entry["aliases"] = aliases
        add = new.get("add") if isinstance(new.get("add"), list) else []
        add = [a for a in add if not (isinstance(a, dict) and a.get("id") == entry["id"])]
        add.append(entry)
        new["add"] = add
    for key in ("actor_id", "keep", "other"):
        if key in args and not (isinstance(args[key], str) and _ID.match(args[key])):
            raise CurationError(f"not an actor id: {args[key]!r}")
    return new


# ------------------------------------------------------------------------------ text editing
def _block(lines: list[str], start: int) -> int:
    """Index after the indented block that belongs to the key on line ``start``."""
    end = start + 1
    last_content = start
    while end < len(lines):
        line = lines[end]
        if line.strip() and not line.startswith((" ", "\t")) and not line.startswith("#"):
            break
        if line.strip() and not line.lstrip().startswith("#"):
            last_content = end
        end += 1
    return last_content + 1


def _split_comment(line: str) -> tuple[str, str]:
    """(code, comment) for a line whose comment starts with `` #`` outside quotes."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip(), line[i:]
    return line.rstrip(), ""


def _item_line(indent: str, old: Any, new: Any) -> str | None:
    """The one line to append to a block-style entry, when the change is a single new item."""
    if isinstance(old, list) and isinstance(new, list) and new[:-1] == old and new:
        return f"{indent}- {_flow(new[-1])}"
    if isinstance(old, dict) and isinstance(new, dict) and set(old) <= set(new):
        added = [k for k in new if k not in old]
        if len(added) == 1 and all(old[k] == new[k] for k in old):
            return f"{indent}{_flow({added[0]: new[added[0]]})[1:-1]}"
    return None


def edit_text(text: str, old_curation: dict[str, Any], new_curation: dict[str, Any],
              changed: str) -> str:
    """Rewrite only the ``actors:`` → ``changed`` entry of ``text`` to hold the new value.

    A block-style entry gets one new line (or one changed line), so comments between its items
    stay; a flow-style entry is rewritten on its own line, keeping the line's comment."""
    lines = text.split("\n")
    value = _flow(new_curation[changed])
    top = next((i for i, line in enumerate(lines) if re.match(r"^actors\s*:", line)), None)
    if top is None:
        while lines and lines[-1] == "":
            lines.pop()
        lines += ["actors:", f"  {changed}: {value}", ""]
        return "\n".join(lines)
    code, comment = _split_comment(lines[top])
    if code.split(":", 1)[1].strip():  # flow style `actors: {...}`: becomes a block
        block = [f"  {k}: {_flow(v)}" for k, v in new_curation.items()]
        lines[top:top + 1] = [("actors:  " + comment).rstrip(), *block]
        return "\n".join(lines)
    end = _block(lines, top)
    child = re.compile(rf"^(\s+){re.escape(changed)}\s*:(.*)$")
    for i in range(top + 1, end):
        match = child.match(lines[i])
        if not match:
            continue
        indent = match.group(1)
        sub_end = i + 1
        while sub_end < end and (not lines[sub_end].strip() or
                                 len(lines[sub_end]) - len(lines[sub_end].lstrip()) > len(indent)
                                 or lines[sub_end].lstrip().startswith("#")):
            sub_end += 1
        while sub_end > i + 1 and not lines[sub_end - 1].strip():
            sub_end -= 1
        code, comment = _split_comment(lines[i])
        content = [j for j in range(i + 1, sub_end)
                   if lines[j].strip() and not lines[j].lstrip().startswith("#")]
        if not code.split(":", 1)[1].strip() and content:  # block style
            item_indent = re.match(r"^(\s*)", lines[content[0]]).group(1)  # type: ignore[union-attr]
            old = old_curation.get(changed)
            new = new_curation[changed]
            if isinstance(old, dict) and isinstance(new, dict) and set(old) == set(new):
                key = next((k for k in new if old[k] != new[k]), None)
                pattern = re.compile(rf"^{re.escape(item_indent)}{re.escape(str(key))}\s*:")
                for j in content:
                    if key is not None and pattern.match(lines[j]):
                        _code, item_comment = _split_comment(lines[j])
                        entry = _flow({key: new[key]})[1:-1]
                        lines[j] = f"{item_indent}{entry}" + \
                            (f"  {item_comment}" if item_comment else "")
                        return "\n".join(lines)
            line = _item_line(item_indent, old, new)
            if line is not None:
                lines.insert(content[-1] + 1, line)
                return "\n".join(lines)
        lines[i:sub_end] = [f"{indent}{changed}: {value}" + (f"  {comment}" if comment else "")]
        return "\n".join(lines)
    indent = next((re.match(r"^(\s+)", lines[i]).group(1)  # type: ignore[union-attr]
                   for i in range(top + 1, end)
                   if lines[i].strip() and not lines[i].lstrip().startswith("#")), "  ")
    lines.insert(end, f"{indent}{changed}: {value}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ the entry point
def _backup(path: Path) -> Path:
    folder = paths.data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.{stamp}.{abs(hash(str(path.resolve()))) % 10**8}.yaml"
    shutil.copy2(path, target)
    olds = sorted(folder.glob(f"{path.stem}.*.yaml"), key=lambda p: p.stat().st_mtime)
    for old in olds[:-MAX_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def curate(document_path: str, op: str, sidecar: str | None = None,
           **args: Any) -> CurationResult:
    """Apply one curation operation to the document's sidecar; raise :class:`CurationError`."""
    path = sidecar_path_for(document_path, sidecar)
    with locked(paths.data_dir() / "sidecar-edits"):
        if os.path.lexists(path) and link_leaves_folder(str(path), str(path.parent)):
            # The loader's rule: such a file is no sidecar, and its content must never be
            # copied into the corpus by rewriting the link as a plain file.
            raise CurationError(f"{display_safe(path.name, 120)}: {LINK_OUTSIDE}; not changed")
        try:  # bounded, non-blocking: a FIFO or a link to /dev/zero is refused, never read
            data_bytes = read_bytes(path, MAX_YAML_BYTES, "limits.max_yaml_bytes")
            created = False
        except FileMissing:
            data_bytes, created = b"", True
        except FileProblem as exc:
            raise CurationError(f"{display_safe(path.name, 120)}: {exc}; not changed") from None
        try:
            text = data_bytes.decode("utf-8-sig", errors="strict")
        except UnicodeDecodeError:
            raise CurationError(f"{display_safe(path.name, 120)}: not UTF-8 text; "
                                "not changed") from None
        try:
            data = load_yaml(text) if text.strip() else {}
        except YamlProblem as exc:
            where = f" (line {exc.line})" if exc.line else ""
            raise CurationError(f"{path.name}{where}: {exc.message}; fix it before "
                                "editing from the reader") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise CurationError(f"{path.name}: not a mapping of keys; not changed")
        current = data.get("actors") or {}
        if not isinstance(current, dict):
            raise CurationError(f"{path.name}: 'actors' is not a mapping; not changed")
        new_curation = apply_operation(current, op, **args)
        new_text = edit_text(text, current, new_curation, op)
        try:
            check = load_yaml(new_text)
        except YamlProblem as exc:  # pragma: no cover - edit_text keeps the YAML valid
            raise CurationError(f"{path.name}: the edit would break the file ({exc.message})") \
                from None
        expected = dict(data)
        expected["actors"] = new_curation
        if check != expected:
            raise CurationError(f"{path.name}: its layout is too unusual to edit safely; "
                                "add the change by hand")
        backup = None if created else _backup(path)
        atomic_write(path, new_text.encode("utf-8"))
    return CurationResult(path, backup, created)
