/** "1 article", "5 articles": a count with its noun, for the CLI's summaries. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
