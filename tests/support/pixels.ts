/**
 * What a screenshot shows, read in Chromium itself (the PNG is decoded by a canvas, no image library):
 * inside each given box, its dominant colour (the background there, as a reader sees it) and the pixel
 * that stands out most from it (the ink of text drawn there). Plus the WCAG contrast ratio of two colours.
 */
import type { Browser } from 'playwright-core';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxColours {
  background: Rgb;
  ink: Rgb;
}

export async function readScreenshot(browser: Browser, png: Buffer, boxes: Box[]): Promise<BoxColours[]> {
  const page = await browser.newPage();
  try {
    // (No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.)
    return await page.evaluate(
      async ({ data, boxes }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        return boxes.map((box) => {
          const x0 = Math.max(0, Math.floor(box.x));
          const x1 = Math.min(canvas.width, Math.ceil(box.x + box.width));
          const y0 = Math.max(0, Math.floor(box.y));
          const y1 = Math.min(canvas.height, Math.ceil(box.y + box.height));
          const counts = new Map<number, number>();
          for (let y = y0; y < y1; y++) {
            for (let x = x0; x < x1; x++) {
              const i = (y * canvas.width + x) * 4;
              const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
          }
          const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
          const background = { r: top >> 16, g: (top >> 8) & 255, b: top & 255 };
          let ink = background;
          let inkDist = -1;
          for (const key of counts.keys()) {
            const c = { r: key >> 16, g: (key >> 8) & 255, b: key & 255 };
            const d = Math.abs(c.r - background.r) + Math.abs(c.g - background.g) + Math.abs(c.b - background.b);
            if (d > inkDist) {
              inkDist = d;
              ink = c;
            }
          }
          return { background, ink };
        });
      },
      { data: png.toString('base64'), boxes },
    );
  } finally {
    await page.close();
  }
}

/** WCAG 2 relative luminance (0 black … 1 white). */
export function luminance({ r, g, b }: Rgb): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `rgb(…)` / `rgba(…)` from getComputedStyle. */
export function parseCssRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) };
}
