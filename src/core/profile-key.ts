// The one join key for a person, used everywhere Rapport compares profiles: the `/in/<slug>`
// slug, lower-cased and percent-decoded, without trailing slash, query or fragment.
// Names collide and change, so nothing in Rapport ever joins people on names.

const IN_PATH = /\/in\/([^/?#]+)/i;

/** Returns the person's key, or null when the input holds no `/in/<slug>` profile path. */
export function profileKey(urlOrPath: string): string | null {
  const match = IN_PATH.exec(urlOrPath.trim());
  if (!match?.[1]) return null;
  return normalizeSlug(match[1]);
}

/** Normalizes a bare vanity slug (as in `?vanityName=<slug>`) to the same key. */
export function normalizeSlug(slug: string): string | null {
  let decoded = slug.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape is kept as written: it still compares equal to itself.
  }
  decoded = decoded.replace(/\/+$/, '').toLowerCase();
  return decoded.length > 0 ? decoded : null;
}

/** The canonical profile URL Rapport stores for a key. */
export function profileUrlFromKey(key: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
}

/** LinkedIn's own profile addresses (any country subdomain); never another site or scheme. */
const LINKEDIN_PROFILE = /^https:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[^/?#]/i;

/** The key of a full LinkedIn profile URL, or null for anything else (other sites, schemes). */
export function linkedInProfileKey(url: string): string | null {
  return LINKEDIN_PROFILE.test(url.trim()) ? profileKey(url) : null;
}
