"""Writing the user's corrections into a document's sidecar YAML without losing anything.

The reader calls :func:`curate` when the user renames, merges, drops or adds an actor, or sets a
negotiation thread's status or note (:mod:`briefing.userdata.thread_edits`).  The edit
is structural (:mod:`briefing.userdata.yamledit`): only the changed values and the new lines are
touched, so comments, block or flow style, quoting and key order survive.  The result is parsed
again and compared with the intended data before anything is written; a file that cannot be
parsed is never overwritten.  The file is read and written back in the encoding the reader
decodes it with (UTF-8, a BOM, UTF-16, Windows-1252).  The previous version is kept in the user
data directory (:mod:`briefing.userdata.backups`, not in the corpus) and the new one is written
atomically, through a symlink, with the file's permissions.  The bundled seed's sidecar is never
written: the user's copy lives in the data directory.  A Markdown document whose front matter
holds the section edited (``actors:``, ``negotiations:``) is refused (a new sidecar would silently override it).
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.common.filetypes import MARKDOWN_SUFFIXES
from briefing.common.storage import (
    atomic_write,
    check_writable,
    clean_stale_temporaries,
    describe,
    locked,
    locked_file,
    write_target,
)
from briefing.common.textsafe import display_safe
from briefing.common.yamlsafe import MAX_YAML_BYTES, YamlProblem, load_yaml
from briefing.corpus.decode import BinaryFile, decode_bytes
from briefing.corpus.files import (
    LINK_OUTSIDE,
    FileProblem,
    dangling_link,
    link_leaves_folder,
    read_file,
)
from briefing.corpus.metadata import split_front_matter
from briefing.paths import user_sidecar_for
from briefing.userdata.backups import keep_backup, pool_for
from briefing.userdata.thread_edits import (
    THREAD_OPERATIONS,
    ThreadEditError,
    apply_thread_operation,
)
from briefing.userdata.yaml_comments import lost_comments
from briefing.userdata.yamledit import EditError, edit

OPERATIONS = ("add", "merge", "rename", "drop")
MAX_BACKUPS = 20
_ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,80}$")


class CurationError(ValueError):
    """The edit was refused; the message says why (the file is unchanged)."""


class ShapeError(CurationError):
    """``actors.<key>`` holds a value of a type the operation cannot extend."""

    def __init__(self, key: str, found: object, wanted: str) -> None:
        super().__init__(f"actors.{key} is {type(found).__name__}, not {wanted}")
        self.key = key


@dataclass(frozen=True)
class CurationResult:
    sidecar: Path
    backup: Path | None
    created: bool
    # The comments that went with what the edit removed (a thread's entry cleared of its
    # note): their lines in the previous version (kept in ``backup``) and their text.
    lost_comments: tuple[tuple[int, str], ...] = ()


def sidecar_path_for(document_path: str, existing: str | None = None) -> Path:
    """The sidecar a curation writes: the existing one, else ``<stem>.yaml`` beside the
    document; for the bundled seed, the user's copy in the data directory (never the package)."""
    user = user_sidecar_for(document_path)
    if user is not None:
        return Path(user)
    return Path(existing) if existing else Path(document_path).with_suffix(".yaml")


PREFLIGHT_BYTES = 65536  # a bigger sidecar is checked by the edit itself, off the screen


def sidecar_blocker(document_path: str, sidecar: str | None = None) -> str | None:
    """Why a curation of this document's sidecar would be refused before anything is asked
    (its YAML does not parse), else ``None``: said before the dialog, not after the user
    typed a name into it.  Cheap: a small file read once; anything unusual (missing, big,
    unreadable) is left to :func:`curate`, which says it then."""
    path = sidecar_path_for(document_path, sidecar)
    try:
        if not path.is_file() or path.stat().st_size > PREFLIGHT_BYTES:
            return None
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        load_yaml(text)
    except YamlProblem as exc:
        where = f" (line {exc.line})" if exc.line else ""
        return (f"{display_safe(path.name, 120)}{where}: {exc.message}; fix it before editing "
                "from the reader")
    return None


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")
    return (slug or "actor")[:60]


