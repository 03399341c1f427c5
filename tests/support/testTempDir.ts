import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * Every temporary folder of a test run (example sites, builds, scratch git
 * repositories, and what the commands under test create) goes in one folder,
 * removed when the run ends: repeated runs must not fill /tmp. Set
 * KEEP_TEST_FILES=1 to keep it for a look after a failure.
 */
export default function testTempDir(): () => void {
  // One folder per run, though each project runs its global setups.
  if (process.env.ROADMAP_TEST_TMP) return () => {};
  const folder = mkdtempSync(path.join(tmpdir(), 'roadmap-tests-'));
  process.env.ROADMAP_TEST_TMP = folder;
  // os.tmpdir() reads TMPDIR on every call, in this process and in the workers and
  // child processes it starts after this point.
  process.env.TMPDIR = folder;
  return () => {
    if (process.env.KEEP_TEST_FILES === '1') console.log(`test files kept in ${folder}`);
    else rmSync(folder, {recursive: true, force: true});
  };
}
