import type {AnyCollection} from '../schema/collection';
import {allCollections, type CollectionName} from '../schema/collections';
import {eventSlug} from '../schema/eventSlug';
import {monthOf} from './calendar';
import {modelList, type RoadmapModel} from './roadmapModel';

/** A collection whose entries have dated events, or the hand-written changes of data/roadmap.yml. */
export type ChangeKind = CollectionName | 'roadmap';

/** What the changelog can be filtered by, in registry order, each with its label. */
export function changeKinds(): {kind: ChangeKind; label: string}[] {
  return [
    ...changelogCollections().map((c) => ({kind: c.name as ChangeKind, label: c.label.many})),
    {kind: 'roadmap', label: 'Roadmap'},
  ];
}

export interface ChangelogEvent {
  /** Stable across builds: the feed's guid and the page's anchor. */
  id: string;
  date: string;
  kind: ChangeKind;
  text: string;
  /** A sentence more, for feed readers (collection.ts, CollectionEvent). */
  description?: string;
  permalink?: string;
}

export interface ChangelogMonth {
  month: string;
  label: string;
  events: ChangelogEvent[];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Every dated thing the content says happened, plus the hand-written changes, newest first. */
export function changelogEvents(model: RoadmapModel): ChangelogEvent[] {
  const events: ChangelogEvent[] = [];
  for (const collection of changelogCollections()) {
    for (const item of modelList<Parameters<NonNullable<AnyCollection['changelog']>>[0]>(model, collection.plural))
      events.push(...collection.changelog!(item).map((event) => ({...event, kind: collection.name as ChangeKind})));
  }
  for (const c of model.changes)
    events.push({id: `change-${c.date}-${eventSlug(c.text)}`, date: c.date, kind: 'roadmap', text: c.text});
  return uniqueIds(events).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The collections whose entries have dated events, in registry order. */
export function changelogCollections(): AnyCollection[] {
  return allCollections().filter((collection) => collection.changelog !== undefined);
}

/** Two events that would share an id (two changes with the same text on one day) get `-2`, `-3`. */
function uniqueIds(events: ChangelogEvent[]): ChangelogEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const n = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, n);
    return n === 1 ? event : {...event, id: `${event.id}-${n}`};
  });
}

/** Past events grouped by month, newest first; events dated after `today` apart as upcoming. */
export function changelogByMonth(
  events: readonly ChangelogEvent[],
  today: string,
): {months: ChangelogMonth[]; upcoming: ChangelogEvent[]} {
  const months: ChangelogMonth[] = [];
  for (const event of events) {
    if (event.date > today) continue;
    const month = monthOf(event.date);
    if (months.at(-1)?.month !== month) months.push({month, label: monthLabel(month), events: []});
    months.at(-1)!.events.push(event);
  }
  const upcoming = events.filter((e) => e.date > today).reverse();
  return {months, upcoming};
}
