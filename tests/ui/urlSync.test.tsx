import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { serializeViewParams } from "../../src/store/viewLink.ts";
import { parseViewParams } from "../../src/store/viewParams.ts";
import { createDetenteStore, type DetenteStore } from "../../src/store/createDetenteStore.ts";
import { DetenteProvider } from "../../src/store/context.tsx";
import { URL_SYNC_DELAY_MS, loadViewLink, startUrlSync } from "../../src/store/urlSync.ts";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { UrlSync } from "../../src/ui/UrlSync.tsx";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { NOW, usColombia } from "../helpers/render.tsx";

const dataset = usColombia();
const goldstein = goldsteinTable();

/** Loads the page at `url` the way main.tsx does: parse the query, start a store, sync it. */
function openAt(url: string): { store: DetenteStore; warnings: string[] } {
  window.history.replaceState(null, "", url);
  const { init, warnings } = parseViewParams(window.location.search, dataset);
  const store = createDetenteStore({
    dataset,
    goldstein,
    ...init,
    settings: { reducedMotion: true, ...init.settings },
  });
  render(
    <DetenteProvider store={store}>
      <UrlSync />
      <DetenteView now={NOW} />
    </DetenteProvider>,
  );
  return { store, warnings };
}

// Whole-app renders with accessible-name queries take seconds in jsdom on a busy machine.
const slow = { timeout: 20_000 };

const eventList = () =>
  screen.getByRole("list", { name: /Eventos por fecha|Events in date order/ });

const listButton = (title: RegExp) => within(eventList()).getByRole("button", { name: title });

/** The live region a message is announced in (other toolbar actions have their own). */
function announced(text: string | RegExp): HTMLElement | null {
  return screen.getByText(text).closest<HTMLElement>('[role="status"][aria-live="polite"]');
}

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

let pushState: ReturnType<typeof vi.spyOn>;
let replaceState: ReturnType<typeof vi.spyOn>;
const savedClipboard = Object.getOwnPropertyDescriptor(window.navigator, "clipboard");

function mockClipboard(clipboard: Partial<Clipboard> | undefined): void {
  Object.defineProperty(window.navigator, "clipboard", { value: clipboard, configurable: true });
}

// The URL writer loads with the first change of view; here it is in already, as it is on a page
// after that first change (tests/store/urlSync.test.ts holds the first write to waiting for it).
beforeAll(async () => {
  await loadViewLink();
});

beforeEach(() => {
  // Only timeouts: the clipboard's promises must still resolve on their own.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  pushState = vi.spyOn(window.history, "pushState");
  replaceState = vi.spyOn(window.history, "replaceState");
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (savedClipboard) Object.defineProperty(window.navigator, "clipboard", savedClipboard);
  else Reflect.deleteProperty(window.navigator, "clipboard");
  window.history.replaceState(null, "", "/");
});

