/** What a view may compare a field's value with, and how it shows it (schema/viewFields.ts). */
export type ViewValueType = 'text' | 'number' | 'date' | 'boolean' | 'url';
