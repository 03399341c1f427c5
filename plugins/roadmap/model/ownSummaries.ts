import {citekeyOf} from '../citation/citekey';
import type {PageLookup, PageRef} from '../site/pages';
import type {Benchmark} from '../schema/collections/benchmark';
import type {Course} from '../schema/collections/course';
import type {Paper} from '../schema/collections/paper';
import type {Post} from '../schema/collections/post';
import type {Located} from '../schema/validSite';
import {courseProgress, type CourseProgress} from './courseProgress';
import {betterDirection} from './reproductionLedger';
import {percentile} from './percentile';
import {reproductionGap} from './rounding';

export type CourseSummary = PageRef &
  Omit<Course, 'title' | 'modules' | 'skills'> & {
    modules: NonNullable<Course['modules']>;
    progress: CourseProgress;
    skills: string[];
  };

export type PaperLogEntry = PageRef &
  Omit<Paper, 'title' | 'results' | 'tags' | 'skills' | 'citekey'> & {
    citekey: string;
    results: (NonNullable<Paper['results']>[number] & {gap: number; better: 'higher' | 'lower'})[];
    tags: string[];
    skills: string[];
  };

export type BenchmarkResult = PageRef & Omit<Benchmark, 'title' | 'skills'> & {percentile?: number; skills: string[]};
export type PostSummary = PageRef &
  Omit<Post, 'title' | 'date' | 'tags' | 'skills'> & {date: string; tags: string[]; skills: string[]};

/**
 * The kinds whose entries in /roadmap.json hold more than their fields and
 * page (any other kind's hold just those): what each adds, from one entry.
 */
export const OWN_SUMMARIES = {
  course: ({entry}: Located<Course>, page: PageRef): CourseSummary => ({
    ...entry,
    ...page,
    modules: entry.modules ?? [],
    progress: courseProgress(entry),
    skills: entry.skills ?? [],
  }),
  paper: ({entry}: Located<Paper>, page: PageRef): PaperLogEntry => ({
    ...entry,
    ...page,
    citekey: citekeyOf(entry),
    // `better` resolved, so a reader of /roadmap.json need not know the default.
    results: (entry.results ?? []).map((r) => ({...r, gap: reproductionGap(r), better: betterDirection(r)})),
    tags: entry.tags ?? [],
    skills: entry.skills ?? [],
  }),
  benchmark: ({entry}: Located<Benchmark>, page: PageRef): BenchmarkResult => ({
    ...entry,
    ...page,
    percentile: percentile(entry.rank, entry.entrants),
    skills: entry.skills ?? [],
  }),
  // A post's date is its page's: Docusaurus takes it from the file name when front matter has none.
  post: ({entry, file}: Located<Post>, page: PageRef, pageOf: PageLookup): PostSummary => ({
    ...entry,
    ...page,
    date: pageOf(file).date ?? '',
    tags: entry.tags ?? [],
    skills: entry.skills ?? [],
  }),
};
