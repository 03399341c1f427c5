import type {PageInfo, PageLookup} from '../site/pages';
import {fileDateOf} from '../site/fileDate';
import type {ContentFile} from '../site/sources';
import {isListed} from './listed';

/**
 * Page information for files read by `check`, without Docusaurus: the title
 * and listing from front matter, a post's date from front matter or its file
 * name. Permalinks are left empty: only a build knows them, and the tools
 * that use this lookup (`check --since`, `papers:export`) do not print them.
 */
export function filePages(files: readonly ContentFile[]): PageLookup {
  const byFile = new Map(files.map((f) => [f.file, f.frontMatter]));
  return (file) => {
    const fm = byFile.get(file) ?? {};
    const date = typeof fm.date === 'string' ? fm.date.slice(0, 10) : fileDateOf(file);
    const info: PageInfo = {
      permalink: '',
      title: typeof fm.title === 'string' ? fm.title : file,
      listed: isListed({unlisted: fm.unlisted === true, frontMatter: fm}),
    };
    if (date !== undefined) info.date = date;
    if (typeof fm.sidebar_position === 'number') info.position = fm.sidebar_position;
    return info;
  };
}
