/**
 * A cheap, conservative test for "chrono could find a date in this text". chrono runs each of
 * its ~20 parser patterns over a sentence and then its refiners, and reading every body sentence
 * that way was the largest single cost of extraction, though most sentences hold no date. Each of
 * chrono's English parsers that can fix a day, month, year or weekday needs one of the shapes below
 * to match, so a sentence with none of them gets no date from chrono (at most a clock time, which
 * extraction drops) and can skip it. The shapes are wider than chrono's own patterns
 * (fewer word-boundary checks, glued words allowed): a false "maybe" costs one chrono call, a false
 * "no" would lose a date. `[^A-Za-z0-9_]` is chrono's `\W` (its patterns have no u flag).
 */

/**
 * Digits in a shape that can become a date (a clock time alone never does: extraction drops it, so
 * "at 9:30" or "31 people" need no chrono call). A slash between digits ("5/12", "3/2024"); three
 * digit groups joined by `-`, `.`, `/` or white space (ISO, "12.05.24", "2024 5 10"); digits glued
 * to a month or weekday name, which the name trigger below reads only after a non-word character
 * ("5May", "May2024"); or a year with an era glued to a month name ("13 ADMay"). Digits as the number of a duration
 * are left to the duration triggers. Any other date that holds digits also holds a name or a
 * casual word, which the other triggers catch.
 */
const DIGIT_DATE =
  /[0-9]\/[0-9]|[0-9][-./\s][0-9]{1,2}[-./\s][0-9]|[0-9]\s{0,2}(?:bc|ad|be|ce)|[0-9](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week)|(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)[0-9]/i;

/**
 * A month or weekday name where chrono lets one start — after a non-word character, or glued to
 * "in", "of", an ordinal word's ending, "on", "this/last/past/next" — and end: before a non-word
 * character, an ordinal word ("May first"), or "of/this/last/past/next" ("Monday of next week").
 */
const CALENDAR_NAME =
  /(?:^|[^A-Za-z0-9_]|in|of|st|nd|rd|th|on|is|xt)(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec|sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday)(?:[^A-Za-z0-9_]|$|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty|of|this|last|past|next)/i;

/**
 * Casual dates: "yesterday", "tonight", "last night" (spaced or not). Casual times ("this morning",
 * "at noon", "night") give chrono an hour and no day, so they alone make no date.
 */
const CASUAL = /(?:^|[^A-Za-z0-9_])(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?:[^A-Za-z0-9_]|$)/i;

/** "the end of the month", "last day of month". */
const END_OF_MONTH = /(?:day|end)\s+of\s+(?:the\s+)?month/i;

/**
 * A duration chrono reads: a number (digits or a number word, "a", "few", "the", "couple of" …)
 * and one of its units, abbreviations included. chrono reads one only after "within/in/for" or
 * "this/last/past/next/after/+/-" (maybe with "about", "around" …) in front of its first unit, or
 * before "ago/before/earlier/later/after/from now/henceforth/forward/out" after its last: "a month"
 * or "31 years" alone is no date. After a cue, the unit ends at a non-word character, a digit,
 * "and", or a number word glued to a further unit ("in the m" + "one" + "y"). Spaces and word
 * edges before are not checked (a wider net); before a closing cue, the last digit of a number
 * is enough (a digit run read from each of its digits would be quadratic).
 */
const DURATION_AFTER_CUE =
  /(?:within|in|for|this|last|past|next|after|[+-])\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s{0,3})?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+(?:\.[0-9]+)?|half(?:\s{0,2}an?)?|an?(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)\s{0,3}(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)(?:[^A-Za-z0-9_]|$|[0-9]|and|an?(?:[^A-Za-z0-9_]|$)|a?\s{0,2}couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|several|the)/i;
const DURATION_BEFORE_CUE =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]|half(?:\s{0,2}an?)?|an?(?:\s{0,2}few)?|few|several|the|couple\s{0,2}(?:of)?)\s{0,3}(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)\s{0,5}(?:ago|before|earlier|later|after|from|henceforth|forward|out)/i;

/** A unit right after "this/last/past/next/after", spaced or glued ("last year", "lasts"). */
const RELATIVE_UNIT =
  /(?:this|last|past|next|after)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wk|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)(?:[^A-Za-z0-9_]|$)/i;

/** False only when chrono's English parsers can find no date (a day, month, year or weekday) in `text`. */
export function mayHoldChronoDate(text: string): boolean {
  return (
    DIGIT_DATE.test(text) ||
    CALENDAR_NAME.test(text) ||
    CASUAL.test(text) ||
    RELATIVE_UNIT.test(text) ||
    DURATION_BEFORE_CUE.test(text) ||
    DURATION_AFTER_CUE.test(text) ||
    END_OF_MONTH.test(text)
  );
}
