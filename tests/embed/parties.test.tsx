/**
 * `parties` on the React component and the custom element: an event-data `src` read by the
 * importer and opened on the pair the host names, as `?src=…&parties=` does on the page. jsdom
 * has no Web Workers, so the importer runs in the thread here (the same code the worker runs).
 *
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * run defaults to node)
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { DetenteTimeline } from "../../src/embed/library.ts";
import type { DetenteTimelineElement } from "../../src/embed/element.ts";
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { fixture } from "../io/fixtures.ts";

vi.mock("../../src/io/pipeline/workerImporter.ts", () => ({
  createWorkerImporter: () => createInThreadImporter(),
}));

// 100 real GDELT 2.0 rows (tests/fixtures/SOURCES.md). Pairs with events: Belarus–Zimbabwe 3,
// Canada–United Kingdom 3, United Kingdom–Zimbabwe 2, Senegal–Vietnam 1.
const GDELT = fixture("gdelt/gdelt2-events-sample.tsv");
const GDELT_URL = "/data/gdelt-sample.export.CSV";

let fetchMock: ReturnType<typeof vi.fn<(url: string | URL | Request) => Promise<Response>>>;

beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(GDELT, { status: 200 }));
  vi.stubGlobal("fetch", fetchMock);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await act(async () => {
    document.body.replaceChildren();
    await Promise.resolve();
  });
});

const fetchedUrls = (): string[] => [...new Set(fetchMock.mock.calls.map(([url]) => String(url)))];

describe("<DetenteTimeline src parties>", () => {
  it("opens the pair named, not the file's largest", async () => {
    render(<DetenteTimeline src={GDELT_URL} parties="GBR,CAN" lang="en" />);
    expect(
      await screen.findByRole("heading", {
        name: "GDELT events between United Kingdom and Canada",
      }),
    ).toBeInTheDocument();
    expect(fetchedUrls()).toEqual([GDELT_URL]);
  });

  it("takes the pair as an array, in lower case too", async () => {
    render(<DetenteTimeline src={GDELT_URL} parties={["gbr", "zwe"]} lang="en" />);
    expect(
      await screen.findByRole("heading", {
        name: "GDELT events between United Kingdom and Zimbabwe",
      }),
    ).toBeInTheDocument();
  });

  it("opens the file's largest pair, and says why, when the value is not two codes", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    render(<DetenteTimeline src={GDELT_URL} parties="Colombia" lang="en" />);
    expect(
      await screen.findByRole("heading", { name: "GDELT events between Belarus and Zimbabwe" }),
    ).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      'Détente: ignoring parties="Colombia": expected two ISO 3166-1 alpha-3 country codes ' +
        'such as "USA,COL"; the file\'s largest pair is shown.',
    );
  });

  it("lists the pairs the file holds when the pair named has no events", async () => {
    render(<DetenteTimeline src={GDELT_URL} parties="USA,FRA" lang="en" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(GDELT_URL);
    expect(alert).toHaveTextContent("71 left out: not between the two parties (USA and FRA)");
    const pairs = within(alert)
      .getAllByRole("listitem")
      .find((item) => item.textContent?.startsWith("parties"));
    expect(pairs?.textContent).toBe(
      "parties: no events between USA and FRA; the file's pairs, events in both directions: " +
        "BLR,ZWE (3); CAN,GBR (3); GBR,ZWE (2); SEN,VNM (1)",
    );
  });

  it("reads the file again when the pair changes", async () => {
    const { rerender } = render(<DetenteTimeline src={GDELT_URL} parties="CAN,GBR" lang="en" />);
    await screen.findByRole("heading", { name: "GDELT events between Canada and United Kingdom" });
    rerender(<DetenteTimeline src={GDELT_URL} parties="SEN,VNM" lang="en" />);
    expect(
      await screen.findByRole("heading", { name: "GDELT events between Senegal and Vietnam" }),
    ).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("without parties, reads src as Détente JSON, as before", async () => {
    render(<DetenteTimeline src={GDELT_URL} lang="en" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset could not be loaded");
    expect(alert).not.toHaveTextContent("GDELT events");
  });
});

describe("<detente-timeline parties>", () => {
  beforeAll(() => import("../../src/embed/element.ts"));

  it("opens the pair its attribute names, and another when the attribute changes", async () => {
    const element = document.createElement("detente-timeline") as DetenteTimelineElement;
    element.setAttribute("lang", "en");
    element.setAttribute("parties", "CAN,GBR");
    element.setAttribute("src", GDELT_URL);
    await act(async () => {
      document.body.append(element);
      await Promise.resolve();
    });
    const shadow = (): HTMLElement => element.shadowRoot as unknown as HTMLElement;
    await waitFor(() =>
      expect(
        within(shadow()).getByRole("heading", {
          name: "GDELT events between Canada and United Kingdom",
        }),
      ).toBeInTheDocument(),
    );
    await act(async () => {
      element.setAttribute("parties", "BLR,ZWE");
      await Promise.resolve();
    });
    await waitFor(() =>
      expect(
        within(shadow()).getByRole("heading", {
          name: "GDELT events between Belarus and Zimbabwe",
        }),
      ).toBeInTheDocument(),
    );
  });
});
