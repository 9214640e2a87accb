import type { NormalizedArticle, Paragraph } from '../normalize/types.js';
import { scanQuotations, type QuotationSpan } from '../normalize/quotation-marks.js';
import type { QuoteClaim, ReportedClaim, Speaker } from '../schema/claim.js';
import type { Span } from '../schema/span.js';
import { cueAfter, cueBefore, leadingSubject, verbOf, subjectBefore, type Cue } from './attribution.js';
import { isCitedWord } from './cited-words.js';
import { WEAK_VERBS } from './data/speech.js';
import { indexPeople, type PeopleIndex } from './people.js';
import { newerTopic, paragraphDistance, resolveSpeaker, type Discourse, type Place } from './resolve-speaker.js';
import { firstWordsIn, wordsInParagraph } from './words.js';

/** Quotes and reported speech of one article, found in one pass so "he said" can follow the story. */
export interface Speech {
  quotes: QuoteClaim[];
  reported: ReportedClaim[];
  people: PeopleIndex;
}

interface Unit extends Span {
  paragraph: number;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && ' \n\t\r,'.includes(text[s]!)) s++;
  while (e > s && ' \n\t\r'.includes(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Sentences of body paragraphs, and whole chrome paragraphs, in text order. */
function unitsOf(doc: NormalizedArticle): Unit[] {
  const units: Unit[] = doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph }));
  doc.paragraphs.forEach((p, k) => {
    if (p.kind === 'chrome') units.push({ start: p.start, end: p.end, paragraph: k });
  });
  return units.sort((a, b) => a.start - b.start);
}

function lastSentenceOf(doc: NormalizedArticle, paragraph: number): Unit | null {
  let found: Unit | null = null;
  for (const s of doc.sentences) if (s.paragraph === paragraph) found = { ...s };
  return found;
}

/** First and last colon offset of a paragraph, relative to its start (-1 when none). */
const paragraphColons = new WeakMap<Paragraph, { first: number; last: number }>();

/** `"Mayor: Council not afraid of ‘reckless’ rival"`, `"…: Swiss envoy"`: a headline naming its speaker by a colon. */
function headlineColonSubject(text: string, para: Paragraph, q: QuotationSpan): Span | null {
  // Colons found once per paragraph and at most four words counted: done per quotation over the
  // whole paragraph, a paragraph of thousands of quotations was quadratic.
  let colons = paragraphColons.get(para);
  if (!colons) {
    const line = text.slice(para.start, para.end);
    colons = { first: line.indexOf(':'), last: line.lastIndexOf(':') };
    paragraphColons.set(para, colons);
  }
  const { first, last } = colons;
  if (last > 0 && para.start + last > q.end) {
    const tail = trimmed(text, para.start + last + 1, para.end);
    const n = firstWordsIn(text, tail.start, tail.end, 4).length;
    if (n >= 1 && n <= 3) return tail;
  }
  if (first > 0 && para.start + first < (q.open >= 0 ? q.open : q.start)) {
    const head = trimmed(text, para.start, para.start + first);
    const n = firstWordsIn(text, head.start, head.end, 4).length;
    if (n >= 1 && n <= 3 && !/^(read|watch|via|related|update|breaking)/i.test(text.slice(head.start, head.end))) return head;
  }
  return null;
}

function isPartial(text: string, q: QuotationSpan, unit: Span, cue: Cue | null): boolean {
  if (q.open < 0) return false;
  let i = q.open - 1;
  while (i >= unit.start && ' \n\t'.includes(text[i]!)) i--;
  if (i < unit.start) return false;
  const ch = text[i]!;
  if (':,\u2014\u2013'.includes(ch) || '"\u201C\u2018\''.includes(ch)) return false;
  if (cue?.verbSpan && cue.verbSpan.end === i + 1) return false;
  const first = text[q.start]!;
  const startsLower = first === first.toLowerCase() && first !== first.toUpperCase();
  if (text.slice(Math.max(unit.start, i - 3), i + 1).toLowerCase().endsWith('that') && !startsLower) return false;
  return true;
}

