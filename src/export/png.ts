/**
 * Rasterises the exported SVG to PNG in the browser: the SVG becomes an image through a Blob
 * URL, is drawn on a canvas at twice its size (so the picture is sharp on high-density screens
 * and in print whatever the exporting device's own pixel ratio), and the canvas is encoded.
 *
 * Nothing is fetched: the SVG names only system fonts (system-ui …) and embeds no images, so
 * the canvas is never tainted and toBlob is allowed.
 */

/** Output pixels per CSS pixel, fixed so the file does not depend on the exporting screen. */
export const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the SVG could not be drawn as an image"));
    image.src = url;
  });
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = PNG_SCALE,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    // Draw at the SVG's own size under a scale, so the vector picture is rendered at 2× rather
    // than a 1× bitmap being stretched.
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be encoded"))),
        "image/png",
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
