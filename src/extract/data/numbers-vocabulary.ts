/**
 * General English vocabularies for reading quantities: number words, scales, hedges, units and
 * currencies. Data only, kept apart from the scanning code so it can grow without touching logic.
 */

/** Cardinal words below twenty. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Multiples of ten from twenty to ninety. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words that multiply what precedes them ("1.2 million", "two thousand"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Letter suffixes glued to digits ("2.5k", "$3bn", "$4m"). `m` only counts after a currency sign. */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['t', 1e12],
]);

/** Hedge phrases before a figure, longest first so "more than" wins over "more". */
export const HEDGES: readonly (readonly string[])[] = [
  ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['in', 'excess', 'of'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['as', 'few', 'as'], ['upwards', 'of'], ['more', 'than'], ['at', 'least'],
  ['up', 'to'], ['less', 'than'], ['fewer', 'than'], ['close', 'to'], ['nearly'], ['almost'],
  ['about'], ['approximately'], ['approx'], ['around'], ['roughly'], ['some'], ['over'], ['under'],
  ['estimated'], ['an', 'estimated'], ['just', 'over'], ['just', 'under'], ['well', 'over'],
  ['at', 'most'], ['below'], ['above'], ['circa'], ['almost', 'exactly'],
];

/** How a hedge bends the stated value: the interval of true values it still admits, as factors. */
export type HedgeDirection = 'around' | 'below' | 'above';

/** Which side of the stated value each hedge admits. Unlisted hedges read as "around". */
export const HEDGE_DIRECTION: ReadonlyMap<string, HedgeDirection> = new Map([
  ['more than', 'above'], ['at least', 'above'], ['over', 'above'], ['upwards of', 'above'],
  ['in excess of', 'above'], ['no fewer than', 'above'], ['no less than', 'above'], ['just over', 'above'],
  ['well over', 'above'], ['above', 'above'], ['as many as', 'below'], ['as much as', 'below'],
  ['up to', 'below'], ['nearly', 'below'], ['almost', 'below'], ['less than', 'below'],
  ['fewer than', 'below'], ['under', 'below'], ['just under', 'below'], ['at most', 'below'],
  ['below', 'below'], ['close to', 'below'],
]);

/**
 * Measurement units: surface word → canonical unit and factor to the canonical unit's base, so
 * "50 miles" and "80 km" compare. `group` names the dimension; only same-group units compare.
 */
export interface UnitInfo {
  unit: string;
  group: string;
  /** Multiply by this to get the group's base unit. */
  factor: number;
}

const u = (unit: string, group: string, factor: number): UnitInfo => ({ unit, group, factor });

export const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ['percent', u('percent', 'percent', 1)], ['per cent', u('percent', 'percent', 1)], ['%', u('percent', 'percent', 1)],
  ['pct', u('percent', 'percent', 1)], ['percentage points', u('points', 'points', 1)],
  ['km', u('km', 'length', 1000)], ['kms', u('km', 'length', 1000)], ['kilometer', u('km', 'length', 1000)],
  ['kilometers', u('km', 'length', 1000)], ['kilometre', u('km', 'length', 1000)], ['kilometres', u('km', 'length', 1000)],
  ['mile', u('miles', 'length', 1609.344)], ['miles', u('miles', 'length', 1609.344)],
  ['m', u('m', 'length', 1)], ['meter', u('m', 'length', 1)], ['meters', u('m', 'length', 1)],
  ['metre', u('m', 'length', 1)], ['metres', u('m', 'length', 1)], ['feet', u('ft', 'length', 0.3048)],
  ['foot', u('ft', 'length', 0.3048)], ['ft', u('ft', 'length', 0.3048)], ['yards', u('yd', 'length', 0.9144)],
  ['kg', u('kg', 'mass', 1)], ['kilogram', u('kg', 'mass', 1)], ['kilograms', u('kg', 'mass', 1)],
  ['kilos', u('kg', 'mass', 1)], ['pounds', u('lb', 'mass', 0.45359237)], ['lb', u('lb', 'mass', 0.45359237)],
  ['lbs', u('lb', 'mass', 0.45359237)], ['tons', u('t', 'mass', 1000)], ['tonnes', u('t', 'mass', 1000)],
  ['ton', u('t', 'mass', 1000)], ['tonne', u('t', 'mass', 1000)],
  ['year', u('years', 'years', 1)], ['years', u('years', 'years', 1)], ['yrs', u('years', 'years', 1)],
  ['month', u('months', 'months', 1)], ['months', u('months', 'months', 1)],
  ['week', u('weeks', 'days', 7)], ['weeks', u('weeks', 'days', 7)],
  ['day', u('days', 'days', 1)], ['days', u('days', 'days', 1)],
  ['hour', u('hours', 'seconds', 3600)], ['hours', u('hours', 'seconds', 3600)],
  ['minute', u('minutes', 'seconds', 60)], ['minutes', u('minutes', 'seconds', 60)],
  ['second', u('seconds', 'seconds', 1)], ['seconds', u('seconds', 'seconds', 1)],
  ['people', u('people', 'people', 1)], ['persons', u('people', 'people', 1)], ['person', u('people', 'people', 1)],
  ['individuals', u('people', 'people', 1)],
  ['magnitude', u('magnitude', 'magnitude', 1)],
]);

