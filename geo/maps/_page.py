"""The Folium side of the maps: the page, its assets, and Frontline's own elements.

Two rules hold for everything on a page:

* **Escaping.** Values reach scripts only through :func:`tojson` (JSON with ``<``, ``>``, ``&``,
  ``'`` and template-opening braces escaped), and HTML only through templates with Jinja
  autoescape on. Every string from events, sources or the gazetteer is turned into DOM text by
  ``frontline.js``, never into markup.
* **No re-parsing.** branca renders a macro's output and then compiles that output *again* as a
  Jinja template, so a note containing ``{{ ... }}`` would be evaluated (server-side template
  injection). Frontline's elements and the GeoJSON layers used here insert their rendered text
  verbatim instead (:class:`_Verbatim`), so data can never become template code.

Self-contained pages inline Leaflet (shipped in ``geo/maps/assets``, BSD-2-Clause, see
``LICENSE-leaflet.txt``) and use no tiles; the other pages load Leaflet from folium's CDN and
add an OpenStreetMap-based tile layer above the bundled basemap.
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import count
from typing import Any

import folium
import jinja2
from branca.element import Element, Figure, MacroElement
from folium.map import Layer
from markupsafe import Markup

from geo.maps._data import ATTRIBUTION, EVENT_SYMBOLS, side_list

__all__ = ["tojson", "render_html", "new_map", "FrontlineElement", "FrontlineLayer", "SafeGeoJson", "pane",
           "render_page"]

TILES = "OpenStreetMap"
_CALL_RE = re.compile(r"^[A-Za-z]+$")
_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")
_NETWORK_RE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//",
                         re.IGNORECASE)


# ----------------------------------------------------------------------------- escaping
def tojson(value: Any) -> Markup:
    """JSON for a ``<script>``: ``<``, ``>``, ``&``, ``'`` and U+2028/9 as ``\\u`` escapes.

    A ``{`` that would open a Jinja tag (``{{``, ``{%``, ``{#``) is escaped as well; in compact
    JSON such a pair can only occur inside a string, so the data decode unchanged.
    """
    s = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    s = (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
         .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(_TEMPLATE_OPEN.sub(r"\\u007b", s))


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("geo.maps", "templates"),
                             autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",),
                                                                 default_for_string=False),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=False)
    env.filters["tojson"] = tojson
    return env


def render_html(name: str, **context: Any) -> Markup:
    """Render an autoescaped ``templates/<name>.html.j2`` to safe markup."""
    return Markup(_env().get_template(f"{name}.html.j2").render(**context))


@lru_cache(maxsize=None)
def _asset(name: str) -> bytes:
    return resources.files("geo.maps").joinpath("assets", name).read_bytes()


def _inline_css(name: str) -> str:
    """A stylesheet with its ``url(images/x.png)`` references turned into data URIs."""
    css = _asset(name).decode("utf-8")

    def data_uri(m: re.Match[str]) -> str:
        fname = m.group(1).rsplit("/", 1)[-1]
        try:
            data = _asset(fname)
        except FileNotFoundError:
            return m.group(0)
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return re.sub(r"url\(\s*[\"']?(images/[\w.-]+\.png)[\"']?\s*\)", data_uri, css)


def _inline_js(name: str) -> str:
    js = _asset(name).decode("utf-8")
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


#: In a page that loads Leaflet from a CDN, say why nothing shows when that fails.
_OFFLINE_NOTICE = """<script>window.L || document.addEventListener("DOMContentLoaded", function () {
  var p = document.createElement("p");
  p.style.cssText = "margin:2em;font:16px sans-serif";
  p.textContent = "This map loads Leaflet from the internet and could not reach it. "
    + "Make the map with --self-contained to view it with no network.";
  document.body.insertBefore(p, document.body.firstChild);
});</script>"""


# ----------------------------------------------------------------------------- elements
class _Verbatim(Element):
    """Text inserted into the page exactly as given: never compiled as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Verbatim"
        self._text = str(text)

    def render(self, **kwargs: Any) -> str:
        return self._text


class _NoReparse(MacroElement):
    """Render the ``header``/``html``/``script`` macros into the figure verbatim."""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("this element must be inside a folium Figure to render")
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = module.get(part)
            if macro is not None:
                target.add_child(_Verbatim(macro(self, kwargs)), name=self.get_name())
        for child in list(self._children.values()):
            child.render(**kwargs)


class FrontlineElement(_NoReparse):
    """Page markup (a panel) plus one call ``Frontline.<call>(map, data)`` into ``frontline.js``.

    Parameters
    ----------
    call
        Name of a function of ``frontline.js`` (letters only), or ``None`` for markup only.
    data
        JSON-serialisable argument of that function.
    markup
        Already-escaped HTML from :func:`render_html`, placed in the page body.
    """

    _template = _env().get_template("element.js.j2")

    def __init__(self, call: str | None, data: Any = None, *, markup: Markup | str = "") -> None:
        super().__init__()
        if call is not None and not _CALL_RE.match(call):
            raise ValueError(f"not a frontline.js function name: {call!r}")
        self._name = "Frontline"
        self.call = call
        self.data = data
        self.markup = Markup(markup) if isinstance(markup, Markup) else Markup.escape(markup)


class FrontlineLayer(Layer, _NoReparse):
    """A map layer built by ``Frontline.<call>(map, data)`` in ``frontline.js``.

    It is a folium :class:`~folium.map.Layer`, so the layer control lists it like any other;
    ``markup`` (already escaped) goes into the page body, e.g. the timeline's slider panel.
    """

    _template = _env().get_template("element.js.j2")

    def __init__(self, call: str, data: Any, *, name: str, show: bool = True, control: bool = True,
                 markup: Markup | str = "") -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        if not _CALL_RE.match(call):
            raise ValueError(f"not a frontline.js function name: {call!r}")
        self._name = "FrontlineLayer"
        self.call = call
        self.data = data
        self.markup = Markup(markup) if isinstance(markup, Markup) else Markup.escape(markup)


class SafeGeoJson(folium.GeoJson, _NoReparse):
    """:class:`folium.GeoJson` whose rendered script is inserted verbatim (see module notes)."""


def pane(m: folium.Map, name: str, z_index: int, *, interactive: bool = True) -> str:
    """Add a Leaflet pane once (stacking order independent of layer toggling); return its name."""
    made = m.__dict__.setdefault("_frontline_panes", set())
    if name not in made:
        folium.map.CustomPane(name, z_index=z_index, pointer_events=interactive).add_to(m)
        made.add(name)
    return name


# ----------------------------------------------------------------------------- the page
def new_map(territory: Any, *, title: str, self_contained: bool, basemap: dict[str, Any] | None,
            bounds: tuple[float, float, float, float], right_panel: int = 0) -> folium.Map:
    """A folium Map with Frontline's assets, the bundled basemap and (online) a tile layer.

    Parameters
    ----------
    territory
        The :class:`geo.zones.Territory` (for the sides).
    title
        Plain-text page title (escaped here).
    self_contained
        Inline Leaflet and use no tiles, so the page renders with no network.
    basemap
        Countries and coastline (GeoJSON), drawn under the tiles so the map reads offline.
    bounds
        ``(minx, miny, maxx, maxy)`` to fit on opening.
    right_panel
        Width in pixels kept free on the right for a side panel when fitting the bounds.
    """
    import html

    minx, miny, maxx, maxy = bounds
    m = folium.Map(location=[(miny + maxy) / 2, (minx + maxx) / 2], zoom_start=6, tiles=None,
                   control_scale=True, zoom_snap=0.25, zoom_delta=0.5, min_zoom=3, max_zoom=13,
                   font_size="13px")
    fig = m.get_root()
    fig.title = html.escape(title)
    # Only Leaflet: jQuery, Bootstrap and Awesome Markers are not used by these pages.
    m.default_js = [] if self_contained else [(k, v) for k, v in folium.Map.default_js if k == "leaflet"]
    m.default_css = [] if self_contained else [(k, v) for k, v in folium.Map.default_css if k == "leaflet_css"]
    if self_contained:
        fig.header.add_child(_Verbatim(f"<style>{_inline_css('leaflet.css')}</style>"), name="leaflet_css_inline")
        fig.header.add_child(_Verbatim(f"<script>{_inline_js('leaflet.js')}</script>"), name="leaflet_js_inline")
    fig.header.add_child(_Verbatim(f"<style>{_inline_css('frontline.css')}</style>"), name="frontline_css")
    fig.header.add_child(_Verbatim(f"<script>{_inline_js('frontline.js')}</script>"), name="frontline_js")
    fig.html.add_child(_Verbatim(render_html("defs")), name="frontline_defs")
    FrontlineElement("init", {"sides": side_list(territory.sides), "symbols": EVENT_SYMBOLS,
                              "attribution": html.escape(ATTRIBUTION)}).add_to(m)
    if basemap is not None:
        pane(m, "fl-basemap", 150, interactive=False)
        for f in basemap["features"]:
            line = f["properties"].get("layer") == "coastline"
            f["properties"]["style"] = ({"color": "#6d8fb3", "weight": 1, "opacity": 0.9, "fill": False} if line else
                                        {"color": "#a9a397", "weight": 0.8, "fillColor": "#f3f0e8", "fillOpacity": 1})
        SafeGeoJson(basemap, name="Countries and coast (offline)", pane="fl-basemap", interactive=False,
                    class_name="fl-basemap", control=False).add_to(m)
    if not self_contained:
        # an overlay, so it can be switched off to show the bundled basemap underneath
        folium.TileLayer(TILES, name="Street map (online tiles)", overlay=True, control=True).add_to(m)
        fig.html.add_child(_Verbatim(_OFFLINE_NOTICE), name="frontline_offline", index=0)
    # room at the top for the title, which sits over the sea
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding_top_left=(10, 64),
                 padding_bottom_right=(10 + right_panel, 6))
    return m


def _stable_ids(root: Element) -> None:
    """Replace folium's random element ids with sequential ones, so equal inputs give equal files."""
    ids = count(1)

    def walk(el: Element) -> None:
        el._id = f"{next(ids):04d}"
        for child in list(el._children.values()):
            walk(child)

    walk(root)


def render_page(m: folium.Map, *, self_contained: bool) -> str:
    """The page's HTML; for a self-contained page, check that nothing is loaded from a network."""
    fig = m.get_root()
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    _stable_ids(fig)
    out = fig.render()
    if self_contained:
        hit = _NETWORK_RE.search(out)
        if hit:  # a bug in this module, not a user error
            raise RuntimeError(f"self-contained page would load {hit.group(0)!r} from the network")
    return out
