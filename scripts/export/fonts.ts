// The TTF files resvg draws text with: the same Inter (400, 600, 400 italic) the pages use, from the npm package,
// so a PNG looks the same on every machine and never depends on fonts installed there.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The family name the figures ask for (theme.ts FONT_FAMILY) and the TTFs declare. */
export const EXPORT_FONT_FAMILY = "Inter";

const FACES = [
  "400Regular/Inter_400Regular.ttf",
  "600SemiBold/Inter_600SemiBold.ttf",
  "400Regular_Italic/Inter_400Regular_Italic.ttf",
];

/** Absolute paths of the three Inter faces the figures use. */
export function interFontFiles(): string[] {
  const root = dirname(require.resolve("@expo-google-fonts/inter/package.json"));
  return FACES.map((face) => join(root, face));
}
