/** News agencies whose stories other outlets copy and rewrite. A general vocabulary, not a story's. */
export const WIRE_AGENCIES: readonly string[] = [
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'AAP',
  'Australian Associated Press',
  'dpa',
  'Deutsche Presse-Agentur',
  'ANSA',
  'EFE',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'TASS',
  'Anadolu',
  'PTI',
  'Press Trust of India',
  'UPI',
  'United Press International',
  'Bloomberg',
  'Canadian Press',
  'Press Association',
  'PA Media',
  'IANS',
  'ANI',
];

/** Words that make a name a news organisation ("The Morning Gazette", "Channel 9 TV"). */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'press', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'telegraph',
  'guardian', 'agency', 'wire', 'radio', 'tv', 'television', 'broadcasting', 'magazine', 'reporter',
  'chronicle', 'observer', 'newspaper', 'channel', 'network', 'newswire', 'dispatch', 'bulletin',
  'reuters', 'bloomberg', 'xinhua', 'afp', 'ap',
]);

/** Cues before an outlet's name that credit it as a source ("told Reuters", "according to AP"). */
export const CITATION_CUES: readonly string[] = [
  'according to',
  'told',
  'interview with',
  'via',
  'source:',
  'source »',
  'original source:',
  'reported by',
  'cited by',
  'said in an interview with',
  'speaking to',
  'quoted by',
];
