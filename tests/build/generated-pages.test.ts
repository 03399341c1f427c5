import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import {describe, expect, inject, it} from 'vitest';
import {changelogEvents} from '../../plugins/roadmap/model/changelog';
import type {RoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import {visibleText} from '../support/visibleText';

const outDir = inject('realSiteOutDir');
const built = (...parts: string[]) => path.join(outDir, ...parts);
const read = (...parts: string[]) => readFile(built(...parts), 'utf8');

describe('generated pages of the real site', () => {
  it.each([
    ['progress', 'Rules of the game'],
    ['skills', 'Natural language processing'],
    ['changelog', 'Started the roadmap'],
    ['projects', 'No projects yet'],
    ['benchmarks', 'No benchmark results yet'],
    ['talks', 'No talks yet'],
    ['graph', 'Every page, as a list'],
  ])('/%s exists and shows its content', async (route, text) => {
    const html = await read(route, 'index.html');
    expect(html).toContain(text);
  });

  it('/progress lists every course by phase, with its status in words', async () => {
    const html = await read('progress/index.html');
    for (const phase of ['Foundations', 'Specializations', 'MLOps / Production', 'Math & Stats']) expect(html).toContain(phase);
    expect(html.match(/aria-valuenow=/g)?.length).toBe(12); // 11 courses and the overall bar
    expect(html).toMatch(/In progress/);
  });

  it('/papers draws the paper calendar twice, 52 weeks and 17, with month labels and the streaks in words', async () => {
    const html = await read('papers/index.html');
    expect(html).toContain('aria-label="Papers logged per day over the last 52 weeks, from ');
    expect(html).toContain('aria-label="Papers logged per day over the last 17 weeks, from ');
    const months = [...html.matchAll(/<text[^>]*>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)<\/text>/g)];
    expect(months.length).toBeGreaterThanOrEqual(12 + 4);
    expect(visibleText(html)).toMatch(/Current streak \d+ weeks? Longest streak \d+ weeks?/);
  });

  it('/skills draws a level bar for every skill, and no heat grid', async () => {
    const html = await read('skills/index.html');
    const model = JSON.parse(await read('roadmap.json')) as RoadmapModel;
    // One bar per skill and one in the key above the tables.
    expect(html.match(/<svg class="?bullet/g)?.length).toBe(model.skills.rows.length + 1);
    expect(html).not.toContain('darker for a higher level');
  });

  it('the changelog feeds hold every past event, item by item', async () => {
    const model = JSON.parse(await read('roadmap.json')) as RoadmapModel;
    const today = inject('realSiteToday');
    const events = changelogEvents(model).filter((e) => e.date <= today);
    const parser = new Parser();
    for (const file of ['rss.xml', 'atom.xml']) {
      const feed = await parser.parseString(await read('changelog', file));
      expect(feed.title).toBe('ML Specialist Roadmap: changelog');
      expect(feed.items.map((item) => [item.title, item.isoDate?.slice(0, 10)])).toEqual(
        events.map((e) => [e.text, e.date]),
      );
      expect(feed.items[0]?.link).toMatch(/^http:\/\/localhost:3000\//);
    }
  });

  it('writes the README badges as SVG', async () => {
    for (const [name, text] of [
      ['papers', 'papers logged'],
      ['streak', 'weekly paper streak'],
      ['courses', '0 of 11'],
      ['skills', 'skills at target'],
    ]) {
      const svg = await read('badges', `${name}.svg`);
      expect(svg.startsWith('<svg'), name).toBe(true);
      expect(svg).toContain(text);
    }
  });

  it('links every generated page from the navbar or the home page', async () => {
    const home = await read('index.html');
    for (const route of ['progress', 'skills', 'changelog', 'projects', 'benchmarks', 'talks', 'graph']) {
      expect(home, route).toMatch(new RegExp(`href="?/${route}"?[ >]`));
      expect(existsSync(built(route, 'index.html'))).toBe(true);
    }
  });
});
