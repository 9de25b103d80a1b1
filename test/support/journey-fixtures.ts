import { join } from 'node:path';
import { loadJourney } from '../../src/adapters/curriculum/load-journey.js';
import type { Journey } from '../../src/core/curriculum/journey.js';

/** The folder of the three-cycle journey: Days 1-30 and 61-90 hand-written, 31-60 the real plan (linked). */
export const JOURNEY_DIR = 'test/fixtures/journey';

/** The three cycles' files, in journey order. */
export const JOURNEY_FILES = [
  join(JOURNEY_DIR, 'days-01-30-foundations.md'),
  join(JOURNEY_DIR, 'days-31-60-spark-airflow.md'),
  join(JOURNEY_DIR, 'days-61-90-streaming.md'),
] as const;

/** The three-cycle journey as the coach loads it from the folder; throws when it does not load. */
export async function threeCycleJourney(): Promise<Journey> {
  const loaded = await loadJourney(JOURNEY_DIR);
  if (loaded.kind !== 'ok') throw new Error(`the journey does not load: ${JSON.stringify(loaded)}`);
  return loaded.journey;
}
