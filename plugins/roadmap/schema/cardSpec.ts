/** The cards a kind may bring instead of the generic one, each drawn by its own part of `@theme/DetailCard`. */
export type OwnCard = 'course' | 'project' | 'benchmark';

/** How the generic card shows a field's value. */
export type CardValue = 'text' | 'date' | 'number';

/**
 * The card a kind's page starts with, above the author's prose: its fields in
 * order (an absent value leaves the field out), then its links.
 */
export type CardSpec<Field extends string> =
  | {
      /** What the card is, for screen readers: "Benchmark result". */
      label: string;
      fields: readonly {label: string; field: Field; as?: CardValue}[];
      links?: readonly {label: string; field: Field}[];
      own?: undefined;
    }
  | {own: OwnCard; label?: undefined; fields?: undefined; links?: undefined};
