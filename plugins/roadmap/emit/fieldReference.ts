import * as z from 'zod';
import type {FilePatterns} from '../schema/collection';
import {allCollections} from '../schema/collections';
import {roadmapFile} from '../schema/roadmapFile';
import {skillsFile} from '../schema/skillsFile';
import {ROADMAP_FILE, SKILLS_FILE} from '../site/siteLayout';

/** Where a collection's files live, in the words of its file patterns. */
function where(files: FilePatterns): string {
  return files.patterns === undefined
    ? `any other file in \`${files.otherIn}/\``
    : files.patterns.map((pattern) => `\`${pattern}\``).join(' or ');
}

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
  const sections = allCollections().map((c) => {
    const extra = c.freeForm
      ? ' Any other key is allowed.'
      : " Any other key is an error, except Docusaurus's own keys.";
    return `### ${c.name}\n\nFiles: ${where(c.files)}.${extra}\n\n${table(c.fields)}`;
  });
  return [
    ...sections,
    `### \`${ROADMAP_FILE}\`\n\n${table(roadmapFile.shape)}`,
    `### \`${SKILLS_FILE}\`\n\n${table(skillsFile.shape)}`,
  ].join('\n\n');
}