def _items(mapping: dict[str, Any], key: str) -> list[Any]:
    """The list under ``key``, with the short forms the extractor accepts written out
    (``drop: china``, ``add: {id: …}``, ``merge: [a, b]``: one item), so extending it keeps
    what was there; another type raises :class:`ShapeError` rather than being replaced."""
    value = mapping.get(key)
    if value is None:
        return []
    if key == "drop" and isinstance(value, str):
        return [value]
    if key == "add" and isinstance(value, dict):
        return [value]
    if key == "merge" and isinstance(value, list) and value \
            and all(isinstance(x, str) for x in value):
        return [value]
    if isinstance(value, list):
        return value
    raise ShapeError(key, value, "a list")


def _mapping(mapping: dict[str, Any], key: str) -> dict[str, Any]:
    value = mapping.get(key)
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    raise ShapeError(key, value, "a mapping")


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
        rename = _mapping(new, "rename")
        rename[actor_id] = name
        new["rename"] = rename
    elif op == "drop":
        drop = _items(new, "drop")
        if args["actor_id"] not in drop:
            drop.append(args["actor_id"])
        new["drop"] = drop
    elif op == "merge":
        keep, other = args["keep"], args["other"]
        if keep == other:
            raise CurationError("cannot merge an actor with itself")
        merge = _items(new, "merge")
        if [keep, other] not in merge:
            merge.append([keep, other])
        new["merge"] = merge
    elif op == "add":
        name = " ".join(str(args["name"]).split())
        if not name:
            raise CurationError("the name is empty")
        entry: dict[str, Any] = {"id": args.get("actor_id") or _unmerged(new, _slug(name)),
                                 "name": name,
                                 "kind": args.get("kind") or "other"}
        aliases = [a for a in args.get("aliases") or [name] if isinstance(a, str) and a]
        entry["aliases"] = aliases
        add = _items(new, "add")
        same = [i for i, a in enumerate(add) if isinstance(a, dict) and a.get("id") == entry["id"]]
        if same:  # the same id again: update that entry where it stands (its comments stay)
            old: dict[str, Any] = add[same[0]]
            known = _items(old, "aliases")
            entry["aliases"] = [*known, *(a for a in aliases if a not in known)]
            add[same[0]] = {**old, **entry}
        else:
            add.append(entry)
        new["add"] = add
        _undrop(new, entry["id"])
    for key in ("actor_id", "keep", "other"):
        if key in args and not (isinstance(args[key], str) and _ID.match(args[key])):
            raise CurationError(f"not an actor id: {args[key]!r}")
    return new


def _unmerged(curation: dict[str, Any], actor_id: str) -> str:
    """``actor_id``, or ``<id>_2``… when a merge folds ``actor_id`` into another: the added
    actor would be folded away with it (merges are applied after adds), and the merge the
    user made stays as it was.  The user's mentions still win (the name's occurrences leave
    the actor it was merged into)."""
    try:
        groups = _items(curation, "merge")
    except ShapeError:  # reported when the sidecar is read; not this edit's business
        return actor_id
    folded = {x for g in groups if isinstance(g, list) for x in g[1:]}
    fresh, n = actor_id, 1
    while fresh in folded:
        n += 1
        fresh = f"{actor_id[:56]}_{n}"
    return fresh


def _undrop(curation: dict[str, Any], actor_id: str) -> None:
    """An actor added under an id the user dropped earlier comes back: the ``drop`` entry goes
    (drops are applied last, so it would silently remove the actor just added); an emptied
    ``drop:`` goes with it.  Its comments are reported by the caller as lost."""
    if "drop" not in curation:
        return
    drop = _items(curation, "drop")
    if actor_id not in drop:
        return
    kept = [x for x in drop if x != actor_id]
    if kept:
        curation["drop"] = kept
    else:
        del curation["drop"]


