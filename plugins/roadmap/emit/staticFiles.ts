import {changelogEvents} from '../model/changelog';
import {homePage} from '../model/homePage';
import type {RoadmapModel} from '../model/roadmapModel';
import {skillsPage} from '../model/skillsPage';
import {badges} from './badges';
import {CHANGELOG_FEEDS, changelogFeeds, type FeedSite} from './changelogFeed';
import {ROADMAP_JSON, roadmapJson} from './roadmapJson';

/** Every file the plugin adds to the build output, by path below it. */
export function staticFiles(model: RoadmapModel, today: string, site: FeedSite): Record<string, string> {
  const feeds = changelogFeeds(changelogEvents(model), site, today);
  return {
    [ROADMAP_JSON]: roadmapJson(model),
    [CHANGELOG_FEEDS.rss]: feeds.rss,
    [CHANGELOG_FEEDS.atom]: feeds.atom,
    ...badges(homePage(model, today), skillsPage(model)),
  };
}
