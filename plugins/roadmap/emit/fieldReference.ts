import * as z from 'zod';
import {collections} from '../schema/collections';
import type {AnyCollection} from '../schema/collection';
import {roadmapFile} from '../schema/roadmapFile';
import {skillsFile} from '../schema/skillsFile';
import {ROADMAP_FILE, SKILLS_FILE} from '../source/siteLayout';

/** Where each collection's files live (the rules are in schema/collectionOf.ts). */
const WHERE: Record<keyof typeof collections, string> = {
  course: '`docs/courses/<slug>/index.md`',
  paper: '`papers/**/*.md`',
  project: '`docs/projects/<slug>.md` or `docs/projects/<slug>/index.md`',
  benchmark: '`docs/benchmarks/<slug>.md`',
  talk: '`docs/talks/<slug>.md`',
  post: '`blog/**`',
  note: 'any other file in `docs/`',
};

/** The values of an enum, looking through optional and pipe wrappers. */
function enumValues(schema: z.ZodType): readonly string[] | undefined {
  if (schema instanceof z.ZodEnum) return schema.options as readonly string[];
  if (schema instanceof z.ZodPipe) return enumValues(schema.in as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return enumValues(schema.unwrap() as z.ZodType);
  return undefined;
}

function row(field: string, schema: z.ZodType): string {
  const required = schema.safeParse(undefined).success ? '' : 'yes';
  const values = enumValues(schema);
  const what = [values ? `One of ${values.map((v) => `\`${v}\``).join(', ')}.` : '', schema.description ?? '']
    .filter(Boolean)
    .join(' ');
  return `| \`${field}\` | ${required} | ${what.replaceAll('|', '\\|')} |`;
}

function table(fields: Record<string, z.ZodType>): string {
  return [
    '| field | required | what it holds |',
    '| --- | --- | --- |',
    ...Object.entries(fields).map(([f, s]) => row(f, s)),
  ].join('\n');
}

/**
 * The front-matter reference of CONTRIBUTING.md, generated from the schemas
 * themselves so that it cannot drift from what `npm run check` enforces.
 */
export function fieldReference(): string {
  const sections = Object.entries(collections).map(([name, collection]) => {
    const c = collection as unknown as AnyCollection;
    const extra = c.freeForm
      ? ' Any other key is allowed.'
      : " Any other key is an error, except Docusaurus's own keys.";
    return `### ${name}\n\nFiles: ${WHERE[name as keyof typeof collections]}.${extra}\n\n${table(c.fields)}`;
  });
  return [
    ...sections,
    `### \`${ROADMAP_FILE}\`\n\n${table(roadmapFile.shape)}`,
    `### \`${SKILLS_FILE}\`\n\n${table(skillsFile.shape)}`,
  ].join('\n\n');
}
