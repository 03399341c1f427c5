/** The words of a view that a collection's definition uses too (schema/viewQuery.ts checks a view). */

/** What a view may compare a field's value with, and how it shows it (schema/viewFields.ts). */
export type ViewValueType = 'text' | 'number' | 'date' | 'boolean' | 'url';

/** How a view lays out its rows. */
export const VIEW_LAYOUTS = ['table', 'list', 'cards'] as const;
export type ViewLayout = (typeof VIEW_LAYOUTS)[number];
