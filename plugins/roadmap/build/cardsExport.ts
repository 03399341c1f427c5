import {linkIndexData, linkIndexOf} from '../emit/linkIndex';
import {buildRoadmapModel, type RoadmapModel} from '../model/roadmapModel';
import {deckExport, reviewPage} from '../model/reviewPage';
import {didYouMean} from '../schema/closest';
import type {ValidSite} from '../schema/validSite';
import type {ContentFile} from '../site/sources';
import type {RenderedMarkdown} from '../source/notebookNote';
import {writtenCards} from '../source/noteCards';
import {checkedLinkFiles} from '../validate/linkedFiles';
import {linkTargetsOf} from '../validate/siteLinks';
import type {LinkTargets} from '../validate/linkTargets';
import {ankiFiles, renderedCards} from './reviewFiles';

/** What check read of a valid site. */
export interface CheckedSite {
  site: ValidSite;
  files: readonly ContentFile[];
  markdownOf: (file: string) => RenderedMarkdown;
}

/** The model with its cards, from what check read: pages titled and listed as check resolves links to them. */
function cardModel(
  checked: CheckedSite,
  today: string,
  baseUrl = '/',
): {model: RoadmapModel; targets: LinkTargets; written: readonly {id: string; file: string}[]} {
  // check's pages have no base URL: a build's permalinks do.
  const linked = checkedLinkFiles(checked.files, checked.markdownOf).map((f) => ({
    ...f,
    permalink: baseUrl.replace(/\/$/, '') + f.route,
  }));
  const byFile = new Map(linked.map((f) => [f.file, f]));
  const written = writtenCards(linked);
  const model = buildRoadmapModel(
    checked.site,
    (file) => {
      const page = byFile.get(file);
      return {permalink: page?.permalink ?? '', title: page?.title ?? file, listed: page?.state === 'listed'};
    },
    today,
    [],
    written,
  );
  return {model, targets: linkTargetsOf(linked), written};
}

/** Every deck's slug, title and size, as /review lists them (`all` first): `--list`. */
export function deckList(checked: CheckedSite, today: string): {slug: string; title: string; size: number}[] {
  return reviewPage(cardModel(checked, today).model).decks.map(({slug, title, size}) => ({slug, title, size}));
}

/**
 * `npm run cards:export`: one deck's Anki file, or every card's, the text
 * the build publishes at /cards/<deck>.tsv, its links to `origin` and
 * `baseUrl` (the config's `url` and `baseUrl`).
 */
export function deckFile(
  checked: CheckedSite,
  {deck, origin, baseUrl, today}: {deck: string; origin: string; baseUrl: string; today: string},
): {text: string} | {problem: string} {
  const {model, targets, written} = cardModel(checked, today, baseUrl);
  const slugs = ['all', ...model.cardDecks.map((d) => d.slug)];
  if (!slugs.includes(deck))
    return {
      problem: `no deck ${JSON.stringify(deck)} (expected all or one of the site's ${slugs.length - 1} decks, such as course/<slug>, paper/<slug>, tag/<tag>, post/<slug>; --list shows them)${didYouMean(deck, slugs)}`,
    };
  const index = linkIndexOf(targets, linkIndexData(targets, checked.site.papers).papers);
  return {text: ankiFiles(model, renderedCards(model, index, written, {origin, baseUrl}))[deckExport(deck)]!};
}
