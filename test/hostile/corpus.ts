/**
 * Hostile articles, generated (not stored: several are megabytes). Each entry says what `check()`
 * must do with it: check it (and keep every offset right), or reject it with a typed error.
 * Deterministic: no randomness, so a failure names the same text every run.
 */
import type { InputErrorCode } from '../../src/schema/report.js';

export interface HostileCase {
  /** Also the article id. */
  name: string;
  text: string;
  /** The typed error expected for this article, or `null` when it must be checked. */
  error: InputErrorCode | null;
  /** Substrings that must appear in some claim's text (proves offsets are right in odd scripts). */
  claims?: readonly string[];
}

/** An ordinary article that rides along with every hostile one and must always be checked. */
export const NORMAL_ARTICLE = {
  id: 'normal',
  text: [
    'Dateline 2025-01-16 Northwire/ The city council approved the new harbour budget on Thursday, officials said.',
    '',
    '"We have secured 12 million dollars for the repairs," Mayor Anna Berg said at a press conference.',
    '',
    'The council voted 7 to 2 in favour of the plan, according to the minutes.',
  ].join('\n'),
};

const sentence = 'The council approved the budget on Thursday';

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Every hostile article. `big` ones (megabytes) are generated lazily by the same call. */
export function hostileCorpus(): HostileCase[] {
  const arabic = 'قال وزير الخارجية فؤاد حسين إن "الحكومة تجري محادثات مع الفصائل المسلحة" في بغداد.';
  const hebrew = 'ראש הממשלה אמר כי "המשא ומתן יימשך בשבוע הבא" בירושלים.';
  const emoji = 'The family 👨‍👩‍👧‍👦 cheered 🎉🏳️‍🌈 as Zoë Ça̧ñé said "We won 3 medals 🥇🥈🥉 today" at the stadium.';
  return [
    { name: 'long-line', text: repeatTo('word ', 1_000_000), error: null },
    { name: 'many-quotes', text: repeatTo('"', 5_000) + '\n' + repeatTo('“', 3_000) + repeatTo('”', 2_000), error: null },
    {
      name: 'quote-soup',
      text: repeatTo('He said "yes "no" “maybe ‘perhaps" ” \u2019 « nested “deeper ‘deepest’ ” » ', 50_000),
      error: null,
    },
    { name: 'unbalanced-open', text: `Officials said "the vote ${repeatTo('goes on and on ', 20_000)}`, error: null },
    { name: 'nested-deep', text: `${'“‘«'.repeat(3_000)}core${'»’”'.repeat(3_000)} he said.`, error: null },
    { name: 'arabic', text: `${arabic}\n\n${arabic}`, error: null, claims: ['الحكومة تجري محادثات'] },
    { name: 'hebrew', text: `${hebrew}\n\n${hebrew}`, error: null, claims: ['המשא ומתן יימשך'] },
    {
      name: 'mixed-scripts',
      text: `Minister Fuad Hussein (فؤاد حسين) told Москва and 東京 that "peace is near, שלום" on Monday.\n\n${arabic} ${emoji}`,
      error: null,
      claims: ['peace is near, שלום'],
    },
    { name: 'emoji-zwj-combining', text: `${emoji}\n\n${emoji.replace('3', '4')}`, error: null, claims: ['We won 3 medals 🥇🥈🥉 today'] },
    {
      name: 'zero-width',
      text: `The mayor\u200b said "the bridge\u200d will\u200c reopen\u2060 on Monday\ufeff" at noon.\u200b\u200b\u200b\n\n${'\u200b'.repeat(10_000)}`,
      error: null,
      claims: ['the bridge\u200d will\u200c reopen\u2060 on Monday\ufeff'],
    },
    {
      name: 'crlf',
      text: `${NORMAL_ARTICLE.text.replaceAll('\n', '\r\n')}\r\n\r\n"Second quote here," she said.\r\n`,
      error: null,
      claims: ['We have secured 12 million dollars for the repairs', 'Second quote here'],
    },
    { name: 'nul-bytes', text: `${sentence}.\u0000\u0000 More text "with a quote," he said.`, error: 'not-text' },
    { name: 'nul-late', text: `${repeatTo(`${sentence}. `, 10_000)}\u0000`, error: 'not-text' },
    { name: 'lone-high-surrogate', text: `${sentence} \ud83d and "a quote," he said.`, error: 'not-text' },
    { name: 'lone-low-surrogate', text: `${sentence} \ude00.`, error: 'not-text' },
    { name: 'over-limit', text: repeatTo(`${sentence}. `, 3_000_000), error: 'too-large' },
    { name: 'empty', text: '', error: 'empty' },
    { name: 'whitespace-only', text: ' \t\r\n\u00a0\u2003\n\n   ', error: 'empty' },
    { name: 'tiny-sentences', text: repeatTo('a. ', 30_000), error: null },
    { name: 'tiny-sentences-lines', text: repeatTo('x.\n', 30_000), error: null },
    { name: 'digits', text: repeatTo('1,234,567.89 ', 100_000), error: null },
    { name: 'dates', text: repeatTo('on Monday January 5, 2025 and ', 100_000), error: null },
    { name: 'capitals', text: repeatTo('Mr. John Smith Of The United Nations ', 200_000), error: null },
    { name: 'said-said', text: repeatTo('"Yes," he said. ', 100_000), error: null },
    { name: 'control-chars', text: repeatTo('\u0001\u0002\u0003abc', 4_000), error: 'not-text' },
  ];
}
