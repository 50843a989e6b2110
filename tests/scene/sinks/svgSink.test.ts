// @vitest-environment jsdom
import { SvgSink } from "../../../src/scene/sinks/svgSink.ts";

const xs = (...values: number[]) => Float64Array.from(values);

function svgOf(draw: (sink: SvgSink) => void, prefix = "c"): string {
  const sink = new SvgSink(prefix);
  draw(sink);
  return sink.toString();
}

/** Parses the markup in a root element, so tests read attributes rather than match strings. */
function parse(markup: string): Element {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`,
    "image/svg+xml",
  );
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc.documentElement;
}

function pointsOf(element: Element | null): number[][] {
  return (element?.getAttribute("points") ?? "")
    .split(" ")
    .map((pair) => pair.split(",").map(Number));
}

describe("the SVG sink", () => {
  it("writes a rectangle with its paint as attributes, and no fill as fill none", () => {
    const root = parse(
      svgOf((sink) => {
        sink.rect(1, 2, 3, 4, {
          fill: "red",
          fillOpacity: 0.025,
          stroke: "blue",
          strokeWidth: 2,
          strokeOpacity: 0.5,
          dash: [4, 2],
          role: "band",
        });
        sink.rect(0, 0, 5, 5, { stroke: "black" }, 2);
      }),
    );
    const [first, second] = Array.from(root.querySelectorAll("rect"));
    expect(
      Object.fromEntries(Array.from(first?.attributes ?? []).map((a) => [a.name, a.value])),
    ).toEqual({
      x: "1",
      y: "2",
      width: "3",
      height: "4",
      class: "band",
      fill: "red",
      "fill-opacity": "0.025",
      stroke: "blue",
      "stroke-width": "2",
      "stroke-opacity": "0.5",
      "stroke-dasharray": "4 2",
    });
    expect(second?.getAttribute("fill")).toBe("none");
    expect(second?.getAttribute("rx")).toBe("2");
    expect(second?.hasAttribute("stroke-width")).toBe(false);
  });

  it("leaves the stroke width out when nothing is stroked", () => {
    const root = parse(svgOf((sink) => sink.rect(0, 0, 1, 1, { fill: "red", strokeWidth: 3 })));
    expect(root.querySelector("rect")?.hasAttribute("stroke-width")).toBe(false);
  });

  it("draws tones as a circle, a square and a downward triangle", () => {
    const root = parse(
      svgOf((sink) => {
        sink.symbol("cooperation", 10, 20, 5, { fill: "green" });
        sink.symbol("neutral", 10, 20, 10, { fill: "grey" });
        sink.symbol("conflict", 10, 20, 10, { fill: "red" });
      }),
    );
    const circle = root.querySelector("circle");
    expect([
      circle?.getAttribute("cx"),
      circle?.getAttribute("cy"),
      circle?.getAttribute("r"),
    ]).toEqual(["10", "20", "5"]);
    const square = root.querySelector("rect");
    expect(["x", "y", "width", "height"].map((name) => square?.getAttribute(name))).toEqual([
      "1.5",
      "11.5",
      "17",
      "17",
    ]);
    expect(pointsOf(root.querySelector("polygon"))).toEqual([
      [-1, 12],
      [21, 12],
      [10, 31],
    ]);
  });

  it("writes path data with one decimal and leaves out an empty path", () => {
    const markup = svgOf((sink) => {
      sink.path({ stroke: "black" }, (path) => {
        path.moveTo(0.04, 1.26);
        path.lineTo(2, -0.04);
        path.closePath();
      });
      sink.path({ stroke: "black" }, () => undefined);
    });
    const paths = parse(markup).querySelectorAll("path");
    expect(paths).toHaveLength(1);
    expect(paths[0]?.getAttribute("d")).toBe("M0 1.3L2 0Z");
  });

  it("keeps every point of a series with one point per pixel column", () => {
    const root = parse(
      svgOf((sink) => sink.polyline(xs(0, 1, 2, 3), xs(4, 5, 6, 7), 4, { stroke: "black" })),
    );
    const line = root.querySelector("polyline");
    expect(pointsOf(line)).toEqual([
      [0, 4],
      [1, 5],
      [2, 6],
      [3, 7],
    ]);
    expect(line?.getAttribute("stroke-linejoin")).toBe("round");
  });

  it("thins a dense series to the first, lowest, highest and last point of each pixel column", () => {
    // Six points in column 0 (x 0.0–0.5), then one in column 1.
    const root = parse(
      svgOf((sink) =>
        sink.polyline(xs(0, 0.1, 0.2, 0.3, 0.4, 0.5, 1), xs(5, 9, 1, 6, 7, 4, 3), 7, {
          stroke: "black",
        }),
      ),
    );
    expect(pointsOf(root.querySelector("polyline"))).toEqual([
      [0, 5],
      [0.1, 9],
      [0.2, 1],
      [0.5, 4],
      [1, 3],
    ]);
  });

  it("thins each pixel column by its own points, not the next column's first", () => {
    // Column 0 runs from 4 to 6; column 1 starts lower and higher than any of them.
    const root = parse(
      svgOf((sink) =>
        sink.polyline(xs(0, 0.3, 0.6, 1, 1.5), xs(5, 4, 6, 0, 9), 5, { stroke: "black" }),
      ),
    );
    expect(pointsOf(root.querySelector("polyline"))).toEqual([
      [0, 5],
      [0.3, 4],
      [0.6, 6],
      [1, 0],
      [1.5, 9],
    ]);
  });

  it("writes its elements one after another, with nothing between them", () => {
    const markup = svgOf((sink) => {
      sink.rect(0, 0, 1, 1, { fill: "red" });
      sink.circle(2, 2, 1, { fill: "blue" });
    });
    expect(markup).toMatch(/^<rect [^>]*\/><circle [^>]*\/>$/);
  });

  it("reads only the first `count` points of longer (reused scratch) arrays", () => {
    // The arrays hold stale points past the count, in the same pixel column as the last one.
    const root = parse(
      svgOf((sink) => {
        sink.polyline(xs(0, 1, 1.5, 1.6), xs(5, 6, 0, 99), 2, { stroke: "black" });
        sink.area(
          { xs: xs(0, 1, 1.5), tops: xs(4, 5, 0), bottoms: xs(8, 9, 99), count: 2 },
          {
            fill: "grey",
          },
        );
      }),
    );
    expect(pointsOf(root.querySelector("polyline"))).toEqual([
      [0, 5],
      [1, 6],
    ]);
    expect(pointsOf(root.querySelector("polygon"))).toEqual([
      [0, 4],
      [1, 5],
      [1, 9],
      [0, 8],
    ]);
  });

  it("writes nothing for an empty series or band", () => {
    expect(
      svgOf((sink) => {
        sink.polyline(xs(), xs(), 0, { stroke: "black" });
        sink.area({ xs: xs(), tops: xs(), bottoms: xs(), count: 0 }, { fill: "grey" });
      }),
    ).toBe("");
  });

  it("writes a band as its envelope: the highest top and lowest bottom of each column", () => {
    const root = parse(
      svgOf((sink) =>
        sink.area(
          { xs: xs(0, 0.5, 1, 2), tops: xs(5, 3, 4, 6), bottoms: xs(8, 9, 7, 10), count: 4 },
          { fill: "grey" },
        ),
      ),
    );
    // Column 0 holds x 0 and 0.5: top min(5, 3), bottom max(8, 9); back along the bottom edge.
    expect(pointsOf(root.querySelector("polygon"))).toEqual([
      [0, 3],
      [1, 4],
      [2, 6],
      [2, 10],
      [1, 7],
      [0, 9],
    ]);
  });

  it("writes text with its style, escaped, and the anchor only when it is not the start", () => {
    const root = parse(
      svgOf((sink) => {
        sink.text(1, 2, "Tom & <Jerry>", { fill: "black", size: 12, role: "label" });
        sink.text(3, 4, "mid", {
          fill: "red",
          size: 10,
          weight: 600,
          anchor: "middle",
          letterSpacing: 0.06,
        });
        sink.text(5, 6, "start", { fill: "red", size: 10, anchor: "start" });
      }),
    );
    const [first, second, third] = Array.from(root.querySelectorAll("text"));
    expect(first?.textContent).toBe("Tom & <Jerry>");
    expect(first?.getAttribute("class")).toBe("label");
    expect(first?.getAttribute("font-size")).toBe("12");
    expect(first?.hasAttribute("text-anchor")).toBe(false);
    expect(first?.hasAttribute("letter-spacing")).toBe(false);
    expect(second?.getAttribute("text-anchor")).toBe("middle");
    expect(second?.getAttribute("font-weight")).toBe("600");
    expect(second?.getAttribute("letter-spacing")).toBe("0.06em");
    expect(third?.hasAttribute("text-anchor")).toBe(false);
  });

  it("writes groups with their class, data attributes, opacity and title", () => {
    const root = parse(
      svgOf((sink) => {
        sink.beginGroup({
          role: "mark",
          data: { "event-id": "raid", tone: "conflict" },
          opacity: 0.35,
          title: "Raid & more",
        });
        sink.circle(0, 0, 1, { fill: "red" });
        sink.endGroup();
      }),
    );
    const group = root.querySelector("g");
    expect(group?.getAttribute("class")).toBe("mark");
    expect(group?.getAttribute("data-event-id")).toBe("raid");
    expect(group?.getAttribute("data-tone")).toBe("conflict");
    expect(group?.getAttribute("opacity")).toBe("0.35");
    expect(group?.querySelector("title")?.textContent).toBe("Raid & more");
    expect(group?.querySelector("circle")).not.toBeNull();
  });

  it("gives each clipped group its own clip path, prefixed for the document", () => {
    const root = parse(
      svgOf((sink) => {
        sink.beginGroup({ clip: { x: 1, y: 2, width: 3, height: 4 } });
        sink.endGroup();
        sink.beginGroup({ clip: { x: 0, y: 0, width: 9, height: 9 } });
        sink.endGroup();
        sink.beginGroup({});
        sink.endGroup();
      }, "tension"),
    );
    const clips = Array.from(root.querySelectorAll("clipPath"));
    expect(clips.map((clip) => clip.id)).toEqual(["tension-1", "tension-2"]);
    expect(
      ["x", "y", "width", "height"].map((a) => clips[0]?.querySelector("rect")?.getAttribute(a)),
    ).toEqual(["1", "2", "3", "4"]);
    const groups = Array.from(root.querySelectorAll("g"));
    expect(groups.map((g) => g.getAttribute("clip-path"))).toEqual([
      "url(#tension-1)",
      "url(#tension-2)",
      null,
    ]);
  });
});
