import {changelogEvents} from '../model/changelog';
import {homePage} from '../model/homePage';
import type {RoadmapModel} from '../model/roadmapModel';
import {skillsPage} from '../model/skillsPage';
import {paperRows} from '../model/paperLog';
import {badges} from './badges';
import {bibtexFile} from '../citation/bibtex';
import {CHANGELOG_FEEDS, changelogFeeds, type FeedSite} from './changelogFeed';
import {ROADMAP_JSON, roadmapJson} from './roadmapJson';

/** Every file the plugin adds to the build output, by path below it. */
export function staticFiles(model: RoadmapModel, today: string, site: FeedSite): Record<string, string> {
  const feeds = changelogFeeds(changelogEvents(model), site, today);
  return {
    [ROADMAP_JSON]: roadmapJson(model),
    'papers.json': `${JSON.stringify(paperRows(model))}\n`,
    'papers.bib': bibtexFile(model.papers),
    [CHANGELOG_FEEDS.rss]: feeds.rss,
    [CHANGELOG_FEEDS.atom]: feeds.atom,
    ...badges(homePage(model, today), skillsPage(model, today)),
  };
}
