// Japanese era names → the Gregorian year of their first year (元年).
const ERA_FIRST_YEAR: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

export const ERA_NAMES = Object.keys(ERA_FIRST_YEAR);

/** 平成20 → 2008, 令和元 → 2019. */
export function eraToGregorian(era: string, yearOfEra: string): number | undefined {
  const first = ERA_FIRST_YEAR[era];
  if (first === undefined) return undefined;
  const n = yearOfEra === "元" ? 1 : Number(yearOfEra);
  return Number.isInteger(n) && n >= 1 ? first + n - 1 : undefined;
}
