/**
 * A cheap, conservative test for "chrono could find something in this text". chrono runs each of
 * its ~20 parser patterns over a sentence and then its refiners, and reading every body sentence
 * that way was the largest single cost of extraction, though most sentences hold no date. Each of
 * chrono's English parsers needs one of the shapes below to match, so a sentence with none of them
 * gets no result from chrono and can skip it. The shapes are wider than chrono's own patterns
 * (fewer word-boundary checks, glued words allowed): a false "maybe" costs one chrono call, a false
 * "no" would lose a date.
 */

const W = '[^A-Za-z0-9_]'; // chrono's \W without the u flag
/** chrono's duration number words ("a few", "the", "couple of") and the "of" of "end of the month". */
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of';
/** chrono's time units, abbreviations included ("2 hrs", "this yr"). */
const UNIT = 'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y';
/**
 * What may follow a unit inside a match: a non-word character or the end, a digit, a word that ends
 * a duration ("ago", "later", "from now" ...), "and" before another unit, or a number word glued
 * to the next unit.
 */
const UNIT_TAIL =
  `(?:${W}|$|[0-9]|ago|before|earlier|later|after|from|henceforth|forward|out|and\\s{0,5}(?:[0-9]|${NUMBER_WORD})|` +
  `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|the|couple)\\s{0,3}(?:${UNIT}))`;
const MONTH = 'january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec';
const WEEKDAY = 'sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday';
const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';

/** Digits: clock times, slash and ISO dates, day numbers, years, "3 days". */
const DIGIT = /[0-9]/;
/**
 * A month or weekday name where chrono lets one start — after a non-word character, or glued to
 * "in", "of", an ordinal word's ending, "on", "this/last/past/next" — and end: before a non-word
 * character, an ordinal word ("May first"), or "of/this/last/past/next" ("Monday of next week").
 */
const CALENDAR_NAME = new RegExp(
  `(?:^|${W}|in|of|st|nd|rd|th|on|is|xt)(?:${MONTH}|${WEEKDAY})(?:${W}|$|${ORDINAL_WORD}|of|this|last|past|next)`,
  'i',
);
/** Casual dates and times: "yesterday", "tonight", "this morning", "last night" (spaced or not). */
const CASUAL = new RegExp(
  `(?:^|${W}|this)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night|night|morning|afternoon|evening|midnight|noon|midday)(?:${W}|$)`,
  'i',
);
/**
 * A duration chrono can read without digits: a number word, white space and a unit ("a few days",
 * "the end of the month"), a two-word number glued to its unit ("half an" + "d"), or a unit right
 * after "this/last/past/next" ("last year", "lasts").
 */
const DURATION = new RegExp(
  `(?:(?:${NUMBER_WORD})\\s{1,3}|half\\s{0,2}an?|few|couple\\s{0,2}(?:of)?)(?:${UNIT})${UNIT_TAIL}|` +
    `(?:this|last|past|next|after)\\s*(?:${UNIT})(?:${W}|$)`,
  'i',
);

/** False only when chrono's English parsers can find nothing in `text`. */
export function mayHoldChronoDate(text: string): boolean {
  return DIGIT.test(text) || CALENDAR_NAME.test(text) || CASUAL.test(text) || DURATION.test(text);
}
