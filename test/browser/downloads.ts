// Files the download menu gives, as a browser test receives them.
import { readFileSync } from "node:fs";
import type { Visit } from "./setup.ts";

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens the first download menu inside `scope` and clicks the button named `button`; returns the file. */
export async function download(visit: Visit, button: RegExp, scope = ""): Promise<{ name: string; bytes: Buffer }> {
  const { page } = visit;
  const menu = page.locator(`${scope} details.nk-download-menu`.trim()).first();
  await menu.locator("summary").click();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    menu.getByRole("button", { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
