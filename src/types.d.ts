// Components of the site's own theme (src/theme), shared by the roadmap and search plugins.

declare module '@theme/PhoneFilters' {
  import type {ReactNode} from 'react';

  /** `active`: how many filters are on, shown on the folded button. */
  export default function PhoneFilters(props: {active: number; className?: string; children: ReactNode}): ReactNode;
}
