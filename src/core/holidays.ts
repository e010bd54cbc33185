/**
 * Finnish public holidays that fall on weekdays some years, so that "the first working day" can
 * skip them: New Year's Day (1.1.), Epiphany (6.1.), Good Friday, Easter Monday, May Day (1.5.),
 * Ascension Day (the Thursday 39 days after Easter), Midsummer Eve (the Friday between 19 and 25
 * June; a day off by custom and collective agreements), Independence Day (6.12.) and 24–26.12.
 * Holidays that always fall on a weekend (Easter Sunday, Whitsun, Midsummer Day, All Saints'
 * Day) need no entry here.
 */

/** Easter Sunday of `year` (Gregorian; the anonymous algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): { year: number; month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const key = (month: number, day: number) => `${month}-${day}`;

/** "M-D" of every Finnish public holiday of `year` listed above. */
export function finnishHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => {
    const d = new Date(Date.UTC(year, easter.month - 1, easter.day + days));
    return key(d.getUTCMonth() + 1, d.getUTCDate());
  };
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25].find((d) => new Date(Date.UTC(year, 5, d)).getUTCDay() === 5)!;
  return new Set([
    key(1, 1),
    key(1, 6),
    fromEaster(-2),
    fromEaster(1),
    key(5, 1),
    fromEaster(39),
    key(6, midsummerEve),
    key(12, 6),
    key(12, 24),
    key(12, 25),
    key(12, 26),
  ]);
}

/** Monday to Friday and not a Finnish public holiday. */
export function isFinnishWorkingDay(year: number, month: number, day: number): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !finnishHolidays(year).has(key(month, day));
}
