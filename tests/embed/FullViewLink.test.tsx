import { act, fireEvent, screen } from "@testing-library/react";
import { FullViewLink } from "../../src/embed/FullViewLink.tsx";
import { loadViewLink, URL_SYNC_DELAY_MS } from "../../src/store/urlSync.ts";
import { renderWithStore } from "../helpers/render.tsx";

const link = () => screen.getByRole("link", { name: /Open full view/ });
const params = () => new URL(link().getAttribute("href") ?? "").searchParams;

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("Open full view", () => {
  it("links to the view the embed opened on, without the embed's own parameters", () => {
    window.history.replaceState(null, "", "/embed.html?lang=en&event=visa-revocation&id=e1&list=0");
    renderWithStore(<FullViewLink />, { selectedId: "visa-revocation" });
    const href = new URL(link().getAttribute("href") ?? "");
    expect(href.pathname).toBe("/");
    expect(href.search).toBe("?lang=en&event=visa-revocation");
    expect(link().getAttribute("target")).toBe("_blank");
  });

  it("follows the view once the reader changes it, after the debounce", async () => {
    window.history.replaceState(null, "", "/embed.html?lang=en&id=e1");
    const { store } = renderWithStore(<FullViewLink />);
    act(() => store.getState().setSettings({ theme: "dark" }));
    // Not before the debounce has run out (the writer loads meanwhile).
    expect(params().get("theme")).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, URL_SYNC_DELAY_MS + 10));
    await vi.waitFor(() => expect(params().get("theme")).toBe("dark"));
    expect(params().has("id")).toBe(false);
  });

  it("opens what is on screen when clicked within the debounce", async () => {
    window.history.replaceState(null, "", "/embed.html?lang=en");
    const { store } = renderWithStore(<FullViewLink />);
    // Pointing at the link loads the writer.
    fireEvent.pointerEnter(link());
    await loadViewLink();
    act(() => store.getState().setSettings({ lanes: "party" }));
    // Clicked at once: the debounce has not run, the click writes the view as it is.
    expect(params().get("lanes")).toBeNull();
    fireEvent.click(link());
    expect(params().get("lanes")).toBe("party");
  });
});
