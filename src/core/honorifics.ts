// Honorifics dropped before choosing a first name ("Dr. Anna Maria Schmidt, PhD"). Not LinkedIn's
// text but how people write their names, so this list lives with the name logic (core/names.ts).
// An entry with a trailing dot matches only with the dot ("Ing." but not the name "Ing"); others
// match either way.

/** Per language the reader knows (src/linkedin/i18n.ts LANGS), plus a few more below. */
export const NAME_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  en: ['Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Mx', 'Eng.'],
  fr: ['M.', 'Mme', 'Mlle', 'Me.', 'Pr.'],
  de: ['Herr', 'Frau', 'Dipl.-Ing.', 'Ing.', 'Mag.', 'Priv.-Doz.'],
  es: ['Sr', 'Sra', 'Srta', 'Lic.', 'Ing.'],
  pt: ['Sr', 'Sra', 'Dra', 'Eng.'],
  pl: ['Pani', 'Mgr', 'Inż.'],
};

// Honorifics in other languages, matched with or without a trailing dot.
const MORE_HONORIFICS = new Set(['miss', 'sir', 'dame', 'madame', 'mademoiselle', 'monsieur', 'don', 'doña', 'dona', 'dom', 'pan', 'sig.', 'sig.ra', 'dott.', 'dott.ssa', 'mevr.', 'dhr.']);

const prefixes = new Set(Object.values(NAME_PREFIXES).flat().map((p) => p.toLowerCase()));

export function isHonorific(word: string): boolean {
  const lower = word.toLowerCase();
  if (prefixes.has(lower) || (lower.endsWith('.') && prefixes.has(lower.slice(0, -1)))) return true;
  return MORE_HONORIFICS.has(lower) || MORE_HONORIFICS.has(`${lower}.`);
}
