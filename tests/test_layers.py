"""The bundled layers: sourced, valid RFC 7946, districts tile the outline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from geo.geojson import rfc7946_problems
from geo.layers import bundled_layers_dir

LAYERS = bundled_layers_dir()
ISO = {"LY-BA", "LY-BU", "LY-DR", "LY-GT", "LY-JA", "LY-JG", "LY-JI", "LY-JU", "LY-KF", "LY-MB", "LY-MI",
       "LY-MJ", "LY-MQ", "LY-NL", "LY-NQ", "LY-SB", "LY-SR", "LY-TB", "LY-WA", "LY-WD", "LY-WS", "LY-ZA"}
KINDS = {"city", "town", "village", "neighbourhood", "airport", "airbase", "oil_field", "oil_terminal",
         "military_base", "camp", "crossing", "airstrip", "district", "other"}


def load(name: str) -> dict:
    return json.loads((LAYERS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["gazetteer.geojson", "districts.geojson", "libya.geojson", "basemap.geojson"])
def test_layers_are_rfc7946(name):
    fc = load(name)
    assert rfc7946_problems(fc) == []
    assert all(shape(f["geometry"]).is_valid for f in fc["features"])


def test_gazetteer_places_are_sourced():
    feats = load("gazetteer.geojson")["features"]
    places = [f for f in feats if f["properties"]["kind"] != "district"]
    assert len(places) >= 250
    ids = [f["properties"]["id"] for f in feats]
    assert len(ids) == len(set(ids))
    for f in feats:
        p = f["properties"]
        assert p["name"] and p["kind"] in KINDS, p
        assert p["district"] in ISO, p
        assert p["source"] and p["source_url"].startswith(("http://", "https://")), p
        assert isinstance(p["names"], list)
        if p.get("precision_km") is not None:  # approximate: derived from sourced statements
            assert "location derived from" in p["source"] and p["precision_km"] >= 2


def test_gazetteer_reaches_300_places():
    feats = load("gazetteer.geojson")["features"]
    assert len([f for f in feats if f["properties"]["kind"] != "district"]) >= 300


REQUIRED = ["Ain Zara", "Salah al-Din", "Khallet al-Furjan", "Qasr bin Ghashir", "Wadi al-Rabie", "Espiaa",
            "al-Sawani", "Abu Salim", "al-Hadba", "Yarmouk camp", "Mitiga", "Tripoli International Airport",
            "Sabratha", "Surman", "al-Ajaylat", "Zaltan", "Regdalin", "al-Jmail", "al-Watiya airbase",
            "al-Asabia", "Mizda", "al-Aziziya", "Wishka", "Abu Grein", "Ash Shwayrif", "Es Sider",
            "Ras Lanuf", "Brega", "Zueitina", "Sharara", "El Feel", "al-Jufra airbase", "Hun", "Waddan", "Sokna",
            "Ghardabiya airbase"]


@pytest.mark.parametrize("name", REQUIRED)
def test_required_front_line_places_present(gazetteer, name):
    assert gazetteer.geocode(name)["status"] != "unresolved"


def test_al_qaryat_present(gazetteer):
    r = gazetteer.geocode("al-Qaryat")
    assert r["status"] == "resolved" and r["district"] == "LY-JG" and 30.2 < r["lat"] < 30.6


def test_places_lie_in_libya(layers):
    outline = layers.outline.buffer(0.05)
    outside = [p["name"] for p in layers.gazetteer.places if not outline.contains(shapely.Point(p["lon"], p["lat"]))]
    assert outside == []


def test_districts_tile_the_outline(layers):
    d = layers.districts
    assert set(d["iso_3166_2"]) == ISO
    ea = d.to_crs("+proj=laea +lat_0=27 +lon_0=17 +ellps=WGS84 +units=m")
    geoms = list(ea.geometry)
    overlap = sum(shapely.intersection(a, b).area for i, a in enumerate(geoms) for b in geoms[i + 1:])
    outline = shapely.Polygon() if False else layers.outline
    from geopandas import GeoSeries

    out_ea = GeoSeries([outline], crs=4326).to_crs(ea.crs).iloc[0]
    union = shapely.union_all(geoms)
    assert overlap / out_ea.area < 1e-9
    assert shapely.symmetric_difference(union, out_ea).area / out_ea.area < 0.001


def test_readme_credits_geonames_and_natural_earth():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "GeoNames" in readme and "CC BY 4.0" in readme and "Natural Earth" in readme


def test_sides_have_colour_blind_safe_colours_and_aliases(layers):
    s = layers.sides
    assert set(s.ids) >= {"GNA", "LNA", "neutral", "unknown"}
    for alias, side in [("UN-backed government", "GNA"), ("Volcano of Rage", "GNA"), ("Tripoli government", "GNA"),
                        ("GNA-aligned forces", "GNA"), ("Libyan Arab Armed Forces", "LNA"), ("LAAF", "LNA"),
                        ("Haftar's forces", "LNA"), ("Kaniyat", "LNA"), ("9th Brigade", "LNA")]:
        assert s.resolve(alias) == side
    assert s.find("Military Forces of Libya (2014-) Haftar Faction") == "LNA"
    assert s.find("Military Forces of Libya (2016-) Government of National Accord") == "GNA"
    assert s.colour("GNA") != s.colour("LNA")
