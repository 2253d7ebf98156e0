"""The archive's shape at a glance: charts and the tile map, drawn at build time as SVG.

No JavaScript: the SVG is part of the page, so it shows offline and under the
page's CSP, scales to a phone's width, and every bar and tile is a link a
keyboard reaches. Each chart comes with its numbers as a table in the page (the
templates draw the table); the SVG carries a title and a description for screen
readers. Hand-drawn rather than a charting library: the ones on PyPI either
need JavaScript for their labels (pygal, plotly) or draw images without links
(matplotlib), and these three shapes are short to draw.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

from .. import data

# Sequential shades for the map (few to many articles), AA contrast with their text.
SHADES = ("#eef3f8", "#c9dcee", "#93bbdf", "#4f8cc9", "#1f5f9e", "#0b3a66")
INK = {"#eef3f8": "#1b1b1b", "#c9dcee": "#1b1b1b", "#93bbdf": "#1b1b1b", "#4f8cc9": "#ffffff", "#1f5f9e": "#ffffff", "#0b3a66": "#ffffff"}
REGION_COLOURS = {"Miền Bắc": "#b3261e", "Miền Trung và Tây Nguyên": "#1f5f9e", "Miền Nam": "#2e7d32", "Chưa xác định": "#8a8a8a"}


@dataclass(frozen=True)
class Tile:
    name: str
    row: int
    col: int
    region: str


@lru_cache(maxsize=1)
def map_units() -> tuple[dict, ...]:
    return tuple(data.load_yaml("map.yml")["units"])


def region_of() -> dict[str, str]:
    """2025 province → region, for the charts."""
    return {unit["name"]: unit["region"] for unit in map_units()}


@lru_cache(maxsize=1)
def tiles(lat_step: float = 0.8, lon_step: float = 0.7) -> tuple[Tile, ...]:
    """Each unit on a grid cell near its capital; a taken cell sends the later unit to the
    nearest free one. Rows no tile uses are closed up, so the country keeps its shape
    without the empty sea between the regions."""
    units = sorted(map_units(), key=lambda u: (-u["lat"], u["lon"], u["name"]))
    top, left = max(u["lat"] for u in units), min(u["lon"] for u in units)
    taken: dict[tuple[int, int], str] = {}
    placed = []
    for unit in units:
        y, x = (top - unit["lat"]) / lat_step, (unit["lon"] - left) / lon_step
        # moving a tile north or south costs more than east or west: the north-south order is the shape
        cells = sorted(((r, c) for r in range(int(y) - 3, int(y) + 5) for c in range(int(x) - 4, int(x) + 6) if c >= 0 and r >= 0),
                       key=lambda cell: (2.0 * (cell[0] - y) ** 2 + (cell[1] - x) ** 2, cell))
        cell = next(cell for cell in cells if cell not in taken)
        taken[cell] = unit["name"]
        placed.append((cell, unit))
    rows = sorted({cell[0] for cell, _ in placed})
    row_of = {row: index for index, row in enumerate(rows)}
    return tuple(Tile(unit["name"], row_of[cell[0]], cell[1], unit["region"]) for cell, unit in placed)


def shade_bins(counts: list[int]) -> list[int]:
    """Upper bounds of the map's classes (rounded, increasing), from the largest count."""
    most = max(counts, default=0)
    if most <= 0:
        return [0]
    bounds = sorted({max(1, math.ceil(most * f)) for f in (0.1, 0.25, 0.5, 0.75, 1.0)})
    return bounds


def shade(count: int, bounds: list[int]) -> str:
    if count <= 0:
        return SHADES[0]
    for index, bound in enumerate(bounds):
        if count <= bound:
            return SHADES[min(index + 1, len(SHADES) - 1)]
    return SHADES[-1]


