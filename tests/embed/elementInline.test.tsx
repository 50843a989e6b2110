/**
 * <detente-timeline> with its dataset written inside it (the self-contained embed of imported
 * data): a JSON data block as its child, checked like a file, problems listed where the JSON is
 * malformed. And neither the element nor the component touches the host page's title.
 *
 * @vitest-environment jsdom
 */
import { act, render, waitFor } from "@testing-library/react";
import { DetenteTimeline } from "../../src/embed/DetenteTimeline.tsx";
import type { DetenteTimelineElement } from "../../src/embed/element.ts";
import { scriptSafeJson } from "../../src/io/snippet/importedEmbed.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

beforeAll(() => import("../../src/embed/element.ts"));

afterEach(async () => {
  await act(async () => {
    document.body.replaceChildren();
    await Promise.resolve();
  });
});

const shadowText = (element: DetenteTimelineElement): string =>
  element.shadowRoot?.querySelector(".detente-embed-root")?.textContent ?? "";

async function mountInline(json: string): Promise<DetenteTimelineElement> {
  const element = document.createElement("detente-timeline");
  element.setAttribute("lang", "en");
  const block = document.createElement("script");
  block.type = "application/json";
  block.textContent = json;
  element.append(block);
  await act(async () => {
    document.body.append(element);
  });
  return element;
}

describe("<detente-timeline> with inline data", () => {
  it("shows the dataset written inside it, a title with </script> included", async () => {
    const dataset = smallDataset([sampleEvent({ title: "A </script> in a title" })]);
    document.title = "The host's own title";
    const element = await mountInline(scriptSafeJson(JSON.stringify(dataset)));
    await waitFor(() => expect(shadowText(element)).toContain("Sample relations"), {
      timeout: 5000,
    });
    expect(document.title).toBe("The host's own title");
  });

  it("lists the problem where the inline JSON is malformed", async () => {
    const element = await mountInline('{"id": "x",');
    await waitFor(() => expect(shadowText(element)).toContain("could not be loaded"));
    expect(shadowText(element)).toContain("(inline data)");
    expect(shadowText(element)).toContain("malformed JSON");
  });

  it("picks up inline data added after the element was connected", async () => {
    const element = document.createElement("detente-timeline");
    await act(async () => {
      document.body.append(element);
    });
    const block = document.createElement("script");
    block.type = "application/json";
    block.textContent = JSON.stringify(smallDataset());
    await act(async () => {
      element.append(block);
    });
    await waitFor(() => expect(shadowText(element)).toContain("Sample relations"), {
      timeout: 5000,
    });
  });
});

describe("the React component on a host page", () => {
  it("leaves the host's document title alone", async () => {
    document.title = "Our newsroom";
    const view = render(<DetenteTimeline dataset={smallDataset()} lang="en" />);
    await waitFor(() => expect(view.container.textContent).toContain("Sample relations"), {
      timeout: 5000,
    });
    expect(document.title).toBe("Our newsroom");
  });
});
