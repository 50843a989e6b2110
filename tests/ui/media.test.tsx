import { screen } from "@testing-library/react";
import type { EventMedia } from "../../src/model/schema.ts";
import { DetailsPanel } from "../../src/ui/DetailsPanel.tsx";
import { ImageOriginsProvider } from "../../src/ui/media/mediaPolicy.tsx";
import { renderWithStore } from "../helpers/render.tsx";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

function showDetails(
  media: EventMedia,
  origins: readonly string[] | (() => Promise<readonly string[]>) = [],
) {
  const dataset = smallDataset([sampleEvent({ media })]);
  return renderWithStore(
    <ImageOriginsProvider origins={origins}>
      <DetailsPanel titleId="t" />
    </ImageOriginsProvider>,
    { dataset, selectedId: "meeting" },
  );
}

const photo: EventMedia = {
  url: "https://upload.wikimedia.org/commons/meeting.jpg",
  caption: "The two presidents",
  credit: "A photographer",
  alt: "Two men shake hands in an office",
};

describe("event media in details", async () => {
  it("shows an image from an allowed origin, with its alt text, caption and credit", async () => {
    const { container } = showDetails(photo, ["https://upload.wikimedia.org"]);
    const image = await screen.findByRole("img", { name: "Two men shake hands in an office" });
    expect(image).toHaveAttribute("src", photo.url);
    expect(image).toHaveAttribute("referrerpolicy", "no-referrer");
    expect(container.querySelector("figcaption")).toHaveTextContent(
      "The two presidents Credit: A photographer",
    );
  });

  it("reads the deployment's list when media is first shown, and once", async () => {
    const read = vi.fn(() => Promise.resolve(["https://upload.wikimedia.org"]));
    const { unmount } = renderWithStore(
      <ImageOriginsProvider origins={read}>
        <p>No media here</p>
      </ImageOriginsProvider>,
    );
    expect(read).not.toHaveBeenCalled();
    unmount();
    showDetails(photo, read);
    // A link until the list is in, then the image.
    expect(
      await screen.findByRole("img", { name: "Two men shake hands in an office" }),
    ).toHaveAttribute("src", photo.url);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("links an image from an origin the deployment does not list, instead of loading it", async () => {
    const { container } = showDetails(photo);
    expect(screen.queryByRole("img")).toBeNull();
    const link = await screen.findByRole("link", { name: /Image on upload\.wikimedia\.org/ });
    expect(link).toHaveAttribute("href", photo.url);
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(container.querySelector("figcaption")).toHaveTextContent("The two presidents");
  });

  it("shows same-origin images without any list", async () => {
    const url = new URL("/media/meeting.png", window.location.href).href;
    showDetails({ url });
    expect(await screen.findByRole("presentation")).toHaveAttribute("src", url);
  });

  it("links videos and posts by their service, never embedding a player", async () => {
    const { container } = showDetails(
      { url: "https://www.youtube.com/watch?v=abc", caption: "The press conference" },
      ["https://www.youtube.com"],
    );
    expect(await screen.findByRole("link", { name: /Watch or read on YouTube/ })).toHaveAttribute(
      "href",
      "https://www.youtube.com/watch?v=abc",
    );
    expect(container.querySelector("iframe, video, img")).toBeNull();
  });
});