def _label_lines(name: str) -> list[str]:
    words = name.split()
    if len(words) <= 1:
        return [name]
    cut = (len(words) + 1) // 2
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def tile_map(counts: dict[str, int], hrefs: dict[str, str], caption: str) -> Markup:
    """The SVG tile map: one linked tile per 2025 province, shaded by its article count."""
    size, gap = 64, 4
    placed = tiles()
    cols = max(t.col for t in placed) + 1
    rows = max(t.row for t in placed) + 1
    width, height = cols * (size + gap), rows * (size + gap)
    bounds = shade_bins(list(counts.values()))
    parts = [f'<svg class="kl-map" width="{width}" height="{height + 40}" viewBox="0 0 {width} {height + 40}" role="group" aria-labelledby="kl-map-title" '
             f'xmlns="http://www.w3.org/2000/svg"><title id="kl-map-title">{escape(caption)}</title>']
    for tile in sorted(placed, key=lambda t: (t.row, t.col)):
        count = counts.get(tile.name, 0)
        fill = shade(count, bounds)
        x, y = tile.col * (size + gap), tile.row * (size + gap)
        label = f"{tile.name} {count} bài"  # the visible text ("Hải Phòng 12") leads the accessible name
        lines = _label_lines(tile.name)
        # one <text>: the name's lines and the count as tspans, spaced, so the text a reader
        # sees ("Hải Phòng 12 bài") is the link's accessible name
        spans = "".join(f'<tspan x="{x + size / 2}" y="{y + 22 + i * 13}">{escape(line)} </tspan>' for i, line in enumerate(lines))
        spans += f'<tspan class="kl-map__n" x="{x + size / 2}" y="{y + size - 9}">{count} bài</tspan>'
        parts.append(
            f'<a href="{escape(hrefs[tile.name])}" aria-label="{escape(label)}">'
            f'<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="6" fill="{fill}" stroke="#5f6b7a" stroke-width="1"/>'
            f'<text text-anchor="middle" fill="{INK[fill]}">{spans}</text></a>')
    legend_y = height + 8
    parts.append(f'<g class="kl-map__legend" aria-hidden="true"><text x="0" y="{legend_y + 14}">Số bài:</text>')
    previous = 0
    for index, bound in enumerate([0] + bounds):
        fill = SHADES[min(index, len(SHADES) - 1)]
        x = 52 + index * 58
        text = "0" if bound == 0 else (f"{previous + 1}–{bound}" if bound > previous + 1 else f"{bound}")
        parts.append(f'<rect x="{x}" y="{legend_y}" width="16" height="16" fill="{fill}" stroke="#5f6b7a"/>'
                     f'<text x="{x + 20}" y="{legend_y + 13}">{text}</text>')
        previous = bound
    parts.append("</g></svg>")
    return Markup("".join(parts))


# Charts are drawn CHART_WIDTH units wide: a phone's column (~340 px) shows them nearly at
# size, so their 13 px text stays readable there; a wide screen shows them as drawn.
CHART_WIDTH = 400


def bar_chart(rows: list[tuple[str, int, str]], caption: str, chart_id: str) -> Markup:
    """Horizontal bars (label, count, href), each label on its own line above its bar: long
    Vietnamese labels stay whole and readable on a phone. The space after the label keeps the
    text a reader sees ("Nhiệm kỳ 2020-2025 12") the start of the link's accessible name."""
    row_h, bar_h, pad = 36, 12, 4  # pad: room above the first line for its diacritics
    most = max((count for _, count, _ in rows), default=0) or 1
    parts = [_chart_svg(pad + len(rows) * row_h, chart_id, caption)]
    for index, (label, count, href) in enumerate(rows):
        y = pad + index * row_h
        length = max(2, (CHART_WIDTH - 50) * count / most)
        parts.append(
            f'<a href="{escape(href)}" aria-label="{escape(label)} {count} bài">'
            f'<text x="0" y="{y + 13}">{escape(label)} </text>'
            f'<rect x="0" y="{y + 18}" width="{length:.1f}" height="{bar_h}" rx="3" class="kl-chart__bar"/>'
            f'<text x="{length + 6:.1f}" y="{y + 29}">{count}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked_years(years: list[int], by_region: dict[int, dict[str, int]], hrefs: dict[int, str], caption: str) -> Markup:
    """Articles per year, newest first (as the table under it), one bar a year split by region,
    under a legend of the regions."""
    row_h, bar_h, label_w, legend_row, pad = 22, 15, 44, 20, 4
    regions = [r for r in REGION_COLOURS if any(by_region.get(y, {}).get(r) for y in years)]
    most = max((sum(by_region.get(y, {}).values()) for y in years), default=0) or 1
    top = pad + legend_row * len(regions) + 8
    parts = [_chart_svg(top + len(years) * row_h, "kl-years", caption)]
    for index, region in enumerate(regions):
        y = pad + index * legend_row
        parts.append(f'<rect x="0" y="{y}" width="14" height="14" fill="{REGION_COLOURS[region]}"/>'
                     f'<text x="20" y="{y + 12}">{escape(region)}</text>')
    for index, year in enumerate(sorted(years, reverse=True)):
        y = top + index * row_h
        counts = by_region.get(year, {})
        total, x = sum(counts.values()), float(label_w)
        segments = []
        for region in regions:
            width = (CHART_WIDTH - label_w - 44) * counts.get(region, 0) / most
            if width:
                segments.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{bar_h}" fill="{REGION_COLOURS[region]}"/>')
                x += width
        detail = ", ".join(f"{r}: {counts.get(r, 0)}" for r in regions)
        parts.append(
            f'<a href="{escape(hrefs[year])}" aria-label="{year} {total} bài ({escape(detail)})">'
            f'<text x="0" y="{y + 12}">{year} </text>{"".join(segments)}'
            f'<text x="{x + 6:.1f}" y="{y + 12}">{total}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _chart_svg(height: int, chart_id: str, caption: str) -> str:
    return (f'<svg class="kl-chart" width="{CHART_WIDTH}" height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" role="group" '
            f'aria-labelledby="{chart_id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{escape(caption)}</title>')
