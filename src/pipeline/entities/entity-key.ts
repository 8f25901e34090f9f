import { countryAliases, placeSpelling } from '../../lexicons/places.js';

/**
 * A spelling-insensitive key for a name: diacritics, case and punctuation go, and the common
 * transliteration endings of Slavic surnames collapse (Zelenskyy = Zelensky = Zelenskiy).
 */
export function nameKey(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .trim()
    .replace(/\s+/gu, ' ');
  return plain
    .split(' ')
    .map((w) => w.replace(/(?:yy|iy|ii|yi|ij)$/u, 'y'))
    .join(' ');
}

/** Places and countries go by their canonical name, so "DPRK" and "North Korea", "Kiev" and "Kyiv" share a key. */
export function placeKey(name: string): string {
  const lower = name.toLowerCase().replace(/^the\s+/u, '');
  const canonical = countryAliases[lower] ?? placeSpelling(lower.normalize('NFD').replace(/\p{M}/gu, ''));
  return nameKey(canonical ?? name);
}
