/**
 * Keys that link one entity across articles despite spelling: diacritics stripped, case and
 * punctuation dropped, and transliteration variants of a final syllable unified
 * (Zelenskyy/Zelensky, Syrskyi/Syrsky, Zaluzhnyi/Zaluzhny).
 * @example nameKey('Volodymyr Zelenskyy') === nameKey('Volodymyr Zelensky')
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(unifyEnding)
    .join(' ');
}

// Romanisations of Ukrainian/Russian -ий/-ій: "yy", "yi", "iy", "ii" and "y" all end the same name.
function unifyEnding(word: string): string {
  if (word.length < 4) return word;
  const unified = word.replace(/(?:yy|yi|iy|ii|ij)$/u, 'y');
  // A doubled final letter ("Zelenskyy" already handled, "Kimm") is a spelling variant too.
  return unified.replace(/(\p{L})\1$/u, '$1');
}
