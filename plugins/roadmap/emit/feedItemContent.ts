import {load} from 'cheerio';

/**
 * A blog feed item's HTML without the parts a page adds around the post's
 * words (`data-feed-omit`: a citation's hover card, "Linked from"): a feed
 * reader shows no CSS, so a hidden card would read as part of the sentence.
 */
export function withoutPageOnlyParts<Item extends {content?: string}>(item: Item): Item {
  if (item.content === undefined || !item.content.includes('data-feed-omit')) return item;
  const $ = load(item.content, null, false);
  $('[data-feed-omit]').remove();
  return {...item, content: $.html()};
}
