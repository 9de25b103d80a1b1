import MiniSearch from 'minisearch';
import type { DayMatch, DaySearch } from '../../app/ports.js';
import { resourceText } from '../../core/curriculum/day-parts.js';
import type { Day, Plan } from '../../core/curriculum/plan.js';

// Words that say nothing about what a question is about. Lower-case.
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can could do does did for from get got has have how i if in into is it ' +
    'its me my of on or our should so that the their them then there these this to use using was what ' +
    'when where which while who why will with would you your explain mean means work works please help ' +
    'want need know today day days question just like make about does doing done thing things way'
  ).split(' '),
);

const FIELDS = [
  'title',
  'objective',
  'work',
  'details',
  'python',
  'checkpoint',
  'resources',
  'post',
] as const;
type Field = (typeof FIELDS)[number];
type DayDocument = { readonly id: number } & Record<Field, string>;

// The title and objective name what a day is about; the work and its labelled bullets what it practises.
const BOOST: Readonly<Record<Field, number>> = {
  title: 3,
  objective: 2,
  work: 2,
  details: 1.5,
  python: 1,
  checkpoint: 1,
  resources: 1,
  post: 0.5,
};

/** A term as indexed and searched: lower-case, plural `s` dropped (RDDs, executors), stopwords out. */
function processTerm(term: string): string | null {
  const word = term.toLowerCase();
  if (word.length < 2 || STOPWORDS.has(word)) return null;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function documentOf(day: Day): DayDocument {
  return {
    id: day.day,
    title: day.title,
    objective: day.objective ?? '',
    work: day.activities.map((activity) => activity.text).join('\n'),
    details: Object.entries(day.details)
      .map(([label, text]) => `${label}: ${text}`)
      .join('\n'),
    python: day.pythonSkill ?? '',
    checkpoint: day.checkpoint ?? '',
    resources: day.resources.map(resourceText).join('\n'),
    post: day.post === null ? '' : [day.post.title, day.post.notes ?? ''].join('\n'),
  };
}

/**
 * The plan's day search on `minisearch`: one index over every day's fields, built here once
 * per plan (the composition root builds it with the plan; nothing else keeps it). Scores are
 * relative to the best match, so callers can keep the days close to it.
 */
export function createDaySearch(plan: Plan): DaySearch {
  const index = new MiniSearch<DayDocument>({ fields: [...FIELDS], processTerm });
  index.addAll(plan.days.map(documentOf));
  return {
    search(question: string): readonly DayMatch[] {
      const results = index.search(question, {
        boost: BOOST,
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      });
      const best = results[0]?.score ?? 0;
      return results.map((result) => ({
        day: Number(result.id),
        score: best === 0 ? 0 : result.score / best,
      }));
    },
  };
}