/** Index of the first quotation at or after (`paragraph`, `start`) in a list in text order. */
function lowerBound(list: readonly QuotationSpan[], paragraph: number, start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = list[mid]!;
    if (q.paragraph < paragraph || (q.paragraph === paragraph && q.start < start)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The quotations inside a unit, in order. `quotations` is in text order (paragraph, then start),
 * so this is a binary search: filtering the whole list for every sentence was quadratic.
 */
function quotationsIn(quotations: readonly QuotationSpan[], unit: Span & { paragraph: number }): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  for (let i = lowerBound(quotations, unit.paragraph, unit.start); i < quotations.length; i++) {
    const q = quotations[i]!;
    if (q.paragraph !== unit.paragraph || q.start >= unit.end) break;
    if (q.end <= unit.end) out.push(q);
  }
  return out;
}

/** The first quotation of `top` (sorted by start) starting after `pos`. */
function firstAfter(top: readonly QuotationSpan[], pos: number): QuotationSpan | undefined {
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return top[lo];
}

/**
 * Find the quotes and reported speech of an article with their speakers. Walks sentences in
 * order, keeping the last speaker so that a quotation with no cue continues the previous one and
 * "he" resolves to the person the text is about.
 */
export function extractSpeech(doc: NormalizedArticle): Speech {
  const text = doc.text;
  const people = indexPeople(doc);
  const quotations = doc.quotations ?? scanWhole(doc);
  // text order for the binary search in quotationsIn (stable: already in that order in practice)
  const ordered = [...quotations].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  // Ordinal of each paragraph among body paragraphs: distances between speakers skip furniture.
  const bodyOrdinal: number[] = [];
  let bodies = 0;
  for (const p of doc.paragraphs) bodyOrdinal.push(p.kind === 'body' ? bodies++ : bodies);
  const discourse: Discourse = { last: null, distance: (from, to) => (bodyOrdinal[to] ?? to) - (bodyOrdinal[from] ?? from) };
  const quotes: QuoteClaim[] = [];
  const reported: ReportedClaim[] = [];
  const groupIds = new Map<number, string>();
  const dropped = new Set<number>();
  const claimOf = new Map<QuoteClaim, number>();
  let quotationCount = 0;
  const quotationId = (group: number): string => {
    let id = groupIds.get(group);
    if (!id) groupIds.set(group, (id = `${doc.id}#quotation${++quotationCount}`));
    return id;
  };

  // one test for the whole article, not a closure per sentence
  const quoted = (pos: number): boolean => insideAny(quotations, pos);
  for (const unit of unitsOf(doc)) {
    const para = doc.paragraphs[unit.paragraph]!;
    const place: Place = { paragraph: unit.paragraph, sentenceStart: unit.start, quoted };
    const titleCase = para.headline === true;
    const inUnit = quotationsIn(ordered, unit);
    const top = topLevel(inUnit);
    if (para.kind === 'body') noteTopic(text, unit, inUnit, people, discourse);
    let prevEnd = unit.start;
    let prevQuote: { claim: QuoteClaim; endsOpen: boolean } | null = null;
    let fullQuote = false;
    for (let k = 0; k < inUnit.length; k++) {
      const q = inUnit[k]!;
      const parent = q.parent >= 0 ? quotations[q.parent]! : null;
      const scope: Span = parent ? { start: parent.start, end: parent.end } : unit;
      const openAt = q.open >= 0 ? q.open : q.start;
      const closeEnd = q.close >= 0 ? q.close + 1 : q.end;
      const nextTop = parent ? null : firstAfter(top, q.start);
      const afterEnd = nextTop ? (nextTop.open >= 0 ? nextTop.open : nextTop.start) : scope.end;
      const beforeStart = parent ? scope.start : prevEnd;
      if (!parent) prevEnd = closeEnd;
      if (isCitedWord(text, q.open, q.start, q.end, para)) continue;

      let cue = cueAfter(text, closeEnd, afterEnd);
      let via: Cue | null = cue?.subject ? cue : null;
      let before = cueBefore(text, beforeStart, openAt, titleCase);
      // "…, noting there were “no concerns”": a participle takes the subject of the clause before it
      let upTo = before?.verb && !before.subject && before.verbSpan ? before.verbSpan.start : -1;
      for (let tries = 0; before && upTo > beforeStart && tries < 4; tries++) {
        const earlier = cueBefore(text, beforeStart, upTo, titleCase);
        if (!earlier?.verbSpan) break;
        if (earlier.subject) {
          before = { ...earlier, verb: before.verb, verbSpan: before.verbSpan };
          break;
        }
        upTo = earlier.verbSpan.start;
      }
      if (!via && before?.subject) via = before;
      if (parent && (!via || isPartial(text, q, scope, before))) continue; // a quotation inside a quotation, not given as its own speaker's words
      if (parent) dropped.add(q.parent); // the outer quotation only carries this speaker's words
      let sp: Speaker | null = via?.subject ? resolveSpeaker(text, via.subject, people, place, discourse) : null;
      if (!sp && (cue?.verb || before?.verb)) {
        const lead = leadingSubject(text, unit.start, openAt);
        if (lead) sp = resolveSpeaker(text, lead, people, place, discourse);
      }
      let context: Span | null = before ? trimmed(text, beforeStart, openAt) : null;
      if (!sp && !before && openAt <= unit.start + 1 && unit.paragraph > 0 && !cue) {
        // a block quotation introduced by the previous paragraph ("The paper added:")
        const prevPara = doc.paragraphs[unit.paragraph - 1]!;
        const prevText = text.slice(prevPara.start, prevPara.end).trimEnd();
        const intro = prevText.endsWith(':') ? lastSentenceOf(doc, unit.paragraph - 1) : null;
        if (intro) {
          const c = cueBefore(text, intro.start, intro.end);
          if (c?.subject) {
            sp = resolveSpeaker(text, c.subject, people, { paragraph: intro.paragraph, sentenceStart: intro.start }, discourse);
            context = trimmed(text, intro.start, intro.end);
            via = c;
          }
        }
      }
      if (!sp) {
        const colon = headlineColonSubject(text, para, q);
        if (colon) sp = resolveSpeaker(text, colon, people, place, discourse);
      }
      if (!sp) {
        const lead = leadingSubject(text, unit.start, openAt);
        if (lead && lead.end < openAt) sp = resolveSpeaker(text, lead, people, place, discourse);
      }
      const topic = sp ? null : newerTopic(discourse, unit.paragraph);
      if (topic) sp = { name: topic.name, span: null, entity: null, via: 'context' };
      if (!sp && discourse.last && paragraphDistance(discourse, discourse.last.paragraph, unit.paragraph) <= 1) sp = { ...discourse.last.speaker, span: null, via: 'previous' };
      if (!sp) sp = salient(people, discourse);
      if (!cue?.verb && before?.verb) cue = before;

      const partial = isPartial(text, q, unit, before);
      if (!partial && !parent) fullQuote = true;
      const group = prevQuote && !prevQuote.endsOpen && !parent ? null : q.group;
      const claim: QuoteClaim = {
        id: '',
        article: doc.id,
        type: 'quote',
        span: { start: q.start, end: q.end },
        text: text.slice(q.start, q.end),
        speaker: sp,
        verb: cue?.verb ?? via?.verb ?? null,
        partial,
        elided: q.end > q.start && (text.slice(q.start, q.end).includes('\u2026') || text.slice(q.start, q.end).includes('...')),
        quotation: group === null && prevQuote ? prevQuote.claim.quotation : quotationId(q.group),
        sentence: { start: unit.start, end: unit.end },
        context: context && context.end > context.start ? { span: context, text: text.slice(context.start, context.end) } : null,
      };
      quotes.push(claim);
      claimOf.set(claim, quotations.indexOf(q));
      // `"We will," she said, "win."`: the next piece continues this quotation when it ends on a comma
      const lastChar = text[q.end - 1];
      prevQuote = !parent ? { claim, endsOpen: lastChar !== ',' } : prevQuote;
      if (sp) discourse.last = { speaker: sp, paragraph: unit.paragraph, at: unit.start };
    }
    if (para.kind !== 'body' || fullQuote) continue;
    const r = reportedIn(doc, unit, people, place, discourse, inUnit);
    if (r) {
      reported.push(r);
      if (r.speaker) discourse.last = { speaker: r.speaker, paragraph: unit.paragraph, at: unit.start };
    }
  }
  const kept = quotes.filter((c) => !dropped.has(claimOf.get(c) ?? -1));
  quotes.length = 0;
  quotes.push(...kept);
  quotes.sort((a, b) => a.span.start - b.span.start);
  quotes.forEach((q, k) => (q.id = `${doc.id}#q${k + 1}`));
  reported.forEach((r, k) => (r.id = `${doc.id}#r${k + 1}`));
  return { quotes, reported, people };
}

/** Remember the person a sentence opens with ("Board chair Jo Bloggs defended the deal."). */
function noteTopic(text: string, unit: Unit, inUnit: readonly QuotationSpan[], people: PeopleIndex, discourse: Discourse): void {
  const first = inUnit.find((q) => q.depth === 0);
  const upTo = first ? (first.open >= 0 ? first.open : first.start) : unit.end;
  const lead = leadingSubject(text, unit.start, upTo);
  if (!lead) return;
  const m = people.mentions.find((x) => x.start >= lead.start && x.end <= lead.end && x.person.kind === 'person' && x.person.evidence > 0);
  if (m) discourse.topic = { person: m.person, paragraph: unit.paragraph, at: unit.start };
}

function salient(people: PeopleIndex, discourse: Discourse): Speaker | null {
  if (discourse.last) return { ...discourse.last.speaker, span: null, via: 'context' };
  let best = null;
  for (const p of people.people) if (p.kind === 'person' && p.evidence > 0 && (!best || p.mentions.length > best.mentions.length)) best = p;
  return best ? { name: best.name, span: null, entity: null, via: 'context' } : null;
}

function scanWhole(doc: NormalizedArticle): QuotationSpan[] {
  const idx: number[] = [];
  doc.paragraphs.forEach((p, k) => {
    if (p.kind === 'body' || p.kind === 'chrome') idx.push(k);
  });
  return scanQuotations(doc.text, idx.map((k) => doc.paragraphs[k]!)).map((q) => ({ ...q, paragraph: idx[q.paragraph]!, parent: q.parent }));
}

/** True when `pos` lies inside one of `spans`. */
function insideAny(spans: readonly Span[], pos: number): boolean {
  for (const q of spans) if (q.start <= pos && pos < q.end) return true;
  return false;
}

function topLevel(inUnit: readonly QuotationSpan[]): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  for (const q of inUnit) if (q.depth === 0) out.push(q);
  return out;
}

