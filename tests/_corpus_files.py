"""Writing invented documents (with their sidecars: date, source) for a test corpus."""

from __future__ import annotations

from pathlib import Path


def write_docs(root: Path, docs: dict[str, tuple[str, ...]], source: str = "Wire") -> Path:
    """``{name: (published, text)}`` or ``{name: (published, source, text)}`` as
    ``root/name.txt`` plus ``root/name.yaml``."""
    for name, item in docs.items():
        date, text = item[0], item[-1]
        if len(item) == 3:
            source = item[1]
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / f"{name}.yaml").write_text(f"published: {date}\nsource: {source}\n",
                                           encoding="utf-8")
    return root


def write_texts(folder: Path, texts: dict[str, str]) -> Path:
    """``{file name: text}`` as files in ``folder`` (made here)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