# ------------------------------------------------------------------------------ reading, writing
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class _Source:
    """A sidecar's text and how to write it back as the reader decodes it."""

    text: str
    bom: bytes = b""
    encoding: str = "utf-8"
    raw: bytes = b""


def _decode(raw: bytes, name: str) -> _Source:
    """Decode as the reader does (:func:`~briefing.corpus.metadata.read_sidecar`)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _Source(raw[len(bom):].decode(encoding), bom, encoding, raw)
            except UnicodeDecodeError:
                raise CurationError(f"{name}: invalid {encoding} after its byte-order mark; "
                                    "not changed") from None
    try:
        decoded = decode_bytes(raw)
    except BinaryFile as exc:
        raise CurationError(f"{name}: {exc}; not changed") from None
    return _Source(decoded.text, b"", decoded.encoding, raw)


def _encode(text: str, source: _Source, name: str) -> bytes:
    try:
        return source.bom + text.encode(source.encoding)
    except UnicodeEncodeError:
        pass
    if source.encoding == "cp1252":  # bytes cp1252 leaves undefined were read as Latin-1
        out = bytearray()
        for char in text:
            try:
                out += char.encode("cp1252")
            except UnicodeEncodeError:
                if ord(char) > 0xFF:
                    raise CurationError(f"{name} is in {source.encoding}, which cannot hold "
                                        f"{char!r}; not changed (save it as UTF-8 first)") from None
                out += char.encode("latin-1")
        return bytes(out)
    raise CurationError(f"{name} is in {source.encoding}, which cannot hold the new text; "
                        "not changed")  # pragma: no cover - UTF-16/32 hold every character


def _read(path: Path, fallback: Path | None) -> tuple[_Source, bool]:
    """The sidecar's text (bounded read, as the reader reads it); ``created`` when it is new.
    ``fallback`` is where a new sidecar starts from (the bundled seed's own sidecar)."""
    if not os.path.lexists(path):
        if fallback is None or not fallback.is_file():
            return _Source(""), True
        path = fallback
    try:
        raw = read_file(str(path), MAX_YAML_BYTES, "limits.max_yaml_bytes").data
    except FileProblem as exc:
        why = dangling_link(str(path))
        if why:  # written through, it would make a new file where the user's went missing
            raise CurationError(f"{display_safe(path.name, 120)} is {why}: put the file back "
                                "or remove the link; not changed") from None
        raise CurationError(f"{path}: {exc}; not changed") from None
    return _decode(raw, path.name), path == fallback


def _line_of(text: str, key: str) -> int | None:
    """The line of ``actors: {key: …}`` in ``text`` (1-based), if it can be found."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    path = ("actors", key)
    node = root
    for name in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        found = next(((k, v) for k, v in node.value
                      if isinstance(k, yaml.ScalarNode) and k.value == name), None)
        if found is None:
            return None
        key_node, node = found
    return key_node.start_mark.line + 1


def _front_matter_holds(document: Path, section: str) -> bool:
    """Whether a Markdown document keeps the curation ``section`` in its front matter."""
    if document.suffix.lower() not in MARKDOWN_SUFFIXES:
        return False
    try:
        text = decode_bytes(read_file(str(document)).data).text
        source, _start = split_front_matter(text.replace("\r\n", "\n"))
        data = load_yaml(source) if source else None
    except (FileProblem, BinaryFile, YamlProblem):
        return False
    return isinstance(data, dict) and section in data


def _apply(current: dict[str, Any], op: str, args: dict[str, Any]) -> dict[str, Any]:
    """The curation section after ``op``: an actor operation, or a thread's status or note."""
    if op not in THREAD_OPERATIONS:
        return apply_operation(current, op, **args)
    try:
        return apply_thread_operation(current, op, str(args.get("thread_id", "")),
                                      str(args.get("value", "")))
    except ThreadEditError as exc:
        raise CurationError(str(exc)) from None


# ------------------------------------------------------------------------------ the entry point
def curate(document_path: str, op: str, sidecar: str | None = None,
           **args: Any) -> CurationResult:
    """Apply one curation operation to the document's sidecar; raise :class:`CurationError`.

    Nothing is written unless the edited text parses back to exactly the intended data, the
    previous version is safely backed up, and the new bytes are encoded as the reader decodes
    the file; then one atomic write (through a symlink) replaces it."""
    document = Path(document_path)
    if not document.is_file():
        raise CurationError(f"{document.name} is no longer there (deleted or moved); "
                            "nothing was changed")
    path = sidecar_path_for(document_path, sidecar)
    fallback = None  # where the user's copy of the bundled seed's sidecar starts from
    if user_sidecar_for(document_path) is not None:
        fallback = next((Path(c) for c in (sidecar, document.with_suffix(".yaml"),
                                           document.with_suffix(".yml"))
                         if c and Path(c) != path and Path(c).is_file()), None)
    with locked(paths.data_dir() / "sidecar-edits"), locked_file(document):
        if os.path.lexists(path) and link_leaves_folder(str(path), str(path.parent)):
            # The loader's rule: such a file is no sidecar; curation must neither copy its
            # content into the corpus nor, writing through the link, change it.
            raise CurationError(f"{display_safe(path.name, 120)}: {LINK_OUTSIDE}; not changed")
        clean_stale_temporaries(write_target(path).parent)
        source, created = _read(path, fallback)
        try:
            data = load_yaml(source.text) if source.text.strip() else {}
        except YamlProblem as exc:
            where = f" (line {exc.line})" if exc.line else ""
            raise CurationError(f"{path.name}{where}: {exc.message}; fix it before "
                                "editing from the reader") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise CurationError(f"{path.name}: not a mapping of keys; not changed")
        section = "negotiations" if op in THREAD_OPERATIONS else "actors"
        current = data.get(section) or {}
        if not isinstance(current, dict):
            raise CurationError(f"{path.name}: {section!r} is not a mapping; not changed")
        if section not in data and _front_matter_holds(document, section):
            raise CurationError(f"{document.name} keeps its {section} in its front matter, "
                                "and a sidecar would silently override them: make this change "
                                "there")
        try:
            new_curation = _apply(current, op, args)
        except ShapeError as exc:
            line = _line_of(source.text, exc.key)
            where = f" (line {line})" if line else ""
            raise CurationError(f"{path.name}{where}: {exc}; fix it before editing from the "
                                "reader") from None
        expected = dict(data)
        expected[section] = new_curation
        try:
            new_text = edit(source.text, expected)
        except EditError as exc:
            where = f" (line {exc.line})" if exc.line else ""
            raise CurationError(f"{path.name}{where}: not changed, {exc}") from None
        encoded = _encode(new_text, source, path.name)
        try:
            check_writable(path)
        except OSError as exc:
            raise CurationError(f"{describe(exc, path)}; not changed") from None
        try:
            backup = None if created else keep_backup(path, source.raw)
        except OSError as exc:  # the folder is what to free or fix, not a file inside it
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise CurationError(f"{path.name} was not changed: its backup could not be made "
                                f"in {display_safe(str(pool_for(path)), 300)} ({reason})"
                                ) from None
        _check_not_edited(path, source, created)
        try:
            atomic_write(path, encoded)
        except OSError as exc:
            raise CurationError(f"{describe(exc, path)}; the sidecar was not changed") from None
    return CurationResult(path, backup, created, tuple(lost_comments(source.text, new_text)))


def _check_not_edited(path: Path, source: _Source, created: bool) -> None:
    """Refuse when the file is no longer what the edit was made from: the user saved it in
    an editor meanwhile (an editor does not take briefing's lock).  Read again right before
    the replacement, so only that instant is left unguarded."""
    if created:
        edited = os.path.lexists(path)
    else:
        try:
            edited = read_file(str(path), MAX_YAML_BYTES, "limits.max_yaml_bytes").data \
                != source.raw
        except FileProblem:
            edited = True
    if edited:
        raise CurationError(f"{display_safe(path.name, 120)} was changed by another program "
                            "(an editor?) while briefing edited it; not changed, your version "
                            "is kept: try again")
