// The generated share card: headline, section and site name on the site's colours, drawn by satori
// (layout and text to SVG paths, in Noto Sans SC, so Chinese reads the same on every platform) and
// rasterised to PNG by sharp. Rendered once per article and size, then kept by the response cache.
import { readFile } from "node:fs/promises";
import path from "node:path";
import satori, { type Font } from "satori";
import sharp from "sharp";

/** Noto Sans SC (OFL) from @fontsource: WOFF, which satori reads (it cannot read WOFF2). */
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc", "files");
// Two families, because satori keeps one font per family and weight: the Latin subset for letters and
// figures, the Chinese one (common simplified and many traditional characters) for everything else.
const FONT_FILES: Array<{ family: string; file: string; weight: 400 | 700 }> = [
  { family: "Latin", file: "noto-sans-sc-latin-400-normal.woff", weight: 400 },
  { family: "Latin", file: "noto-sans-sc-latin-700-normal.woff", weight: 700 },
  { family: "Chinese", file: "noto-sans-sc-chinese-simplified-400-normal.woff", weight: 400 },
  { family: "Chinese", file: "noto-sans-sc-chinese-simplified-700-normal.woff", weight: 700 },
];
const FAMILY = "Latin, Chinese";
const BRAND = "#b91c1c";

let fonts: Promise<Font[]> | undefined;

// Read once per process: satori keeps its parsed copy of each font keyed by this very array.
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ family, file, weight }) => ({
      name: family,
      data: await readFile(path.join(FONT_DIR, file)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

export interface CardText {
  headline: string;
  section: string | null;
  siteName: string;
}

/** Long headlines get smaller type, so that up to about 60 characters fit in four lines. */
function headlineSize(headline: string, width: number, height: number): number {
  const base = Math.min(width / 16, height / 8.5);
  const length = [...headline].length;
  if (length <= 16) return Math.round(base * 1.15);
  if (length <= 32) return Math.round(base);
  if (length <= 48) return Math.round(base * 0.85);
  return Math.round(base * 0.7);
}

function Card({ text, width, height }: { text: CardText; width: number; height: number }) {
  const pad = Math.round(width / 18);
  const small = Math.round(Math.max(20, width / 40));
  const size = headlineSize(text.headline, width, height);
  const bar = Math.round(pad / 4);
  // satori sizes boxes without their padding and border (content-box): take them off here.
  return (
    <div
      style={{
        width: width - 2 * pad,
        height: height - 2 * pad - bar,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: pad,
        background: "#ffffff",
        borderTop: `${bar}px solid ${BRAND}`,
        fontFamily: FAMILY,
        color: "#171717",
      }}
    >
      <div style={{ display: "flex", fontSize: small, fontWeight: 700, color: BRAND }}>{text.section ?? ""}</div>
      <div
        style={{
          display: "block",
          fontSize: size,
          fontWeight: 700,
          lineHeight: 1.3,
          lineClamp: 4,
          overflow: "hidden",
        }}
      >
        {text.headline}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: small,
          fontWeight: 400,
          color: "#404040",
          borderTop: "2px solid #e5e5e5",
          paddingTop: Math.round(small / 2),
        }}
      >
        {text.siteName}
      </div>
    </div>
  );
}

/** The card as PNG bytes, `width`×`height` pixels. */
export async function renderShareCard(text: CardText, size: { width: number; height: number }): Promise<Buffer> {
  const svg = await satori(<Card text={text} width={size.width} height={size.height} />, {
    width: size.width,
    height: size.height,
    fonts: await loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
