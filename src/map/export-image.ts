/**
 * Pictures of the map: a copy of the WebGL canvas taken in the frame it was drawn (the drawing
 * buffer is not kept between frames), and a PNG with the title, legend and attribution drawn in.
 */
import type { Map } from 'maplibre-gl';
import { LEGEND } from './colors.ts';

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

export async function mapImage(map: Map, title: string, attribution: string): Promise<Blob> {
  const picture = await captureCanvas(map);
  const scale = window.devicePixelRatio || 1;
  const header = Math.round(56 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + header;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px "Noto Sans", sans-serif`;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, header);
  ctx.fillStyle = '#1f2328';
  ctx.font = font(22, 700);
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 16 * scale, header / 2);
  ctx.drawImage(picture, 0, header);

  // Legend, bottom left.
  const row = 22 * scale;
  const box = { x: 12 * scale, w: 170 * scale, h: (LEGEND.length * 22 + 16) * scale };
  const top = canvas.height - box.h - 12 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(box.x, top, box.w, box.h);
  ctx.strokeStyle = '#d7d2c8';
  ctx.strokeRect(box.x, top, box.w, box.h);
  ctx.font = font(13);
  LEGEND.forEach((item, i) => {
    const y = top + 8 * scale + row * i + row / 2;
    const x = box.x + 10 * scale;
    ctx.strokeStyle = item.color;
    ctx.fillStyle = item.color;
    if (item.kind === 'dot') {
      ctx.beginPath();
      ctx.arc(x + 12 * scale, y, 5 * scale, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3 * scale;
      ctx.setLineDash(item.kind === 'dash' ? [6 * scale, 4 * scale] : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 26 * scale, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = '#1f2328';
    ctx.fillText(item.label, x + 36 * scale, y);
  });

  // Attribution, bottom right.
  ctx.font = font(12);
  const width = ctx.measureText(attribution).width + 12 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(canvas.width - width, canvas.height - 20 * scale, width, 20 * scale);
  ctx.fillStyle = '#1f2328';
  ctx.textAlign = 'right';
  ctx.fillText(attribution, canvas.width - 6 * scale, canvas.height - 10 * scale);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}
