/**
 * Pictures of the map: a copy of the WebGL canvas taken in the frame it was drawn (the drawing
 * buffer is not kept between frames), and a PNG with the title, legend and attribution drawn in.
 */
import type { Map } from 'maplibre-gl';
import { PALETTE } from '../theme/palette.ts';
import { FERRY_DASH, type LegendItem } from './legend.ts';

export function captureCanvas(map: Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
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

  // Legend, bottom left.
  const row = 22 * scale;
  const box = { x: 12 * scale, w: 170 * scale, h: (text.legend.length * 22 + 16) * scale };
  const top = canvas.height - box.h - 12 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(box.x, top, box.w, box.h);
  ctx.strokeStyle = PALETTE.rule;
  ctx.strokeRect(box.x, top, box.w, box.h);
  ctx.font = font(13);
  text.legend.forEach((item, i) => {
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

/** Saves a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
