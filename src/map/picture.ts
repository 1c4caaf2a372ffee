/**
 * Pictures of the map: a copy of the WebGL canvas taken in the frame it was drawn (the drawing
 * buffer is not kept between frames), and a PNG with the title, legend and attribution drawn in.
 */
import type { Map } from 'maplibre-gl';
import { PALETTE } from '../theme/palette.ts';
import { FERRY_DASH, type LegendItem } from './legend.ts';

/** Thrown when the map cannot draw (its GPU context was lost) while a picture is being made. */
export class MapLostError extends Error {
  constructor() {
    super('The map lost its GPU context');
  }
}

/** Waits for `event` on the map, or rejects if the GPU context is lost first. */
export function mapEvent(map: Map, event: 'render' | 'idle', onEvent: () => void = () => {}) {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      map.off('webglcontextlost', lost);
      onEvent();
      resolve();
    };
    const lost = () => {
      map.off(event, done);
      reject(new MapLostError());
    };
    map.once(event, done);
    map.once('webglcontextlost', lost);
    map.triggerRepaint();
  });
}

export async function captureCanvas(map: Map): Promise<HTMLCanvasElement> {
  const copy = document.createElement('canvas');
  await mapEvent(map, 'render', () => {
    const source = map.getCanvas();
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')?.drawImage(source, 0, 0);
  });
  return copy;
}

export interface ImageText {
  title: string;
  attribution: string;
  legend: LegendItem[];
  /** The message when the browser has no 2D canvas. */
  unsupported: string;
}

export async function mapImage(map: Map, text: ImageText): Promise<Blob> {
  const picture = await captureCanvas(map);
  const scale = window.devicePixelRatio || 1;
  const header = Math.round(56 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + header;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(text.unsupported);
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px "Noto Sans", sans-serif`;

  ctx.fillStyle = PALETTE.white;
  ctx.fillRect(0, 0, canvas.width, header);
  ctx.fillStyle = PALETTE.ink;
  ctx.font = font(22, 700);
  ctx.textBaseline = 'middle';
  ctx.fillText(text.title, 16 * scale, header / 2);
  ctx.drawImage(picture, 0, header);

  drawLegend(ctx, text.legend, scale, { x: 12 * scale, bottom: canvas.height - 12 * scale });

  // Attribution, bottom right.
  ctx.font = font(12);
  const width = ctx.measureText(text.attribution).width + 12 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(canvas.width - width, canvas.height - 20 * scale, width, 20 * scale);
  ctx.fillStyle = PALETTE.ink;
  ctx.textAlign = 'right';
  ctx.fillText(text.attribution, canvas.width - 6 * scale, canvas.height - 10 * scale);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(text.unsupported))),
      'image/png',
    ),
  );
}

/**
 * The legend box with its bottom left corner at `at`, in canvas pixels; sizes in CSS pixels ×
 * `scale` (13 px text, or `fontPx`).
 */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: LegendItem[],
  scale: number,
  at: { x: number; bottom: number },
  fontPx = 13,
): void {
  const row = (fontPx + 9) * scale;
  const box = { x: at.x, w: (fontPx * 13 + 4) * scale, h: legend.length * row + 16 * scale };
  const top = at.bottom - box.h;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(box.x, top, box.w, box.h);
  ctx.strokeStyle = PALETTE.rule;
  ctx.strokeRect(box.x, top, box.w, box.h);
  ctx.font = `400 ${fontPx * scale}px "Noto Sans", sans-serif`;
  ctx.textBaseline = 'middle';
  legend.forEach((item, i) => {
    const y = top + 8 * scale + row * i + row / 2;
    const x = box.x + 10 * scale;
    ctx.strokeStyle = item.color;
    ctx.fillStyle = item.color;
    if (item.kind === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 12 * scale, y, (item.small ? 4 : 5) * scale, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3 * scale;
      ctx.setLineDash(item.kind === 'dash' ? FERRY_DASH.map((d) => d * scale) : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 26 * scale, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = PALETTE.ink;
    ctx.fillText(item.label, x + 36 * scale, y);
  });
}

/** Saves a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
