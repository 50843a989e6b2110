/** Writes text to the clipboard; false where the API is missing (insecure context) or refuses. */
export async function writeClipboard(text: string): Promise<boolean> {
  // The DOM types say `navigator.clipboard` always exists; insecure contexts say otherwise.
  const clipboard: Partial<Clipboard> | undefined = navigator.clipboard;
  if (typeof clipboard?.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
