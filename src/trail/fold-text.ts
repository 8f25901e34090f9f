/**
 * Lower-cases, strips diacritics, unifies apostrophes and collapses whitespace, so keys compare
 * spellings rather than typography. For keys only: never applied to stored text.
 * @example foldText('  Zelenskyy’s   Señor ') === "zelenskyy's senor"
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
