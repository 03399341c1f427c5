import * as z from 'zod';
import type {AnyCollection} from './collection';
import {formatOf} from './fields';

import type {ViewValueType} from './viewTypes';

export type {ViewValueType} from './viewTypes';

/** A field a view may name: one that /roadmap.json has for its collection. */
export interface ViewField {
  /** `read`, or a dotted path to a derived value: `progress.percent`. */
  path: string;
  type: ViewValueType;
  /** A list field (`tags`): a plain value means "contains". */
  list: boolean;
  /** An enum's values (`status`). */
  values?: readonly string[];
  /** The schema of one value, so a view cannot ask for a value no note may hold. */
  value?: z.ZodType;
}

/** Every entry's page fields, whatever its kind. */
const PAGE_FIELDS: readonly ViewField[] = [
  {path: 'title', type: 'text', list: false},
  {path: 'slug', type: 'text', list: false},
  {path: 'permalink', type: 'text', list: false},
];

type ValueShape = Omit<ViewField, 'path'>;

/** A field's shape, looking through optional and pipe wrappers; undefined for a mapping or a list of them. */
function shapeOf(schema: z.ZodType): ValueShape | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return shapeOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) {
    // optional() is a nullish schema piped into a transform; z.preprocess a transform piped into the schema.
    const inner = schema.in instanceof z.ZodTransform ? schema.out : schema.in;
    return shapeOf(inner as z.ZodType);
  }
  if (schema instanceof z.ZodArray) {
    const item = shapeOf(schema.element as z.ZodType);
    return item && !item.list ? {...item, list: true} : undefined;
  }
  if (schema instanceof z.ZodEnum)
    return {type: 'text', list: false, values: schema.options as string[], value: schema};
  if (schema instanceof z.ZodString) {
    const format = formatOf(schema);
    return {type: format === 'date' ? 'date' : format === 'url' ? 'url' : 'text', list: false, value: schema};
  }
  if (schema instanceof z.ZodNumber) return {type: 'number', list: false, value: schema};
  if (schema instanceof z.ZodBoolean) return {type: 'boolean', list: false, value: schema};
  return undefined;
}

const cache = new WeakMap<AnyCollection, ReadonlyMap<string, ViewField>>();

/**
 * The fields a view of a collection may filter, sort and show: its entries'
 * page fields, its own fields that hold a value or a list of values, and what
 * its /roadmap.json entry adds (`view.adds`: a course's `progress.percent`).
 */
export function viewFieldsOf(collection: AnyCollection): ReadonlyMap<string, ViewField> {
  const known = cache.get(collection);
  if (known) return known;
  const fields = new Map<string, ViewField>(PAGE_FIELDS.map((field) => [field.path, field]));
  for (const [path, schema] of Object.entries(collection.fields)) {
    const shape = shapeOf(schema);
    if (shape && !fields.has(path)) fields.set(path, {path, ...shape});
  }
  for (const [path, type] of Object.entries(collection.view.adds ?? {})) fields.set(path, {path, type, list: false});
  cache.set(collection, fields);
  return fields;
}
