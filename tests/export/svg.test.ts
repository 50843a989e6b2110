// @vitest-environment jsdom
import { buildExportSvg, escapeXml, SVG_MARGIN } from "../../src/export/svg.ts";
import type { ChartPalette } from "../../src/scene/palette.ts";
import { readPalette } from "../../src/charts/readPalette.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import {
  selectFilteredEvents,
  selectLayoutEngine,
  selectVisibleEvents,
} from "../../src/store/selectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

const palette: ChartPalette = readPalette(document.documentElement);
const WIDTH = 832;
const CHART_WIDTH = WIDTH - 2 * SVG_MARGIN;

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const NASTY_TITLE = `Tom & Jerry's <script>alert("x")</script> && "relations"`;

/**
 * Two lone events months apart, and seven on consecutive days: at this zoom their labels overlap,
 * so five stack in rows and the last two fold into the lane's overflow group (six rows at most).
 */
function nastyStore() {
  const dataset = smallDataset([
    sampleEvent({
      id: "alone-conflict",
      date: "2025-02-10",
      score: -5,
      title: "A <b>bold</b> & rude step",
    }),
    sampleEvent({ id: "alone-neutral", date: "2025-06-01", score: 0, title: "A neutral note" }),
    sampleEvent({ id: "c1", date: "2025-09-01" }),
    sampleEvent({ id: "c2", date: "2025-09-02" }),
    sampleEvent({ id: "c3", date: "2025-09-03" }),
    sampleEvent({ id: "c4", date: "2025-09-04" }),
    sampleEvent({ id: "c5", date: "2025-09-05" }),
    sampleEvent({ id: "c6", date: "2025-09-06" }),
    sampleEvent({ id: "c7", date: "2025-09-07" }),
  ]);
  dataset.title = NASTY_TITLE;
  dataset.sources[0] = { id: "article", title: 'Q&A <with> "quotes"', publisher: "Press & Co" };
  return createDetenteStore({
    dataset,
    goldstein: goldsteinTable(),
    viewport: { from: Date.UTC(2025, 0, 15), to: Date.UTC(2025, 9, 1) },
  });
}

