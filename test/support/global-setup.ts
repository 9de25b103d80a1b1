/**
 * Vitest global setup: builds dist/ once with scripts/build.mjs, as `npm start` does, so the tests
 * that spawn the coach run the compiled JavaScript (`node dist/main.js`) instead of transforming
 * the sources with tsx in every process. Also compiles the tests' own child scripts the same way.
 * In watch mode it builds again before each rerun, so no test runs an older build.
 */
import type { TestProject } from 'vitest/node';
import { buildDist } from '../../scripts/build.mjs';
import { TEST_BUILD_DIR, TEST_SCRIPTS } from './run-coach.js';

async function buildForTests(): Promise<void> {
  await Promise.all([buildDist(), buildDist({ entryPoints: TEST_SCRIPTS, outdir: TEST_BUILD_DIR })]);
}

export default async function setup(project: TestProject): Promise<void> {
  await buildForTests();
  project.onTestsRerun(buildForTests);
}
