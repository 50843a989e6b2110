// @vitest-environment node
/**
 * Server rendering of <DetenteTimeline>: no window or document exists here, so any DOM access
 * while importing or rendering throws. The server output is the sized placeholder.
 */
import { renderToString } from "react-dom/server";
import { usColombia } from "../helpers/render.tsx";

describe("DetenteTimeline on the server", () => {
  it("runs where there is no DOM", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("imports without touching the DOM", async () => {
    // Getters on the browser globals record every read, even a `typeof window` probe. They
    // answer undefined, so a real use (document.createElement…) would throw and fail the import.
    const globals = ["window", "document", "navigator", "customElements", "HTMLElement", "self"];
    const reads: string[] = [];
    for (const name of globals) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          reads.push(`${name}\n${new Error().stack ?? ""}`);
          return undefined;
        },
      });
    }
    try {
      const library = await import("../../src/embed/library.ts");
      expect(typeof library.DetenteTimeline).toBe("function");
    } finally {
      for (const name of globals) Reflect.deleteProperty(globalThis, name);
    }
    // Dependencies probe for a browser with `typeof` (zod for a CSP-safe eval, papaparse for
    // its global object) and cope with the answer; our own modules do not even look.
    const ownCaller = (read: string): boolean =>
      /\/src\//.test(read.split("\n").slice(2, 4).join("\n"));
    expect(reads.filter(ownCaller)).toEqual([]);
  });

  it("renders a placeholder with the height and the dataset title", async () => {
    const { DetenteTimeline } = await import("../../src/embed/library.ts");
    const dataset = usColombia();
    const html = renderToString(<DetenteTimeline dataset={dataset} height={400} />);
    expect(html).toContain("height:400px");
    expect(html).toContain(`<h2>${dataset.title}</h2>`);
    expect(html).toContain('aria-busy="true"');
    // Nothing of the interactive view: it mounts on the client.
    expect(html).not.toContain("detente-marks");
  });

  it("takes a CSS height and a heading level, and says it is loading for a src", async () => {
    const { DetenteTimeline } = await import("../../src/embed/library.ts");
    const html = renderToString(
      <DetenteTimeline src="/data.json" height="70vh" headingLevel={3} lang="es" />,
    );
    expect(html).toContain("height:70vh");
    expect(html).toContain("Cargando la línea de tiempo");
  });
});
