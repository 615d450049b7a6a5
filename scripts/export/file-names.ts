// Deterministic output names, in the manner of OWID's baker: `<figure>_<width>x<height>.svg`, the PNG beside it
// (with `@2x` when its pixels are scaled), `<figure>.csv`, one `deck.pptx`.

export function svgName(id: string, width: number, height: number): string {
  return `${id}_${width}x${height}.svg`;
}

export function pngName(id: string, width: number, height: number, scale = 1): string {
  return `${id}_${width}x${height}${scale === 1 ? "" : `@${scale}x`}.png`;
}

export function csvName(id: string): string {
  return `${id}.csv`;
}

export const DECK_NAME = "deck.pptx";
