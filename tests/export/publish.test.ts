// @vitest-environment jsdom
import { buildExportSvg, type PublishOptions } from "../../src/export/svg.ts";
import { defaultPublishText } from "../../src/export/publishDefaults.ts";
import { SIZE_PRESETS } from "../../src/export/sizes.ts";
import { readPalette } from "../../src/charts/readPalette.ts";
import { estimateTextWidth } from "../../src/model/textWidth.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectVisibleEvents } from "../../src/store/selectors.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

const palette = readPalette(document.documentElement);
const VIEW = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 2, 1) };

function state(lang: "en" | "es" = "en", viewport = VIEW) {
  return createDetenteStore({
    dataset: usColombia(),
    goldstein: goldsteinTable(),
    viewport,
    settings: { lang },
  }).getState();
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const PUBLISH: PublishOptions = {
  title: "Deportations & tariffs <2025>",
  subtitle: "A year of strain",
  notes: "Scores follow the Goldstein scale.",
  credit: "Chart: A. Reporter",
  sources: "compact",
};

describe("defaultPublishText", () => {
  it("titles the picture with the window in view, not the dataset's whole period", () => {
    const text = defaultPublishText(state(), "en");
    expect(text.title).toBe("United States–Colombia relations, January 2025 – February 2026");
    expect(text.subtitle).toBe(
      `United States – Colombia: ${selectVisibleEvents(state()).length} events and the tension between them`,
    );
    expect(text.notes).toBe("");
    expect(text.credit).toBe("Made with Détente");
  });

  it("speaks Spanish, and names days for a short window", () => {
    // The dataset's own Spanish title, with the window in Spanish.
    expect(defaultPublishText(state("es"), "es").title).toBe(
      "Relaciones entre Estados Unidos y Colombia, enero de 2025 – febrero de 2026",
    );
    expect(defaultPublishText(state("es"), "es").subtitle).toMatch(/^Estados Unidos – Colombia: /);
    const week = { from: Date.UTC(2025, 0, 24), to: Date.UTC(2025, 0, 31) };
    expect(defaultPublishText(state("en", week), "en").title).toBe(
      "United States–Colombia relations, 24 January 2025 – 30 January 2025",
    );
  });
});

describe("the publishing picture", () => {
  it("carries the edited title, subtitle, notes and credit, escaped", () => {
    const { svg } = buildExportSvg(state(), { width: 1200, palette, lang: "en", publish: PUBLISH });
    expect(svg).toContain("Deportations &amp; tariffs &lt;2025&gt;");
    const doc = parse(svg);
    expect(doc.querySelector(".detente-export-title")?.textContent).toBe(PUBLISH.title);
    expect(doc.querySelector("svg > title")?.textContent).toBe(PUBLISH.title);
    expect(doc.querySelector(".detente-export-subtitle")?.textContent).toBe(PUBLISH.subtitle);
    expect(doc.querySelector(".detente-export-notes")?.textContent).toBe(PUBLISH.notes);
    expect(doc.querySelector(".detente-export-credit")?.textContent).toBe(PUBLISH.credit);
  });

  it("describes numbered pills only in a picture that draws them", () => {
    const desc = (svg: string) => parse(svg).getElementsByTagName("desc")[0]?.textContent ?? "";
    const published = buildExportSvg(state(), {
      width: 1200,
      palette,
      lang: "en",
      publish: PUBLISH,
    });
    expect(desc(published.svg)).not.toContain("pills");
    expect(desc(published.svg)).toContain("neutral events as ■. Below it");
    // The screen's layout over the whole period folds busy days into numbered pills.
    const whole = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2026, 2, 1) };
    const screen = buildExportSvg(state("en", whole), { width: 600, palette, lang: "en" });
    expect(parse(screen.svg).querySelector(".detente-cluster")).not.toBeNull();
    expect(desc(screen.svg)).toContain("Numbered pills group events too close to draw apart.");
  });

  it("leaves out empty fields", () => {
    const { svg } = buildExportSvg(state(), {
      width: 1200,
      palette,
      lang: "en",
      publish: { ...PUBLISH, subtitle: " ", notes: "", credit: "" },
    });
    const doc = parse(svg);
    expect(doc.querySelector(".detente-export-subtitle")).toBeNull();
    expect(doc.querySelector(".detente-export-notes")).toBeNull();
    expect(doc.querySelector(".detente-export-credit")).toBeNull();
  });

  it("draws every event in view with its whole title: no groups, no ellipsis", () => {
    for (const size of SIZE_PRESETS) {
      const current = state();
      const { svg } = buildExportSvg(current, {
        width: size.width,
        palette,
        lang: "en",
        publish: { ...PUBLISH, height: size.height },
      });
      const doc = parse(svg);
      expect(doc.querySelectorAll(".detente-cluster")).toHaveLength(0);
      const labels = [...doc.querySelectorAll(".detente-mark-label")].map((l) => l.textContent);
      expect(labels.some((label) => label?.includes("…"))).toBe(false);
      const anchored = selectVisibleEvents(current).filter(
        (event) => event.anchorMs >= VIEW.from && event.anchorMs <= VIEW.to,
      );
      const marks = [...doc.querySelectorAll(".detente-mark")];
      expect(marks.map((m) => m.getAttribute("data-event-id")).sort()).toEqual(
        anchored.map((event) => event.id).sort(),
      );
      // Each mark's label lines join back into its title.
      for (const mark of marks) {
        const event = anchored.find((e) => e.id === mark.getAttribute("data-event-id"));
        const text = [...mark.querySelectorAll(".detente-mark-label")]
          .map((l) => l.textContent)
          .join(" ");
        expect(text).toBe(event?.source.title);
      }
      // Nor does the legend explain a group badge the picture does not draw.
      expect(doc.querySelector(".detente-legend")?.textContent).not.toContain("Group of events");
    }
  });

  it("is exactly the preset's size, and lays out wider and scales when content needs room", () => {
    for (const size of SIZE_PRESETS.filter((preset) => preset.height !== undefined)) {
      const { svg, width, height } = buildExportSvg(state(), {
        width: size.width,
        palette,
        lang: "en",
        publish: { ...PUBLISH, height: size.height },
      });
      expect([width, height]).toEqual([size.width, size.height]);
      const root = parse(svg).documentElement;
      expect(root.getAttribute("width")).toBe(String(size.width));
      expect(root.getAttribute("height")).toBe(String(size.height));
      const [, , vw, vh] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number);
      // The same proportions, whatever width the content was laid out at.
      expect((vh ?? 0) / (vw ?? 1)).toBeCloseTo((size.height ?? 0) / size.width, 2);
    }
    // A custom size keeps the height its content needs.
    const custom = buildExportSvg(state(), { width: 900, palette, lang: "en", publish: PUBLISH });
    expect(custom.width).toBe(900);
    expect(parse(custom.svg).documentElement.getAttribute("viewBox")).toBe(
      `0 0 900 ${custom.height}`,
    );
  });

  it("aligns the axis labels at the edges inside the picture instead of cutting them", () => {
    const { svg } = buildExportSvg(state(), { width: 1200, palette, lang: "en", publish: PUBLISH });
    const doc = parse(svg);
    for (const axis of doc.querySelectorAll(".detente-axis")) {
      const group = axis.closest("[transform]");
      const offset = Number(
        /translate\(([\d.]+)/.exec(group?.getAttribute("transform") ?? "")?.[1],
      );
      for (const tick of axis.querySelectorAll(".detente-tick")) {
        const x = Number(tick.getAttribute("x"));
        const w = estimateTextWidth(tick.textContent ?? "", 12);
        const anchor = tick.getAttribute("text-anchor") ?? "start";
        const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
        expect(offset + left).toBeGreaterThanOrEqual(0);
        expect(offset + left + w).toBeLessThanOrEqual(1200);
      }
    }
  });

  it("credits the publishers on one line, most cited first, or every source in full", () => {
    const compact = parse(
      buildExportSvg(state(), { width: 1200, palette, lang: "en", publish: PUBLISH }).svg,
    );
    const line = compact.querySelectorAll(".detente-export-source tspan");
    expect(line).toHaveLength(1);
    expect(line[0]?.textContent).toMatch(/^Sources: .*Reuters.* and \d+ more$/);
    expect(line[0]?.textContent).not.toContain("“");
    const full = parse(
      buildExportSvg(state(), {
        width: 1200,
        palette,
        lang: "es",
        publish: { ...PUBLISH, sources: "full" },
      }).svg,
    );
    const text = full.querySelector(".detente-export-source")?.textContent ?? "";
    expect(text).toMatch(/^Fuentes: /);
    expect(text).toContain("U.S. Department of the Treasury, “Press release sb0292”");
    expect(full.querySelectorAll(".detente-export-source tspan").length).toBeGreaterThan(1);
  });
});
