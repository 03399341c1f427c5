import {describe, expect, it} from 'vitest';
import {LINK_INDEX} from '../../plugins/roadmap/emit/linkIndex';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {GENERATED_ROUTES} from '../support/readerRoutes';
import {buildFolder} from '../support/siteBuildInput';

const TODAY = '2026-11-25';

describe("the plugin's build, as one pure function (build/siteBuild.ts)", () => {
  it('returns every route and data file the hook writes, and the model', async () => {
    const site = await writeSite();
    const built = await buildFolder(site, {today: TODAY, baseUrl: '/repo/'});
    if (built.problems) throw new Error(built.problems.map(formatProblem).join('\n'));
    expect(built.asOf).toBe(TODAY);
    expect(built.routes.map((r) => r.path).sort()).toEqual(GENERATED_ROUTES.map((r) => `/repo${r}`).sort());
    const home = built.routes.find((r) => r.path === '/repo/')!;
    expect(home).toEqual({path: '/repo/', component: '@theme/RoadmapHome', modules: {page: 'pages/home.json'}});
    // Every module a route imports is a data file the hook writes, once.
    const names = built.dataFiles.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const route of built.routes) for (const name of Object.values(route.modules)) expect(names).toContain(name);
    // The link index comes first: pages' MDX depends on it (emit/linkIndexDependency.ts).
    expect(names[0]).toBe(LINK_INDEX);
    const index = JSON.parse(built.dataFiles[0]!.json) as {targets: {permalink: string}[]};
    expect(index.targets.some((t) => t.permalink.startsWith('/repo/papers/'))).toBe(true);
    // The model is the one check's valid site makes: the same papers and courses.
    const {site: valid} = await checkSite(site, {today: TODAY});
    expect(built.model.papers).toHaveLength(valid!.papers.length);
    expect(built.model.papers.length).toBeGreaterThan(0);
    expect(built.model.courses.map((c) => c.slug).sort()).toEqual(valid!.courses.map((c) => c.slug).sort());
    const paperLog = JSON.parse(built.dataFiles.find((f) => f.name === 'pages/papers.json')!.json) as object;
    expect(paperLog).not.toHaveProperty('algolia');
  });

  it('returns the problems that stop the build, with check lines, and nothing to write', async () => {
    const site = await writeSite({'docs/notes/typo.md': '---\ntitle: Typo\n---\n\nSee [[no-such-page]].\n'});
    const built = await buildFolder(site, {today: TODAY});
    expect(built.problems?.map(formatProblem)).toEqual([
      expect.stringMatching(/^docs\/notes\/typo\.md:5 \[\[no-such-page\]\]: /),
    ]);
    expect(built).not.toHaveProperty('routes');
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual(built.problems!.map(formatProblem));
  });

  it("hands the Algolia index to /papers when the site's search is Algolia's", async () => {
    const built = await buildFolder(await writeSite(), {
      today: TODAY,
      options: {paperSearch: {kind: 'algolia', appId: 'APP', searchKey: 'KEY', indexName: 'papers'}},
    });
    if (built.problems) throw new Error('the example site should build');
    const paperLog = JSON.parse(built.dataFiles.find((f) => f.name === 'pages/papers.json')!.json) as object;
    expect(JSON.stringify(paperLog)).toContain('"indexName":"papers"');
  });
});