describe("the view in the URL", slow, () => {
  const start =
    "/?utm_source=mail&topics=migration-deportation,diplomacy&event=visa-revocation&lang=es" +
    "&from=2025-01-01&to=2026-02-28";

  it("opens the view the link describes", () => {
    const { warnings } = openAt(start);
    expect(warnings).toEqual([]);
    const details = screen.getByRole("region", { name: "Detalles del evento" });
    expect(
      within(details).getByRole("heading", {
        name: "El Departamento de Estado revoca el visado de Petro",
      }),
    ).toBeInTheDocument();
    expect(within(details).getByText("26 de septiembre de 2025")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Acercar" })).toBeInTheDocument();
    // The topic filter applies: only migration and diplomacy events are listed.
    expect(
      listButton(/Colombia vuelve a aceptar los vuelos de deportación de EE\. UU\./),
    ).toBeInTheDocument();
    expect(within(eventList()).queryByText(/Treasury sanctions Petro/)).toBeNull();
    // Loading alone writes nothing.
    replaceState.mockClear();
    wait(URL_SYNC_DELAY_MS * 2);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it("writes what the user does into the URL with one debounced replaceState", () => {
    const { store } = openAt(start);
    replaceState.mockClear();
    fireEvent.click(screen.getByRole("button", { name: "Acercar" }));
    fireEvent.click(listButton(/Colombia vuelve a aceptar los vuelos de deportación de EE\. UU\./));
    fireEvent.change(screen.getByLabelText("Tema"), { target: { value: "dark" } });
    fireEvent.mouseEnter(
      listButton(/Petro se niega a dejar aterrizar vuelos de deportación de EE\. UU\./),
    );

    wait(URL_SYNC_DELAY_MS - 1);
    expect(replaceState).not.toHaveBeenCalled();
    wait(1);
    expect(replaceState).toHaveBeenCalledTimes(1);

    const search = window.location.search;
    expect(search).toBe(serializeViewParams(store.getState(), "?utm_source=mail"));
    const params = new URLSearchParams(search);
    expect(search.startsWith("?utm_source=mail&")).toBe(true);
    expect(params.get("event")).toBe("deportation-flights-resumed");
    expect(params.get("topics")).toBe("migration-deportation,diplomacy");
    expect(params.get("lang")).toBe("es");
    expect(params.get("theme")).toBe("dark");
    // Zoomed in ×2 about the middle: the window is now well inside 2025-01-01 – 2026-02-28.
    expect(params.get("from")).toMatch(/^2025-0[4-5]-\d{2}$/);
    expect(params.get("to")).toMatch(/^2025-1[01]-\d{2}$/);

    // Nothing changes afterwards: no more writes, and never a history entry.
    wait(URL_SYNC_DELAY_MS * 3);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(pushState).not.toHaveBeenCalled();
  });

  it("coalesces a burst of zooms into one write and skips writes that change nothing", () => {
    const { store } = openAt("/");
    replaceState.mockClear();
    for (let i = 0; i < 10; i++) {
      act(() => store.getState().zoomBy(1.2));
      wait(50);
    }
    wait(URL_SYNC_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    // Back to the whole dataset: the URL is clean again.
    act(() => store.getState().resetViewport());
    wait(URL_SYNC_DELAY_MS);
    expect(window.location.search).toBe("");
    // Hover and an unchanged view write nothing.
    act(() => store.getState().hover("visa-revocation"));
    act(() => store.getState().setSettings({ reducedMotion: true }));
    wait(URL_SYNC_DELAY_MS);
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(pushState).not.toHaveBeenCalled();
  });

  it("keeps the history state and the hash, and stops when asked", () => {
    window.history.replaceState({ host: "data" }, "", "/page?embed=1#section");
    const store = createDetenteStore({ dataset, goldstein, settings: { reducedMotion: true } });
    const stop = startUrlSync(store, window);
    store.getState().select("white-house-meeting");
    wait(URL_SYNC_DELAY_MS);
    expect(window.location.pathname).toBe("/page");
    expect(window.location.search).toBe("?embed=1&event=white-house-meeting");
    expect(window.location.hash).toBe("#section");
    expect(window.history.state).toEqual({ host: "data" });
    store.getState().select("visa-revocation");
    stop();
    wait(URL_SYNC_DELAY_MS);
    expect(window.location.search).toBe("?embed=1&event=white-house-meeting");
  });
});

describe("Copy link", slow, () => {
  it("copies the view as it is now, before the debounced URL update", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    mockClipboard({ writeText });
    openAt("/?lang=es&utm_source=mail");
    fireEvent.click(screen.getByRole("button", { name: "Acercar" }));
    fireEvent.click(
      listButton(/Petro se niega a dejar aterrizar vuelos de deportación de EE\. UU\./),
    );
    // No timer has run: the copy must not use the stale address bar.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copiar enlace" }));
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = new URL(writeText.mock.calls[0]?.[0] ?? "");
    expect(copied.origin).toBe(window.location.origin);
    expect(copied.searchParams.get("event")).toBe("deportation-flights-refused");
    expect(copied.searchParams.get("lang")).toBe("es");
    expect(copied.searchParams.get("utm_source")).toBe("mail");
    expect(copied.searchParams.get("from")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The pending update was written at once, so the address bar and the copy agree.
    expect(window.location.href).toBe(copied.href);
    expect(announced("Enlace copiado")).not.toBeNull();
    wait(URL_SYNC_DELAY_MS);
    expect(replaceState.mock.calls.length).toBeLessThanOrEqual(2);
    expect(pushState).not.toHaveBeenCalled();
  });

  it("is named Copy link in English and announces Link copied", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    mockClipboard({ writeText });
    openAt("/?event=white-house-meeting");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    });
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?event=white-house-meeting`);
    expect(announced("Link copied")).not.toBeNull();
  });

  it.each([
    ["missing", undefined],
    [
      "rejecting",
      { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
    ],
  ])("shows the link selected in a read-only field when the clipboard is %s", async (_, clip) => {
    mockClipboard(clip);
    openAt("/?theme=dark");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy link" }));
    });
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Link to this view" });
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(`${window.location.origin}/?theme=dark`);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(announced(/The link is selected: press Ctrl\+C/)).not.toBeNull();
  });
});