describe("SVG export", () => {
  it("is well-formed XML with role img, a title, a description and escaped text", () => {
    const { svg, width, height } = buildExportSvg(nastyStore().getState(), {
      width: WIDTH,
      palette,
      lang: "en",
    });
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.localName).toBe("svg");
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("width")).toBe(String(width));
    expect(root.getAttribute("height")).toBe(String(height));
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    const title = root.querySelector(":scope > title")?.textContent ?? "";
    expect(title).toBe(`${NASTY_TITLE}: events and tension, 15 January 2025 to 30 September 2025`);
    const desc = root.querySelector(":scope > desc")?.textContent ?? "";
    expect(desc).toContain("9 events in view");
    expect(desc).toMatch(/Tension peaked at \d+/);
    // The visible heading is the dataset's title, exactly as written.
    const heading = root.querySelector(".detente-export-title")?.textContent ?? "";
    expect(heading.replace(/\s+/g, " ")).toBe(NASTY_TITLE);
    expect(root.querySelector('[data-event-id="alone-conflict"] title')?.textContent).toBe(
      "A <b>bold</b> & rude step (10 February 2025)",
    );
  });

  it("draws a context event hollow and dashed, and explains it in the legend only when shown", () => {
    const dataset = {
      ...smallDataset([
        sampleEvent({ id: "raid", date: "2026-01-03", target: "VEN", cameo: "190", title: "Raid" }),
        sampleEvent({ id: "threat", date: "2026-01-20", cameo: "138", title: "Threat" }),
      ]),
      thirdParties: [{ code: "VEN", name: "Venezuela" }],
    };
    const store = createDetenteStore({
      dataset,
      goldstein: goldsteinTable(),
      viewport: { from: Date.UTC(2025, 11, 1), to: Date.UTC(2026, 2, 1) },
    });
    const doc = parse(buildExportSvg(store.getState(), { width: WIDTH, palette, lang: "en" }).svg);
    const raid = doc.querySelector('[data-event-id="raid"]');
    expect(raid?.getAttribute("data-context")).toBe("true");
    expect(raid?.querySelector("polygon")?.getAttribute("stroke-dasharray")).toBe("2 2");
    expect(raid?.querySelector("polygon")?.getAttribute("fill")).toBe(palette.bg);
    const threat = doc.querySelector('[data-event-id="threat"]');
    expect(threat?.hasAttribute("data-context")).toBe(false);
    expect(doc.querySelector(".detente-legend")?.textContent).toContain("Context event");
    // Without a context event in view, the legend does not mention them.
    store.getState().setViewport({ from: Date.UTC(2026, 0, 15), to: Date.UTC(2026, 0, 25) });
    const later = parse(
      buildExportSvg(store.getState(), { width: WIDTH, palette, lang: "en" }).svg,
    );
    expect(later.querySelector(".detente-legend")?.textContent).not.toContain("Context event");
  });

  it("draws one mark per stacked event, a badge per overflow group, a legend and the source", () => {
    const state = nastyStore().getState();
    const doc = parse(buildExportSvg(state, { width: WIDTH, palette, lang: "en" }).svg);
    const marks = [...doc.querySelectorAll(".detente-mark")];
    expect(marks.map((m) => m.getAttribute("data-event-id")).sort()).toEqual([
      "alone-conflict",
      "alone-neutral",
      "c1",
      "c2",
      "c3",
    ]);
    // Whole labels, as on screen: the layout reserved their width in their rows.
    const labels = [...doc.querySelectorAll(".detente-mark-label")].map((t) => t.textContent);
    expect(labels.slice(0, 2)).toEqual(["A <b>bold</b> & rude step", "A neutral note"]);
    // The September events sit a few days before the window's right edge (1 October), which would
    // cut their labels: their rows are free to the left, so each ends whole before its mark.
    const anchors = [...doc.querySelectorAll(".detente-mark-label")].map((t) =>
      t.getAttribute("text-anchor"),
    );
    expect(labels.slice(2)).toEqual(Array(3).fill("White House meeting"));
    expect(anchors).toEqual([null, null, "end", "end", "end"]);
    // Shapes carry the tone: ▼ polygon for conflict, ■ rect for neutral.
    expect(doc.querySelector('[data-event-id="alone-conflict"] > polygon')).not.toBeNull();
    expect(doc.querySelector('[data-event-id="alone-neutral"] > rect')).not.toBeNull();
    const counts = [...doc.querySelectorAll(".detente-cluster-count")].map((t) => t.textContent);
    // Three rows of marks; the four events left over fold into the lane's fourth row.
    expect(counts).toEqual(["+4 more"]);

    const legend = doc.querySelector(".detente-legend")?.textContent ?? "";
    for (const word of ["Legend", "Conflict", "Cooperation", "Neutral", "Tension bands"]) {
      expect(legend).toContain(word);
    }
    expect(legend).toContain("Hostile 80–100");
    // The legend draws the shapes themselves: ▼ polygon, ● circle, ■ rect.
    const shapes = [...doc.querySelectorAll(".detente-legend [data-tone] > *")];
    const tones = shapes.map((shape) => shape.parentElement?.getAttribute("data-tone"));
    expect(shapes.map((shape, i) => `${shape.localName} ${tones[i]}`)).toEqual([
      "polygon conflict",
      "circle cooperation",
      "rect neutral",
    ]);
    const source = doc.querySelector(".detente-export-source")?.textContent ?? "";
    expect(source).toBe('Source: Press & Co, “Q&A <with> "quotes"” · Made with Détente');

    // Tension: bands with their labels, and a line through the window.
    const bands = [...doc.querySelectorAll(".detente-band")];
    expect(bands.map((band) => band.getAttribute("fill-opacity"))).toEqual([
      "0.1",
      "0.06",
      "0.02",
      "0.03",
      "0.07",
      "0.12",
    ]);
    const bandLabels = [...doc.querySelectorAll(".detente-band-label")].map((t) => t.textContent);
    expect(bandLabels).toEqual(["Close", "Good", "Normal", "Strained", "Tense", "Hostile"]);
    expect(doc.querySelectorAll(".detente-tension-line").length).toBeGreaterThan(0);
    // Axis tick labels under both charts.
    const ticks = [...doc.querySelectorAll(".detente-export-timeline .detente-tick")];
    expect(ticks.map((t) => t.textContent)).toContain("Jun 2025");
  });

  it("matches the store's layout on the real dataset, and speaks Spanish", () => {
    const store = createDetenteStore({
      dataset: usColombia(),
      goldstein: goldsteinTable(),
      viewport: { from: Date.UTC(2024, 11, 1), to: Date.UTC(2026, 1, 10) },
    });
    const state = store.getState();
    const { svg } = buildExportSvg(state, { width: WIDTH, palette, lang: "es" });
    const doc = parse(svg);
    const layout = selectLayoutEngine(state).layout(state.viewport, CHART_WIDTH);
    const inView = layout.items.filter((item) => item.x >= 0 && item.x <= CHART_WIDTH);
    const events = selectFilteredEvents(state);
    const singles = inView.filter((item) => item.count === 1).map((item) => events[item.first]?.id);
    const clusters = inView.filter((item) => item.count > 1).map((item) => String(item.count));
    const clusterCount = (doc: Document) =>
      [...doc.querySelectorAll(".detente-cluster")].map((g) => g.getAttribute("data-count"));
    expect(singles.length).toBeGreaterThan(0);
    expect(clusters.length).toBeGreaterThan(0);
    expect(
      [...doc.querySelectorAll(".detente-mark")].map((m) => m.getAttribute("data-event-id")),
    ).toEqual(singles);
    expect(clusterCount(doc)).toEqual(clusters);
    // Every event in view is either drawn alone or counted in a group.
    const drawn = singles.length + clusters.reduce((sum, c) => sum + Number(c), 0);
    expect(drawn).toBeLessThanOrEqual(selectVisibleEvents(state).length);
    expect(doc.querySelector(".detente-legend")?.textContent).toContain("Leyenda");
    expect(doc.querySelector(".detente-export-source")?.textContent).toMatch(
      /^Fuente: .* · Hecho con Détente$/,
    );
    expect(doc.documentElement.getAttribute("xml:lang")).toBe("es");
  });

  it("draws filtered-out events faintly in fade mode, and leaves them out in hide mode", () => {
    const store = nastyStore();
    store.getState().setFilters({ topics: ["migration"] });
    const hidden = parse(
      buildExportSvg(store.getState(), { width: WIDTH, palette, lang: "en" }).svg,
    );
    expect(hidden.querySelectorAll(".detente-mark, .detente-cluster")).toHaveLength(0);
    store.getState().setSettings({ filterMode: "fade" });
    const faded = parse(
      buildExportSvg(store.getState(), { width: WIDTH, palette, lang: "en" }).svg,
    );
    const marks = [...faded.querySelectorAll(".detente-mark")];
    expect(marks).toHaveLength(5);
    for (const mark of marks) expect(mark.getAttribute("opacity")).toBe("0.25");
  });

  it("escapes every XML special character and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone \uFFFD surrogate");
  });
});
