"""The maps in a real browser: headless Debian Chromium driven by Playwright, network blocked.

Every page is a ``--self-contained`` file; any request that is not for a ``file:`` or ``data:``
URL is aborted and recorded, and each test asserts that none was made. Screenshots are saved
as ``output/browser_*.png`` (git-ignored) for people to look at.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_maps import SABRATHA, SIRTE, TARHUNA, WATIYA, write_hostile

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("FRONTLINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = Path(__file__).resolve().parent.parent / "output"
VIEW = {"width": 1400, "height": 900}

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) for the "
                f"browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="the browser tests need Playwright (pip install playwright)")


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def files(territory, tmp_path_factory):
    """The self-contained pages, built once: the date map through the CLI, the rest directly."""
    from geo import maps
    from geo.cli import main

    d = tmp_path_factory.mktemp("browser")
    control = d / "control_2020-06-06.html"
    r = CliRunner().invoke(main, ["map", "2020-06-06", "--self-contained", "-q", "-o", str(control)])
    assert r.exit_code == 0, r.output
    return {
        "control": control,
        "timeline": maps.write_timeline(territory, dt.date(2019, 4, 1), dt.date(2020, 10, 23), d / "timeline.html",
                                        self_contained=True),
        "diff": maps.write_diff_map(territory, dt.date(2020, 4, 1), dt.date(2020, 6, 10), d / "diff.html",
                                    self_contained=True),
    }


@pytest.fixture(scope="module")
def hostile_files(layers, tmp_path_factory):
    from geo import maps
    from geo.zones import Territory

    d = tmp_path_factory.mktemp("hostile_browser")
    t = Territory(layers, event_paths=[write_hostile(d / "hostile.csv")])
    return {
        "control": maps.write_control_map(t, dt.date(2020, 6, 6), d / "control.html", self_contained=True),
        "diff": maps.write_diff_map(t, dt.date(2020, 5, 1), dt.date(2020, 6, 6), d / "diff.html",
                                    self_contained=True),
        "timeline": maps.write_timeline(t, dt.date(2020, 5, 1), dt.date(2020, 6, 6), d / "timeline.html",
                                        self_contained=True),
    }


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A fresh page with the network blocked; records requests, console errors and dialogs."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport=VIEW)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> "Page":
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.frontlineMap !== undefined")
        self.page.wait_for_timeout(150)
        return self

    def shot(self, name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"browser_{name}.png"))

    def check_clean(self) -> None:
        assert self.requests == [], f"the page tried to reach the network: {self.requests[:5]}"
        assert self.errors == [], self.errors
        assert self.dialogs == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser):
    p = Page(browser)
    yield p
    p.close()


def colour_of(page: Page, selector: str) -> str:
    return page.page.eval_on_selector(selector, "e => e.getAttribute('fill')").lower()


# ----------------------------------------------------------------------------- date map
def test_date_map_draws_zones_legend_stats(page, files, territory):
    page.open(files["control"])
    pg = page.page
    assert pg.locator("path.fl-zone").count() >= 2
    assert pg.locator("path.fl-cell").count() == len(territory.cells)
    assert pg.locator("path.fl-front").count() >= 1
    assert pg.locator("path.fl-place").count() == len(territory.timeline.places)
    legend = pg.locator("#fl-legend")
    assert legend.is_visible() and "Government of National Accord" in legend.inner_text()
    stats = pg.locator("#fl-stats")
    assert stats.is_visible() and "km²" in stats.inner_text() and "% of Libya" in stats.inner_text()
    assert "6 June 2020" in pg.locator("#fl-title").inner_text()
    assert "GeoNames (CC BY 4.0)" in pg.locator(".leaflet-control-attribution").inner_text()
    page.shot("control_2020-06-06")
    page.check_clean()


def test_clicking_a_place_opens_its_popup_with_the_source(page, files):
    page.open(files["control"])
    pg = page.page
    pg.evaluate("([lat, lon]) => { frontlineMap.setView([lat, lon], 10, {animate: false}); }", [32.4349, 13.6332])
    pg.wait_for_timeout(200)
    pg.locator(f'path.fl-place[data-place-id="{TARHUNA}"]').click()
    popup = pg.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Tarhuna" in popup.inner_text() and "Held by" in popup.inner_text()
    link = popup.locator("a")
    assert link.count() == 1 and link.get_attribute("href").startswith("https://")
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    page.shot("control_popup_tarhuna")
    page.check_clean()


def test_search_finds_a_place_by_another_spelling(page, files):
    page.open(files["control"])
    pg = page.page
    box = pg.locator("#fl-search input")
    box.fill("Tarhouna")
    assert pg.locator("#fl-search li").first.inner_text().startswith("Tarhuna")
    box.press("Enter")
    pg.locator(".leaflet-popup-content").wait_for()
    assert "Tarhuna" in pg.locator(".leaflet-popup-content").inner_text()
    page.check_clean()


def test_online_page_falls_back_to_the_basemap_without_tiles(browser, territory, tmp_path):
    """The folium page with tiles: Leaflet served from the package in place of the CDN, tiles failing."""
    from importlib import resources

    from geo import maps

    path = maps.write_control_map(territory, dt.date(2020, 6, 6), tmp_path / "online.html")
    assets = resources.files("geo.maps") / "assets"
    context = browser.new_context(viewport=VIEW)
    tiles: list[str] = []

    def route(r) -> None:
        url = r.request.url
        if url.startswith("file:"):
            r.continue_()
        elif "leaflet" in url and url.endswith((".js", ".css")):
            name = "leaflet.js" if url.endswith(".js") else "leaflet.css"
            r.fulfill(body=(assets / name).read_bytes(),
                      content_type="text/javascript" if name.endswith(".js") else "text/css")
        else:
            tiles.append(url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_function("window.frontlineMap !== undefined")
    pg.wait_for_timeout(300)
    assert errors == []
    assert any("tile.openstreetmap.org" in u for u in tiles)
    assert pg.locator("path.fl-basemap").count() > 5 and pg.locator("path.fl-zone").count() >= 2
    assert "OpenStreetMap" in pg.locator(".leaflet-control-attribution").inner_text()
    pg.screenshot(path=str(SHOTS / "browser_online_without_tiles.png"))
    context.close()


# ----------------------------------------------------------------------------- timeline
def slide_to(page: Page, iso: str) -> None:
    """Move the slider as a user would: set its value and fire the input event."""
    index = page.page.evaluate("d => frontlineTimeline.dates.indexOf(d)", iso)
    assert index >= 0, iso
    page.page.eval_on_selector(
        "#fl-timeline input[type=range]",
        "(e, i) => { e.value = String(i); e.dispatchEvent(new Event('input', {bubbles: true})); }", index)
    assert page.page.locator("#fl-timeline time").inner_text() == iso


@pytest.mark.parametrize("place, name, before, after, first, second", [
    (TARHUNA, "tarhuna", "LNA", "GNA", "2020-06-01", "2020-06-10"),
    (SIRTE, "sirte", "GNA", "LNA", "2019-12-31", "2020-01-10"),
])
def test_timeline_slider_changes_the_holder(page, files, territory, place, name, before, after, first, second):
    colour = {s: territory.sides.colour(s).lower() for s in territory.sides.ids}
    page.open(files["timeline"])
    cell = f'path.fl-cell[data-place-id="{place}"]'
    slide_to(page, first)
    assert colour_of(page, cell) == colour[before], f"{name} on {first}"
    km2_before = page.page.locator(f'#fl-timeline tr[data-fl-side="{after}"] [data-fl-km2]').inner_text()
    slide_to(page, second)
    assert colour_of(page, cell) == colour[after], f"{name} on {second}"
    assert page.page.locator(f'#fl-timeline tr[data-fl-side="{after}"] [data-fl-km2]').inner_text() != km2_before
    page.shot(f"timeline_{name}_{second}")
    page.check_clean()


def test_timeline_keyboard_and_play(page, files):
    page.open(files["timeline"])
    pg = page.page
    slide_to(page, "2020-06-01")
    pg.locator("#fl-timeline input[type=range]").press("ArrowRight")
    assert pg.locator("#fl-timeline time").inner_text() == "2020-06-02"
    pg.locator("#fl-timeline button[data-fl-play]").click()
    pg.wait_for_function("frontlineTimeline.index > frontlineTimeline.dates.indexOf('2020-06-03')")
    pg.locator("#fl-timeline button[data-fl-play]").click()
    assert pg.evaluate("frontlineTimeline.timer") is None
    page.check_clean()


# ----------------------------------------------------------------------------- diff
def test_diff_map_highlights_the_changes(page, files):
    page.open(files["diff"])
    pg = page.page
    panel = pg.locator("#fl-diff")
    for pid in (SABRATHA, WATIYA, TARHUNA):
        assert pg.locator(f'path.fl-changed[data-place-id="{pid}"]').count() >= 1, pid
        assert panel.locator(f'button[data-fl-goto="{pid}"]').count() == 1, pid
    assert "Tarhuna" in panel.inner_text() and "Sabratha" in panel.inner_text()
    assert pg.locator("path.fl-front-old").count() >= 1
    page.shot("diff_2020-04-01_2020-06-10")
    panel.locator(f'button[data-fl-goto="{TARHUNA}"]').click()
    pg.locator(".leaflet-popup-content").wait_for()
    assert "Tarhuna" in pg.locator(".leaflet-popup-content").inner_text()
    page.check_clean()


# ----------------------------------------------------------------------------- hostile data
@pytest.mark.parametrize("kind", ["control", "diff", "timeline"])
def test_hostile_notes_do_not_execute(page, hostile_files, kind):
    page.open(hostile_files[kind])
    pg = page.page
    scripts = pg.evaluate("document.scripts.length")
    if kind != "timeline":
        pg.evaluate("pid => Frontline.openPlace(frontlineMap, pid)", TARHUNA)
        popup = pg.locator(".leaflet-popup-content")
        popup.wait_for()
        text = popup.inner_text()
        assert "<script>window.__pwned=1</script>" in text and "XX{{ 7*7 }}YY" in text
        assert popup.locator("a").count() == 0  # the javascript: URL stayed text
    if kind == "control":
        for marker in pg.locator(".fl-event").all():
            marker.click(force=True)
            pg.wait_for_timeout(50)
        page.shot("hostile_control")
    pg.mouse.move(700, 450)
    pg.wait_for_timeout(100)
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("img[src='x'], a[href^='javascript' i], b[onmouseover], [onerror]").count() == 0
    assert pg.evaluate("document.scripts.length") == scripts  # nothing was injected
    page.check_clean()
