/** Number and name formatting for the panels, all through Intl so locales stay consistent. */
import type { HubKind, SegmentMode } from '../data/schema.ts';

const kilometres = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "1,024 km" – whole kilometres; the geometry is not more precise than that. */
export function formatKm(km: number): string {
  return `${kilometres.format(km)} km`;
}

/** "Kazakhstan" for "KZ"; "Türkiye" as the country names itself. */
export function countryName(code: string): string {
  if (code === 'TR') return 'Türkiye';
  return regionNames.of(code) ?? code;
}

export const MODE_LABEL: Record<SegmentMode, string> = {
  rail: 'Railway',
  sea: 'Ferry crossing',
  road: 'Road',
};

export const KIND_LABEL: Record<HubKind, string> = {
  port: 'Port',
  border: 'Border crossing',
  junction: 'Railway junction',
  city: 'City',
};
