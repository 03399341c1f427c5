import Parser from 'rss-parser';
import {expect, it} from 'vitest';
import {changelogFeeds} from '../../plugins/roadmap/emit/changelogFeed';
import type {ChangelogEvent} from '../../plugins/roadmap/model/changelog';

const EVENTS: ChangelogEvent[] = [
  {id: 'talk-x', date: '2027-01-01', kind: 'talk', text: 'A talk next year', permalink: '/sub/docs/talks/x'},
  {
    id: 'paper-logged-bert',
    date: '2025-10-05',
    kind: 'paper',
    text: 'Logged <BERT> & co',
    description: 'Masked language modelling gives <bidirectional> context',
    permalink: '/sub/papers/bert',
  },
  {id: 'change-2025-10-01-1', date: '2025-10-01', kind: 'roadmap', text: 'Started the roadmap'},
];

it('the feeds link to pages under the base URL once, escape text and leave out the future', async () => {
  const {rss, atom} = changelogFeeds(
    EVENTS,
    {title: 'Site', origin: 'https://me.github.io', baseUrl: '/sub/'},
    '2025-11-25',
  );
  const parser = new Parser();
  for (const xml of [rss, atom]) {
    const feed = await parser.parseString(xml);
    expect(feed.items.map((i) => [i.title, i.link, i.isoDate?.slice(0, 10)])).toEqual([
      ['Logged <BERT> & co', 'https://me.github.io/sub/papers/bert', '2025-10-05'],
      ['Started the roadmap', 'https://me.github.io/sub/changelog#change-2025-10-01-1', '2025-10-01'],
    ]);
  }
  expect(rss).toContain('<atom:link href="https://me.github.io/sub/changelog/rss.xml"');
});

it('every item has a description: what happened, then the detail a reader of the feed has no page for', async () => {
  const {rss, atom} = changelogFeeds(
    EVENTS,
    {title: 'Site', origin: 'https://me.github.io', baseUrl: '/sub/'},
    '2025-11-25',
  );
  const parser = new Parser();
  const rssItems = (await parser.parseString(rss)).items;
  expect(rssItems.map((i) => i.content)).toEqual([
    'Logged <BERT> & co. Masked language modelling gives <bidirectional> context',
    'Started the roadmap',
  ]);
  // Atom calls it the summary.
  expect((await parser.parseString(atom)).items.map((i) => i.summary)).toEqual([
    'Logged <BERT> & co. Masked language modelling gives <bidirectional> context',
    'Started the roadmap',
  ]);
});
