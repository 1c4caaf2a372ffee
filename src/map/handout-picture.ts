/**
 * The handout's picture of the whole corridor. It is taken at a fixed size with larger labels and
 * twice the pixels, so that printed 180 mm wide on A4 its smallest label is still 8 pt or more
 * (a 1920 px wide screen printed at that width would shrink 10 px labels to 3 pt); legend, scale
 * bar and credit are drawn in at the same print size.
 */
import type { LngLatBoundsLike, Map } from 'maplibre-gl';
import { PALETTE } from '../theme/palette.ts';
import type { LegendItem } from './legend.ts';
import { captureCanvas, drawLegend, mapEvent } from './picture.ts';
import { labelSizes, type LabelSizes } from './style/label-sizes.ts';

type LabelSize = LabelSizes[keyof LabelSizes];

/** CSS pixels of the picture; printed 180 mm wide, one CSS pixel is 180 / 760 mm ≈ 0.67 pt. */
export const HANDOUT_PICTURE = { width: 760, height: 470, labelScale: 1.45, pixelRatio: 2 };

/** Room for the end labels (Constanța, Kapıkule at the left), the legend and the scale. */
const PADDING = { top: 40, bottom: 50, left: 130, right: 70 };

/** Legend and credit text in CSS pixels of the picture: 14 px prints at about 9.4 pt. */
const TEXT_PX = 14;

export interface HandoutPictureText {
  legend: LegendItem[];
  attribution: string;
  /** "500 km", as the page formats distances. */
  km: (km: number) => string;
}

/** Two animation frames: by then the browser has reported the container's new size. */
function afterResize(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/** A round length for a scale bar about `target` pixels long. */
export function scaleLength(metresPerPixel: number, target = 140): { km: number; px: number } {
  const want = (metresPerPixel * target) / 1000;
  const km = [50, 100, 200, 250, 500, 1000, 2000].reduce((best, n) =>
    Math.abs(n - want) < Math.abs(best - want) ? n : best,
  );
  return { km, px: (km * 1000) / metresPerPixel };
}

export async function handoutPicture(
  map: Map,
  bounds: LngLatBoundsLike,
  text: HandoutPictureText,
): Promise<string> {
  const container = map.getContainer();
  const before = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
    width: container.style.width,
    height: container.style.height,
    ratio: map.getPixelRatio(),
    padding: map.getPadding(),
    minZoom: map.getMinZoom(),
    maxBounds: map.getMaxBounds(),
    sizes: Object.keys(labelSizes(1)).map(
      (id) => [id, map.getLayoutProperty(id, 'text-size') as LabelSize] as const,
    ),
  };
  map.stop();
  let picture: HTMLCanvasElement;
  let metresPerPixel: number;
  try {
    container.style.width = `${HANDOUT_PICTURE.width}px`;
    container.style.height = `${HANDOUT_PICTURE.height}px`;
    map.setPixelRatio(HANDOUT_PICTURE.pixelRatio);
    map.resize();
    // The camera's limits follow the map's size (create-map.ts sets them on every resize, and
    // MapLibre sees the container's new size a frame later). Made for the first view's padding,
    // they held the picture's camera too close and cut off its east end (Xi'an): once they
    // have followed the new size, they are lifted for the picture.
    await afterResize();
    map.setMaxBounds(null);
    map.setMinZoom(0);
    for (const [id, size] of Object.entries(labelSizes(HANDOUT_PICTURE.labelScale)))
      map.setLayoutProperty(id, 'text-size', size);
    // None of the screen's padding (room left for a panel or the tour bar) in the picture: the
    // camera would frame the corridor off-centre and cut its east end.
    map.setPadding({ top: 0, bottom: 0, left: 0, right: 0 });
    const whole = map.cameraForBounds(bounds, { padding: PADDING });
    if (whole) map.jumpTo({ ...whole, bearing: 0, pitch: 0 });
    await mapEvent(map, 'idle');
    picture = await captureCanvas(map);
    const lat = map.getCenter().lat;
    metresPerPixel =
      (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  } finally {
    container.style.width = before.width;
    container.style.height = before.height;
    map.setPixelRatio(before.ratio);
    map.resize();
    for (const [id, size] of before.sizes) map.setLayoutProperty(id, 'text-size', size);
    map.jumpTo(before);
    map.setMinZoom(before.minZoom);
    map.setMaxBounds(before.maxBounds);
  }
  const png = await compose(picture, metresPerPixel, text);
  return URL.createObjectURL(png);
}

/** Legend top left (over Europe, off the route), scale bar bottom left, credit bottom right. */
function compose(picture: HTMLCanvasElement, metresPerPixel: number, text: HandoutPictureText) {
  const scale = picture.width / HANDOUT_PICTURE.width;
  const ctx = picture.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const legendHeight = text.legend.length * (TEXT_PX + 9) + 16;
  drawLegend(
    ctx,
    text.legend,
    scale,
    { x: 8 * scale, bottom: (legendHeight + 8) * scale },
    TEXT_PX,
  );

  const bar = scaleLength(metresPerPixel);
  const right = (bar.px + 20) * scale;
  const y = picture.height - 40 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(
    right - bar.px * scale - 12 * scale,
    y - 26 * scale,
    (bar.px + 24) * scale,
    36 * scale,
  );
  ctx.strokeStyle = PALETTE.ink;
  ctx.lineWidth = 2 * scale;
  ctx.beginPath();
  ctx.moveTo(right - bar.px * scale, y - 6 * scale);
  ctx.lineTo(right - bar.px * scale, y);
  ctx.lineTo(right, y);
  ctx.lineTo(right, y - 6 * scale);
  ctx.stroke();
  ctx.fillStyle = PALETTE.ink;
  ctx.font = `400 ${TEXT_PX * scale}px "Noto Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text.km(bar.km), right - (bar.px * scale) / 2, y - 10 * scale);

  ctx.font = `400 ${(TEXT_PX - 1) * scale}px "Noto Sans", sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const width = ctx.measureText(text.attribution).width + 12 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(picture.width - width, picture.height - 20 * scale, width, 20 * scale);
  ctx.fillStyle = PALETTE.ink;
  ctx.fillText(text.attribution, picture.width - 6 * scale, picture.height - 10 * scale);
  return new Promise<Blob>((resolve, reject) =>
    picture.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG'))), 'image/png'),
  );
}
