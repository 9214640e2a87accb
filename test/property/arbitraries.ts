/**
 * Article generators for the property tests: news-like text built from pieces that exercise every
 * extractor (quotes, speakers, figures, dates, names), and plain hostile strings.
 */
import fc from 'fast-check';

/** Runs per property: `FUZZ_RUNS` (npm run fuzz sets 2000), a modest default so the suite stays fast. */
export const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 60;
/** A fixed seed, so a failure in CI replays the same way (`FUZZ_SEED` overrides it). */
export const SEED = Number(process.env.FUZZ_SEED) || 20250116;

const pieces = [
  'The council approved the budget',
  'Mayor Anna Berg said',
  'he said.',
  ', she told Reuters.',
  'according to officials',
  '"We will rebuild the bridge,"',
  '“We will not rebuild the bridge,”',
  '‘nested’',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  'at least 12 people',
  '2,500',
  'about 3 million dollars',
  'on Thursday',
  'January 8, 2025',
  'last week',
  'Fuad Hussein',
  'Fouad Hussein',
  'Reuters',
  '.',
  ',',
  ':',
  ';',
  '—',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u200b',
  'قال الوزير',
  'שלום',
  '👨‍👩‍👧',
  'e\u0301',
  '🥇',
  'U.S.',
  'Dr.',
  '...',
  '…',
];

/** Text made of news-like pieces joined by spaces (or nothing). */
export const newsText = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', ' ')), { maxLength: 60 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Any UTF-16 string, lone surrogates and control characters included. */
export const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Mostly news-like text, sometimes hostile. */
export const articleText = fc.oneof({ arbitrary: newsText, weight: 4 }, { arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }), weight: 1 }, { arbitrary: anyText, weight: 1 });

/** 1–4 articles with distinct ids. */
export const articleSet = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('wire', 'copy', 'daily', 'radio', 'blog', 'post'), text: articleText }),
  { minLength: 1, maxLength: 4, selector: (a) => a.id },
);

/** Inputs that are not even articles: what a JSON file might hold. */
export const junkInput = fc.oneof(fc.anything(), fc.record({ id: fc.string(), text: fc.anything() }));
