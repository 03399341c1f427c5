import {monthOf} from './calendar';
import type {RoadmapModel} from './roadmapModel';

export const CHANGE_KINDS = ['course', 'paper', 'project', 'benchmark', 'talk', 'post', 'roadmap'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangelogEvent {
  /** Stable across builds: the feed's guid and the page's anchor. */
  id: string;
  date: string;
  kind: ChangeKind;
  text: string;
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
  const add = (event: ChangelogEvent | false | undefined) => {
    if (event) events.push(event);
  };
  for (const c of model.courses) {
    add(
      c.started !== undefined && {
        id: `course-started-${c.slug}`,
        date: c.started,
        kind: 'course',
        text: `Started the course ${c.title}`,
        permalink: c.permalink,
      },
    );
    c.modules.forEach((m) =>
      add(
        m.status === 'done' &&
          m.finished !== undefined && {
            id: `module-done-${c.slug}-${slugOf(m.title)}`,
            date: m.finished,
            kind: 'course',
            text: `Finished module “${m.title}” of ${c.title}`,
            permalink: c.permalink,
          },
      ),
    );
    add(
      c.status === 'done' &&
        c.finished !== undefined && {
          id: `course-finished-${c.slug}`,
          date: c.finished,
          kind: 'course',
          text: `Finished the course ${c.title}`,
          permalink: c.permalink,
        },
    );
  }
  for (const p of model.papers) {
    add(
      p.read !== undefined &&
        p.status !== 'queued' && {
          id: `paper-logged-${p.slug}`,
          date: p.read,
          kind: 'paper',
          text:
            p.status === 'reproduced' ? `Logged and reproduced the paper ${p.title}` : `Logged the paper ${p.title}`,
          permalink: p.permalink,
        },
    );
  }
  for (const p of model.projects) {
    add(
      p.started !== undefined && {
        id: `project-started-${p.slug}`,
        date: p.started,
        kind: 'project',
        text: `Started the project ${p.title}`,
        permalink: p.permalink,
      },
    );
    add(
      p.status === 'shipped' &&
        p.shipped !== undefined && {
          id: `project-shipped-${p.slug}`,
          date: p.shipped,
          kind: 'project',
          text: `Shipped the project ${p.title}`,
          permalink: p.permalink,
        },
    );
  }
  for (const b of model.benchmarks) {
    const rank = b.rank !== undefined ? `: rank ${b.rank}${b.entrants !== undefined ? ` of ${b.entrants}` : ''}` : '';
    add({
      id: `benchmark-${b.slug}`,
      date: b.date,
      kind: 'benchmark',
      text: `${b.title} at ${b.event}${rank}`,
      permalink: b.permalink,
    });
  }
  for (const t of model.talks)
    add({
      id: `talk-${t.slug}`,
      date: t.date,
      kind: 'talk',
      text: `Gave the talk ${t.title} at ${t.event}`,
      permalink: t.permalink,
    });
  for (const p of model.posts)
    add(
      p.date !== '' && {
        id: `post-${p.slug}`,
        date: p.date,
        kind: 'post',
        text: `Published ${p.title}`,
        permalink: p.permalink,
      },
    );
  model.changes.forEach((c) =>
    add({id: `change-${c.date}-${slugOf(c.text)}`, date: c.date, kind: 'roadmap', text: c.text}),
  );
  return uniqueIds(events).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Letters of any script and digits, joined by dashes: an id that survives edits elsewhere. */
function slugOf(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entry'
  );
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
