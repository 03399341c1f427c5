import {load, type AnyNode, type CheerioAPI} from 'cheerio';

/**
 * A blog feed item's HTML without the parts a page adds around the post's
 * words (`data-feed-omit`: a citation's hover card, "Linked from"): a feed
 * reader shows no CSS, so a hidden card would read as part of the sentence.
 * A view (`data-view`, theme/View) becomes a plain table, whatever its layout.
 */
export function withoutPageOnlyParts<Item extends {content?: string}>(item: Item): Item {
  const {content} = item;
  if (content === undefined || (!content.includes('data-feed-omit') && !content.includes('data-view'))) return item;
  const $ = load(content, null, false);
  $('[data-feed-omit]').remove();
  $('[data-view]').each((_, view) => {
    $(view).replaceWith(plainTable($, view));
  });
  return {...item, content: $.html()};
}

/** A view's rows as a table without classes: its caption, one column per label, its cells' text and links. */
function plainTable($: CheerioAPI, view: AnyNode): string {
  const $view = $(view);
  const rows = $view
    .find('[data-view-row]')
    .toArray()
    .map(
      (row) =>
        new Map(
          $(row)
            .find('[data-view-cell]')
            .toArray()
            .map((cell) => [$(cell).attr('data-view-cell') ?? '', cell]),
        ),
    );
  const labels = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const table = $('<table></table>');
  const caption = $view.find('[data-view-caption]').first().text() || $view.find('p').first().text();
  table.append($('<caption></caption>').text(caption));
  const head = $('<tr></tr>');
  for (const label of labels) head.append($('<th></th>').text(label));
  table.append($('<thead></thead>').append(head));
  const body = $('<tbody></tbody>');
  for (const row of rows) {
    const tr = $('<tr></tr>');
    for (const label of labels) {
      const cell = row.get(label);
      const td = $('<td></td>');
      const link = cell ? $(cell).find('a').first() : undefined;
      if (link && link.length > 0)
        td.append(
          $('<a></a>')
            .attr('href', link.attr('href') ?? '')
            .text(link.text()),
        );
      else td.text(cell ? $(cell).text() : '—');
      tr.append(td);
    }
    body.append(tr);
  }
  return $.html(table.append(body));
}
