/**
 * A cheap, conservative test for "chrono could find something in this text". chrono runs each of
 * its ~20 parser patterns over a sentence and then its refiners, and reading every body sentence
 * that way was the largest single cost of extraction, though most sentences hold no date. Each of
 * chrono's English parsers needs one of the shapes below to match, so a sentence with none of them
 * gets no result from chrono and can skip it. The shapes are wider than chrono's own patterns
 * (fewer word-boundary checks, glued words allowed): a false "maybe" costs one chrono call, a false
 * "no" would lose a date. `[^A-Za-z0-9_]` is chrono's `\W` (its patterns have no u flag).
 */

/**
 * Digits in a shape that can become a date (a clock time alone never does: extraction drops it, so
 * "at 9:30" or "31 people" need no chrono call). A slash between digits ("5/12", "3/2024"); three
 * digit groups joined by `-`, `.`, `/` or white space (ISO, "12.05.24", "2024 5 10"); digits glued
 * to a month or weekday name, which the name trigger below reads only after a non-word character
 * ("5May", "May2024"); a year with an era glued to a month name ("13 ADMay"); or digits before one of chrono's time units, ended the way the duration
 * trigger ends one ("3 days ago", "5 quarters later", "-3 d"). Any other date that holds digits
 * also holds a name, a casual word or a word duration, which the other triggers catch.
 */
const DIGIT_DATE =
  /[0-9]\/[0-9]|[0-9][-./\s][0-9]{1,2}[-./\s][0-9]|[0-9]\s{0,2}(?:bc|ad|be|ce)|[0-9](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week)|(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)[0-9]|[0-9]\s{0,3}(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)(?:[^A-Za-z0-9_]|$|[0-9]|ago|before|earlier|later|after|from|henceforth|forward|out|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)/i;

/**
 * A month or weekday name where chrono lets one start — after a non-word character, or glued to
 * "in", "of", an ordinal word's ending, "on", "this/last/past/next" — and end: before a non-word
 * character, an ordinal word ("May first"), or "of/this/last/past/next" ("Monday of next week").
 */
const CALENDAR_NAME =
  /(?:^|[^A-Za-z0-9_]|in|of|st|nd|rd|th|on|is|xt)(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)(?:[^A-Za-z0-9_]|$|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty|of|this|last|past|next)/i;

/** Casual dates and times: "yesterday", "tonight", "this morning", "last night" (spaced or not). */
const CASUAL =
  /(?:^|[^A-Za-z0-9_]|this)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night|night|morning|afternoon|evening|midnight|noon|midday)(?:[^A-Za-z0-9_]|$)/i;

/**
 * A duration chrono can read without digits. chrono skips a number and unit written as one word
 * ("thes"), so a duration needs a number word ("a", "few", "the", "couple of" …), white space and
 * one of chrono's units, abbreviations included ("a few days", "the end of the month"), or a
 * two-word number glued to its unit ("half an" + "d"). After the unit comes a non-word character
 * or the end, a digit, a word that ends a duration ("ago", "later", "from now" …), "and" before a
 * further number, or a number word glued to a further unit ("the m" + "one" + "y").
 */
const DURATION =
  /(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{1,3}|half\s{0,2}an?|few|couple\s{0,2}(?:of)?)(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)(?:[^A-Za-z0-9_]|$|[0-9]|ago|before|earlier|later|after|from|henceforth|forward|out|and\s{0,5}(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|the|couple)\s{0,3}(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y))/i;

/** A unit right after "this/last/past/next/after", spaced or glued ("last year", "lasts"). */
const RELATIVE_UNIT =
  /(?:this|last|past|next|after)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)(?:[^A-Za-z0-9_]|$)/i;

/** False only when chrono's English parsers can find nothing in `text`. */
export function mayHoldChronoDate(text: string): boolean {
  return DIGIT_DATE.test(text) || CALENDAR_NAME.test(text) || CASUAL.test(text) || DURATION.test(text) || RELATIVE_UNIT.test(text);
}
