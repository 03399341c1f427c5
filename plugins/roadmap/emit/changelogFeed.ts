import {Feed} from 'feed';
import {feedText} from '../safeContent/feedText';
import {changelogCollections, type ChangelogEvent} from '../model/changelog';

export const CHANGELOG_FEEDS = {rss: 'changelog/rss.xml', atom: 'changelog/atom.xml'} as const;

export interface FeedSite {
  title: string;
  /** `https://me.github.io`: the site's origin, without a path. */
  origin: string;
  /** `/base/`: the path the site is served under; permalinks already start with it. */
  baseUrl: string;
}

/**
 * The changelog as RSS 2.0 and Atom 1.0 (the `feed` library escapes every
 * string). Only events up to `today`, newest first, at most `limit`.
 */
export function changelogFeeds(
  events: readonly ChangelogEvent[],
  site: FeedSite,
  today: string,
  limit = 100,
): {rss: string; atom: string} {
  const past = events.filter((e) => e.date <= today).slice(0, limit);
  const home = `${site.origin.replace(/\/$/, '')}${site.baseUrl}`;
  const changelogUrl = `${home}changelog`;
  const feed = new Feed({
    title: `${site.title}: changelog`,
    description: `${inWords(changelogCollections().map((c) => c.label.many))} as they happen.`,
    id: changelogUrl,
    link: changelogUrl,
    language: 'en',
    copyright: site.title,
    updated: new Date(`${past[0]?.date ?? today}T00:00:00Z`),
    feedLinks: {rss: home + CHANGELOG_FEEDS.rss, atom: home + CHANGELOG_FEEDS.atom},
  });
  for (const event of past) {
    feed.addItem({
      // Any text yields well-formed XML (feedText.ts: CDATA ends, control characters).
      title: feedText(event.text),
      // A feed reader shows the item without the page: say what happened, then the detail.
      description: feedText(event.description === undefined ? event.text : `${event.text}. ${event.description}`),
      id: `${changelogUrl}#${event.id}`,
      link: event.permalink ? site.origin.replace(/\/$/, '') + event.permalink : `${changelogUrl}#${event.id}`,
      date: new Date(`${event.date}T00:00:00Z`),
      category: [{name: event.kind}],
    });
  }
  return {rss: feed.rss2(), atom: feed.atom1()};
}

/** `Courses, papers and posts`: the kinds' names as one phrase. */
function inWords(names: readonly string[]): string {
  const words = names.map((name, i) => (i === 0 ? name : name.toLowerCase()));
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