/** What a reported-speech claim of one sentence is read against. */
interface ReportedAt {
  doc: NormalizedArticle;
  unit: Unit;
  people: PeopleIndex;
  place: Place;
  discourse: Discourse;
}

/** The claim for "subject verb content" in `at.unit`, or null when no speaker resolves or the content is too short. */
function makeReported(at: ReportedAt, subject: Span, verb: string, content: Span): ReportedClaim | null {
  const { doc, unit } = at;
  const text = doc.text;
  const sp = resolveSpeaker(text, subject, at.people, at.place, at.discourse);
  const c = trimmed(text, content.start, content.end);
  if (!sp || c.end - c.start < 8) return null;
  return {
    id: '', article: doc.id, type: 'reported', span: { start: unit.start, end: unit.end }, text: text.slice(unit.start, unit.end),
    speaker: sp, verb, content: { span: c, text: text.slice(c.start, c.end) },
  };
}

/**
 * Reported speech in a sentence: "X said (that) …", "…, he said.", "According to X, …". The
 * content is the reported words without the attribution.
 */
function reportedIn(doc: NormalizedArticle, unit: Unit, people: PeopleIndex, place: Place, discourse: Discourse, quotes: QuotationSpan[]): ReportedClaim | null {
  const text = doc.text;
  const words = wordsInParagraph(text, doc.paragraphs[unit.paragraph]!, unit.start, unit.end);
  if (words.length < 4) return null;
  const at: ReportedAt = { doc, unit, people, place, discourse };
  // "According to X, …"
  if (words[0]!.lower === 'according' && words[1]?.lower === 'to') {
    const comma = text.indexOf(',', words[1]!.end);
    if (comma > 0 && comma < unit.end) {
      const r = makeReported(at, { start: words[2]!.start, end: comma }, 'according to', { start: comma + 1, end: unit.end });
      if (r) return r;
    }
  }
  // "…, Foreign Minister Ana Pol said." / "…, he said."
  const lastComma = text.lastIndexOf(',', unit.end);
  if (lastComma > unit.start) {
    const tail = words.filter((w) => w.start > lastComma);
    const v = tail.findIndex((w, k) => k <= 6 && verbOf(tail, k) !== null && !w.lower.endsWith('ing'));
    if (v > 0 && tail.length - v <= 10) {
      const verb = verbOf(tail, v)!;
      const r = makeReported(at, { start: tail[0]!.start, end: tail[v - 1]!.end }, verb, { start: unit.start, end: lastComma });
      if (r && !insideAny(quotes, tail[0]!.start)) return r;
    }
  }
  // "X said (that) …"
  for (let k = 1; k < words.length && k < 25; k++) {
    const verb = verbOf(words, k);
    if (!verb || words[k]!.lower.endsWith('ing') || insideAny(quotes, words[k]!.start)) continue;
    if (text.slice(words[k - 1]!.end, words[k]!.start).includes(',') && !['also', 'further'].includes(words[k - 1]!.lower)) continue;
    let c = k + 1;
    if (verb === 'tell' || verb === 'inform') while (c < words.length && c < k + 4 && words[c]!.lower !== 'that') c++;
    const hasThat = words[c]?.lower === 'that';
    if (WEAK_VERBS.has(verb) && !hasThat) continue;
    if (hasThat) c++;
    const subject = subjectBefore(text, words, k, unit.start);
    if (!subject || !words[c]) continue;
    const r = makeReported(at, subject, verb, { start: words[c]!.start, end: unit.end });
    if (r) return r;
    break;
  }
  return null;
}
