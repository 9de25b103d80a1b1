/** "1 day", "3 days": a count with its noun, for the English words the coach writes. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