/** Currency words and codes → ISO-ish lower-case code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'usd'], ['dollars', 'usd'], ['usd', 'usd'], ['euro', 'eur'], ['euros', 'eur'], ['eur', 'eur'],
  ['pound', 'gbp'], ['pounds sterling', 'gbp'], ['gbp', 'gbp'], ['yen', 'jpy'], ['jpy', 'jpy'],
  ['yuan', 'cny'], ['cny', 'cny'], ['rupees', 'inr'], ['inr', 'inr'], ['rubles', 'rub'], ['roubles', 'rub'],
  ['dinars', 'dinar'], ['riyals', 'riyal'], ['francs', 'franc'],
]);

/** Currency signs before a figure. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₹', 'inr'], ['₽', 'rub'],
]);

/** Words after a figure that make it a clock time, not a quantity ("1400 GMT", "10 a.m."). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', "o'clock", 'est', 'edt', 'cet', 'cest', 'bst', 'pst', 'pdt', 'hrs', 'local',
]);

/** Month names and abbreviations: a figure next to one is a day of a date, not a quantity. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words before a bare four-digit figure that make it a year ("in 2023", "since 2020"). */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid',
  'year', 'the', 'through', 'to', 'and', 'or', 'between', 'fiscal', 'circa', 'c',
]);

/** Words before a figure that make it a label, not a quantity ("No. 5", "Section 3", "Flight 17"). */
export const LABEL_CUES: ReadonlySet<string> = new Set([
  'no', 'number', 'section', 'article', 'chapter', 'page', 'pages', 'flight', 'route', 'room', 'resolution', 'item',
  'level', 'phase', 'grade', 'version', 'act', 'paragraph', 'clause', 'vol', 'volume', 'issue', 'episode', 'season',
  'highway', 'line', 'gate', 'apartment', 'unit', 'suite', 'channel', 'category', 'class', 'platform', 'box',
]);

/** Words that can stand as a counted noun but read a figure as something else (a pronoun use of "one"). */
export const ONE_BLOCKERS_BEFORE: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'someone', 'anyone', 'everyone', 'such', 'another',
]);

/** Nouns whose plural does not end in "s" but that are common counted nouns. */
export const IRREGULAR_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'deer', 'aircraft',
  'troops', 'militia', 'crew', 'livestock', 'mice', 'geese', 'teeth', 'feet', 'dead', 'injured', 'wounded', 'missing',
]);

/**
 * Concept folding for the words around a figure: stems that name the same thing in news copy
 * ("killing" / "dead" / "death toll"). General vocabulary, not story words.
 */
export const ANCHOR_CONCEPTS: ReadonlyMap<string, string> = new Map([
  ['kill', 'death'], ['dead', 'death'], ['death', 'death'], ['die', 'death'], ['di', 'death'], ['toll', 'death'],
  ['fatal', 'death'], ['fatality', 'death'], ['perish', 'death'],
  ['injur', 'injur'], ['wound', 'injur'], ['hurt', 'injur'], ['injuri', 'injur'],
  ['arrest', 'arrest'], ['detain', 'arrest'], ['detent', 'arrest'],
  ['evacu', 'evacu'], ['displac', 'evacu'], ['homeless', 'evacu'],
  ['soldier', 'troop'], ['troop', 'troop'], ['personnel', 'troop'],
  ['earthquak', 'quak'], ['quak', 'quak'], ['tremor', 'quak'],
]);

/** The unit given to each side of a score or vote tally ("a 7–2 vote", "beat them 3-1", "23 votes to 14"). */
export const TALLY_UNIT = 'score';

/** Nouns right after a pair of figures that make it a score or tally, not a range ("a 3-2 win", "a 5-4 vote"). */
export const TALLY_NOUNS: ReadonlySet<string> = new Set([
  'vote', 'votes', 'win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'draw', 'decision',
  'ruling', 'verdict', 'majority', 'margin', 'lead', 'scoreline', 'score', 'result', 'split', 'tally',
]);

/** Words shortly before a pair of figures that make it a score or tally ("voted 5-4", "beat the visitors 3-1", "won 2-0"). */
export const TALLY_CUES: ReadonlySet<string> = new Set([
  'vote', 'voted', 'votes', 'voting', 'beat', 'beats', 'beaten', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'defeated',
  'defeat', 'drew', 'draw', 'edged', 'thrashed', 'routed', 'trounced', 'led', 'leads', 'lead', 'trailed', 'trail',
  'score', 'scored', 'passed', 'approved', 'rejected', 'ruled', 'backed', 'margin', 'tally',
]);
