import type {FieldPath} from '../site/fieldPath';
import {SKILLS_FILE} from '../site/siteLayout';
import {didYouMean} from './closest';
import type {FieldProblem} from './collection';
import {show} from './messages';

/** An id that must name something defined elsewhere (a skill, a phase, a project). */
/** Up to this many valid ids are listed when no near one can be suggested. */
const LISTED_IDS = 8;

export function unknownReference(
  path: FieldPath,
  kind: string,
  source: string,
  value: string | undefined,
  known: ReadonlySet<string> | undefined,
  howToAdd?: (value: string) => string,
): FieldProblem[] {
  if (value === undefined || known === undefined || known.has(value)) return [];
  const suggestion = didYouMean(value, known);
  // With nothing near, a short list says what would do.
  const ids = suggestion === '' && known.size > 0 && known.size <= LISTED_IDS ? `: ${[...known].join(' | ')}` : '';
  const add = howToAdd ? `; ${howToAdd(value)}` : '';
  return [
    {path, message: `unknown ${kind} (expected an id from ${source}${ids}, got ${show(value)}${add})${suggestion}`},
  ];
}

/** Every id in `skills` must be a skill of data/skills.yml. */
export function skillReferences(
  skills: readonly string[] | undefined,
  known: ReadonlySet<string> | undefined,
): FieldProblem[] {
  return keyReferences('skills', skills, 'skill id', SKILLS_FILE, known);
}

/** `later` may not come before `earlier` (dates are YYYY-MM-DD, so text order is date order). */
export function dateOrder(
  later: {field: string; value: string | undefined},
  earlier: {field: string; value: string | undefined},
): FieldProblem[] {
  if (later.value === undefined || earlier.value === undefined || later.value >= earlier.value) return [];
  return [
    {
      path: [later.field],
      message: `before ${earlier.field} (expected ${earlier.value} or later, got ${later.value})`,
    },
  ];
}

/**
 * A field that another field's value makes mandatory. The missing field has
 * no line of its own: the problem points at the one that requires it.
 */
export function requiredWhen(
  field: string,
  value: unknown,
  because: {field: string; is: string},
  expected: string,
): FieldProblem[] {
  return value === undefined
    ? [
        {
          path: [field],
          message: `required when ${because.field} is "${because.is}" (expected ${expected})`,
          at: [because.field],
        },
      ]
    : [];
}

/** Every key in a list field must be a key of a file (blog tags, blog authors). */
export function keyReferences(
  field: string,
  keys: readonly string[] | undefined,
  kind: string,
  source: string,
  known: ReadonlySet<string> | undefined,
  howToAdd?: (key: string) => string,
): FieldProblem[] {
  return (keys ?? []).flatMap((key, index) => unknownReference([field, index], kind, source, key, known, howToAdd));
}
