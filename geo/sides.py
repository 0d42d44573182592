"""The sides of a conflict (``layers/sides.toml``): ids, names, colours, aliases, rules."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import LayersError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Side", "Sides", "SIDE_IDS"]

SIDE_IDS = ("GNA", "LNA", "neutral", "unknown")
_HEX_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Side:
    """One side: ``id`` (e.g. ``GNA``), display ``name``, ``short`` label, ``colour`` (#rrggbb)."""

    id: str
    name: str
    short: str
    colour: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


class Sides:
    """All sides of a conflict plus the control rules stored with them."""

    def __init__(self, sides: dict[str, Side], *, opposing: list[tuple[str, str]],
                 withdraw_to: str = "opponent", contested_days: int = 7, stale_days: int = 180,
                 name: str = "", start: str | None = None, end: str | None = None) -> None:
        self.sides = sides
        self.opposing = opposing
        self.withdraw_to = withdraw_to
        self.contested_days = contested_days
        self.stale_days = stale_days
        self.name = name
        self.start = start
        self.end = end
        self._exact: dict[str, str] = {}
        pats: list[tuple[str, str]] = []
        for s in sides.values():
            for a in (s.id, s.name, s.short, *s.aliases):
                self._exact.setdefault(_key(a), s.id)
                pats.append((_key(a), s.id))
        pats.sort(key=lambda t: -len(t[0]))
        self._patterns = [(re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), sid) for a, sid in pats if a]

    @classmethod
    def from_toml(cls, path: str | Path) -> "Sides":
        try:
            data: dict[str, Any] = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise LayersError(f"cannot read sides file {str(path)!r}: {exc}") from None
        raw = data.get("sides") or {}
        if not raw:
            raise LayersError(f"{str(path)!r} defines no [sides.*] tables")
        sides: dict[str, Side] = {}
        for sid, spec in raw.items():
            colour = str(spec.get("colour", "#888888"))
            if not _HEX_RE.match(colour):
                raise LayersError(f"{str(path)!r}: side {sid!r} colour {colour!r} is not #rrggbb")
            sides[sid] = Side(id=sid, name=str(spec.get("name", sid)), short=str(spec.get("short", sid)),
                              colour=colour, aliases=tuple(str(a) for a in spec.get("aliases", [])))
        for needed in ("unknown",):
            if needed not in sides:
                sides[needed] = Side(id=needed, name="Unknown", short="Unknown", colour="#DDDDDD")
        conf = data.get("conflict", {})
        opposing = [tuple(p) for p in conf.get("opposing", [])]
        for pair in opposing:
            for sid in pair:
                if sid not in sides:
                    raise LayersError(f"{str(path)!r}: opposing side {sid!r} is not defined")
        withdraw_to = conf.get("withdraw_to", "opponent")
        if withdraw_to not in ("opponent", "unknown"):
            raise LayersError(f"{str(path)!r}: withdraw_to must be 'opponent' or 'unknown', not {withdraw_to!r}")
        return cls(sides, opposing=opposing, withdraw_to=withdraw_to,
                   contested_days=int(conf.get("contested_days", 7)), stale_days=int(conf.get("stale_days", 180)),
                   name=str(conf.get("name", "")), start=conf.get("start"), end=conf.get("end"))

    def __contains__(self, sid: object) -> bool:
        return sid in self.sides

    def __iter__(self):
        return iter(self.sides.values())

    @property
    def ids(self) -> list[str]:
        return list(self.sides)

    def colour(self, sid: str) -> str:
        return self.sides.get(sid, self.sides["unknown"]).colour

    def opponent(self, sid: str) -> str | None:
        """The side ``sid`` fights (if exactly one), else ``None``."""
        opp = {b if a == sid else a for a, b in self.opposing if sid in (a, b)}
        return opp.pop() if len(opp) == 1 else None

    def resolve(self, text: str | None) -> str | None:
        """Side id for an exact id or alias (case-insensitive), else ``None``."""
        if text is None:
            return None
        return self._exact.get(_key(text))

    def find(self, text: str | None) -> str | None:
        """Side id of the longest alias found inside ``text`` (ACLED actor names), else ``None``."""
        if not text:
            return None
        exact = self.resolve(text)
        if exact:
            return exact
        k = _key(text)
        for pat, sid in self._patterns:
            if pat.search(k):
                return sid
        return None

    def mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """All non-overlapping alias mentions in ``text``: (start, end, side, alias)."""
        k = _key(text)
        taken: list[tuple[int, int]] = []
        out = []
        for pat, sid in self._patterns:
            for m in pat.finditer(k):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                out.append((m.start(), m.end(), sid, m.group(0)))
        return sorted(out)


def _key(text: str) -> str:
    return " ".join(str(text).replace("’", "'").casefold().split())
