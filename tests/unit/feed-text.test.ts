import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {Feed} from 'feed';
import {expect, it} from 'vitest';
import {changelogFeeds} from '../../plugins/roadmap/emit/changelogFeed';
import {feedText, withFeedText} from '../../plugins/roadmap/safeContent/feedText';

const HOSTILE = [
  'x ]]> y ]]><injected>boom</injected><![CDATA[ z',
  'a \u0000 b \u0001 c \u000B d \u001F e',
  'lone \uD800 high, lone \uDC00 low, \uFFFE \uFFFF',
  'a pair stays: \uD83D\uDE00, tab\tand\nline',
  '</title></item><item><title>forged',
];

it('feedText leaves no CDATA end and no character XML cannot hold', () => {
  expect(feedText('x ]]> y ]]> z')).toBe('x ]]&gt; y ]]&gt; z');
  expect(feedText('a \u0000 b \u000B c \uFFFF')).toBe('a \uFFFD b \uFFFD c \uFFFD');
  expect(feedText('lone \uD800 then \uDC00')).toBe('lone \uFFFD then \uFFFD');
  expect(feedText('\uD83D\uDE00\ttab\r\n')).toBe('\uD83D\uDE00\ttab\r\n');
  expect(withFeedText({title: ']]>', date: new Date(0), tags: [{name: '\u0001'}]})).toEqual({
    title: ']]&gt;',
    date: new Date(0),
    tags: [{name: '\uFFFD'}],
  });
});

it('the feed package alone is broken by these texts, which is why feedText exists', () => {
  const rss = (title: string) => {
    const feed = new Feed({title: 't', id: 'https://x.example/', copyright: 'c'});
    feed.addItem({title, link: 'https://x.example/1', date: new Date(0)});
    return feed.rss2();
  };
  // A second `]]>` ends the CDATA section: the text becomes an element.
  expect(JSON.stringify(new XMLParser().parse(rss(HOSTILE[0]!)))).toContain('"injected":"boom"');
  // A little more markup, and the feed is not XML at all.
  expect(XMLValidator.validate(rss('a ]]> b ]]></title></item></channel></rss><x>'))).not.toBe(true);
});

it('the changelog feeds are well-formed for any text and carry no injected element', () => {
  const events = HOSTILE.map((text, i) => ({
    id: `change-${i}`,
    date: '2025-10-01',
    kind: 'roadmap' as const,
    text,
  }));
  const {rss, atom} = changelogFeeds(
    events,
    {title: 'Site', origin: 'https://me.github.io', baseUrl: '/'},
    '2025-11-25',
  );
  const parser = new XMLParser({ignoreAttributes: false, cdataPropName: 'cdata'});
  for (const xml of [rss, atom]) {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = JSON.stringify(parser.parse(xml));
    expect(parsed).not.toContain('"injected"');
    expect(parsed).toContain('x ]]&gt; y ]]&gt;<injected>boom</injected><![CDATA[ z');
    expect(parsed).toContain('</title></item><item><title>forged');
  }
});
