// Whether two locations share a city or a region. LinkedIn writes "City, Region, Country",
// "Greater Munich Metropolitan Area" or "Stockholm County, Sweden"; people type "Munich".
// Only the city (first part) or, for three-part locations, the region is compared: a shared
// country alone is not a talking point.

const AREA_WORDS = /\b(greater|metropolitan|metro|area|region|county|city of|großraum|grossraum|metropolregion|region|und umgebung)\b/gu;

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(AREA_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface PlaceParts {
  city: string;
  cityKey: string;
  region: string | null;
  regionKey: string | null;
}

export function placeParts(location: string): PlaceParts | null {
  const parts = location.split(',').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const city = parts[0];
  if (!city) return null;
  const cityKey = norm(city);
  if (!cityKey) return null;
  const region = parts.length >= 3 ? parts[1]! : null;
  const regionKey = region ? norm(region) || null : null;
  return { city, cityKey, region, regionKey };
}

export type SharedPlace = { kind: 'city' | 'region'; name: string } | null;

/** The city both are in, else the region both are in, else null. `theirs` names the result. */
export function sharedPlace(mine: string | null | undefined, theirs: string | null | undefined): SharedPlace {
  if (!mine || !theirs) return null;
  const a = placeParts(mine);
  const b = placeParts(theirs);
  if (!a || !b) return null;
  if (a.cityKey === b.cityKey) return { kind: 'city', name: cityName(b) };
  if (b.regionKey && (a.regionKey === b.regionKey || a.cityKey === b.regionKey)) return { kind: 'region', name: b.region! };
  return null;
}

// "Greater Munich Metropolitan Area" → "Munich"; the page's own capitalisation is kept.
function cityName(p: PlaceParts): string {
  const stripped = p.city.replace(/\b(Greater|Metropolitan|Metro|Area|Region|County|Großraum|Grossraum|Metropolregion)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return stripped || p.city;
}
