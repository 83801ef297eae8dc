// Loads the names of days and months (calendar-words.yaml), one list for every rule that reads dates out of names.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../io/yaml-cache.ts';

type Key = 'weekdays' | 'months' | 'monthAbbreviations' | 'newsMonthAbbreviations' | 'weekdayAbbreviations';

/** The shipped lists (seed/lexicon/calendar-words.yaml), read once. */
export const CALENDAR_WORDS = parseYamlData(
  fs.readFileSync(fileURLToPath(new URL('./calendar-words.yaml', import.meta.url)), 'utf8'),
) as Record<Key, string[]>;

/** "Monday|Tuesday|…|Sunday": the weekdays as one regex alternation. */
export const WEEKDAY_ALT = CALENDAR_WORDS.weekdays.join('|');
/** "January|…|December": the months as one regex alternation. */
export const MONTH_ALT = CALENDAR_WORDS.months.join('|');
/** "Jan|Feb|…|Dec": every short form of a month, without its full stop. */
export const MONTH_ABBREVIATION_ALT = CALENDAR_WORDS.monthAbbreviations.join('|');
/** "Jan\.|Feb\.|Aug\.|…": the months news style shortens before a day, each with its full stop. */
export const NEWS_MONTH_ABBREVIATION_ALT = CALENDAR_WORDS.newsMonthAbbreviations.map((w) => `${w}\\.`).join('|');
