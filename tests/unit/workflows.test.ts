import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

const REPO = path.resolve(__dirname, '../..');
const WORKFLOWS = path.join(REPO, '.github/workflows');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, {steps: Step[]; needs?: string}>;
}

const workflows = Object.fromEntries(
  readdirSync(WORKFLOWS)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => [file, parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow]),
);
const steps = (file: string) => Object.values(workflows[file]!.jobs).flatMap((job) => job.steps);
const runs = (file: string) => steps(file).flatMap((step) => (step.run ? [step.run] : []));
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {scripts: object}).scripts,
);
const makeTargets = [...readFileSync(path.join(REPO, 'Makefile'), 'utf8').matchAll(/^([a-z][\w-]*):/gm)].map(
  ([, t]) => t,
);

describe('the GitHub workflows', () => {
  it('include ci, pull-request and deploy, each valid YAML with jobs', () => {
    expect(Object.keys(workflows)).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'pull-request.yml']));
    for (const [file, workflow] of Object.entries(workflows))
      expect(Object.keys(workflow.jobs).length, file).toBeGreaterThan(0);
  });

  it.each(Object.keys(workflows))('%s calls only npm scripts, make targets and scripts that exist', (file) => {
    const commands = runs(file).join('\n');
    for (const [, script] of commands.matchAll(/npm run(?: -s)? ([\w:-]+)/g))
      expect(scripts, `${file}: npm run ${script}`).toContain(script);
    for (const [, target] of commands.matchAll(/\bmake ([\w-]+)/g))
      expect(makeTargets, `${file}: make ${target}`).toContain(target);
    for (const [, script] of commands.matchAll(/\btsx (scripts\/[\w/.-]+)/g))
      expect(existsSync(path.join(REPO, script!)), script).toBe(true);
    if (/\bnpm test\b/.test(commands)) expect(scripts).toContain('test');
  });

  it('ci.yml still runs make test on pushes and pull requests', () => {
    expect(Object.keys(workflows['ci.yml']!.on).sort()).toEqual(['pull_request', 'push']);
    expect(runs('ci.yml')).toContain('make test');
  });

  it('pull-request.yml installs, checks, tests, builds, checks links and comments what changes', () => {
    const workflow = workflows['pull-request.yml']!;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({contents: 'read', 'pull-requests': 'write'});
    expect(steps('pull-request.yml').find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({
      'fetch-depth': 0,
    });
    const commands = runs('pull-request.yml');
    const order = [
      'npm ci',
      'npm run -s check -- --since "origin/$BASE_REF"',
      'npm run check',
      'npm run typecheck',
      'npm run test:unit',
      'npm run build',
      'npm run check:links -- build',
    ].map((command) => commands.findIndex((run) => run.startsWith(command)));
    expect(
      order.every((index) => index >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The base branch reaches the shell through env, never pasted into the script.
    expect(commands.join('\n')).not.toContain('${{');
    const since = steps('pull-request.yml').find((s) => s.run?.includes('--since'))!;
    expect(since.env).toEqual({BASE_REF: '${{ github.base_ref }}'});
    const comment = steps('pull-request.yml').find((s) => s.uses?.startsWith('actions/github-script'))!;
    expect(String(comment.with?.script)).toContain("readFileSync('pr-changes.md'");
  });

  it('deploy.yml builds on push to main and deploys to GitHub Pages at the address of the repository', () => {
    const workflow = workflows['deploy.yml']!;
    expect(workflow.on.push).toEqual({branches: ['main']});
    expect(workflow.permissions).toEqual({contents: 'read', pages: 'write', 'id-token': 'write'});
    const all = steps('deploy.yml');
    const uses = all.flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
    expect(uses).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
    const build = all.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_URL: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(all.find((s) => s.uses?.startsWith('actions/configure-pages'))).toMatchObject({id: 'pages'});
    expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({path: 'build'});
    expect(workflows['deploy.yml']!.jobs.deploy?.needs).toBe('build');
  });

  it('the site config reads SITE_URL and BASE_URL, which deploy.yml sets', () => {
    const config = readFileSync(path.join(REPO, 'docusaurus.config.ts'), 'utf8');
    expect(config).toContain('process.env.SITE_URL');
    expect(config).toContain('process.env.BASE_URL');
  });
});
