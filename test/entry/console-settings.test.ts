import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`, LEARNER_TIMEZONE: 'UTC', DATA_DIR: dir };
const DISCORD_ONLY =
  'The streak warning comes as a Discord DM, so it applies when you use the coach in Discord; the console sends no messages.';

describe('GIVEN the console coach', () => {
  it('WHEN the learner sets a streak warning THEN it is saved and they are told it applies in Discord; turned off, no such line', async () => {
    const result = await runCoach('/settings warning 20\n/settings warning off\n', env);
    const [on, off] = result.stdout.split('Saved.\n').slice(1);
    expect(on).toContain('Streak warning: at 20:00 your time');
    expect(on).toContain(DISCORD_ONLY);
    expect(off).not.toContain(DISCORD_ONLY);
  });
});
