/// <reference types="@docusaurus/module-type-aliases" />

// The theme components of the roadmap plugin. A site can swizzle any of them.

declare module '@theme/RoadmapHome' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['RoadmapHome'];
  }
  export default function RoadmapHome(props: Props): ReactNode;
}

declare module '@theme/ProgressPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['ProgressPage'];
  }
  export default function ProgressPage(props: Props): ReactNode;
}

declare module '@theme/SkillsPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['SkillsPage'];
  }
  export default function SkillsPage(props: Props): ReactNode;
}

declare module '@theme/ChangelogPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['ChangelogPage'];
  }
  export default function ChangelogPage(props: Props): ReactNode;
}

declare module '@theme/ProjectsPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['ProjectsPage'];
  }
  export default function ProjectsPage(props: Props): ReactNode;
}

declare module '@theme/BenchmarksPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['BenchmarksPage'];
  }
  export default function BenchmarksPage(props: Props): ReactNode;
}

declare module '@theme/CollectionPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['CollectionPage'];
  }
  export default function CollectionPage(props: Props): ReactNode;
}

declare module '@theme/StatusMark' {
  import type {ReactNode} from 'react';

  export default function StatusMark(props: {status: string}): ReactNode;
}

declare module '@theme/ProgressBar' {
  import type {ReactNode} from 'react';

  export default function ProgressBar(props: {percent: number; label: string}): ReactNode;
}

declare module '@theme/EmptySection' {
  import type {ReactNode} from 'react';

  export default function EmptySection(props: {what: string}): ReactNode;
}

declare module '@theme/PaperLogPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['PaperLogPage'];
  }
  export default function PaperLogPage(props: Props): ReactNode;
}

declare module '@theme/NextExperimentsPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['NextExperimentsPage'];
  }
  export default function NextExperimentsPage(props: Props): ReactNode;
}

declare module '@theme/PaperCard' {
  import type {ReactNode} from 'react';
  import type {PaperCardData} from 'plugins/roadmap/model/paperCard';

  export interface Props {
    readonly card: PaperCardData;
  }
  export default function PaperCard(props: Props): ReactNode;
}

declare module '@theme/NoteCard' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** What the card is, for screen readers: "Course", "Paper log entry". */
    readonly label: string;
    readonly byline?: ReactNode;
    /** Label and value; an undefined value leaves the field out. */
    readonly fields: readonly (readonly [string, ReactNode | undefined])[];
    /** Wider columns, for fields that hold sentences. */
    readonly longFields?: boolean;
    /** Label and address; an undefined address leaves the link out. */
    readonly links?: readonly (readonly [string, string | undefined])[];
    readonly children?: ReactNode;
  }
  export default function NoteCard(props: Props): ReactNode;
}

declare module '@theme/DetailCard' {
  import type {ReactNode} from 'react';
  import type {DetailCardData} from 'plugins/roadmap/model/detailCards';

  export interface Props {
    readonly card: DetailCardData;
  }
  export default function DetailCard(props: Props): ReactNode;
}

declare module '@theme/ComputedPart' {
  import type {ReactNode} from 'react';
  import type {ComputedPartData} from 'plugins/roadmap/model/computedParts';

  export interface Props {
    readonly part: ComputedPartData;
  }
  export default function ComputedPart(props: Props): ReactNode;
}

declare module '@theme/CurriculumList' {
  import type {ReactNode} from 'react';
  import type {CurriculumData} from 'plugins/roadmap/model/docIndexes';

  export interface Props {
    readonly curriculum: CurriculumData;
  }
  export default function CurriculumList(props: Props): ReactNode;
}

declare module '@theme/NoteIndex' {
  import type {ReactNode} from 'react';
  import type {NoteIndexData} from 'plugins/roadmap/model/docIndexes';

  export interface Props {
    readonly index: NoteIndexData;
  }
  export default function NoteIndex(props: Props): ReactNode;
}

declare module '@theme/WideTable' {
  import type {ReactNode} from 'react';

  export default function WideTable(props: {children: ReactNode; className?: string; cards?: boolean}): ReactNode;
}

declare module '@theme/GraphPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['GraphPage'];
  }
  export default function GraphPage(props: Props): ReactNode;
}

declare module '@theme/View' {
  import type {ReactNode} from 'react';
  import type {ViewData} from 'plugins/roadmap/model/viewData';

  export interface Props {
    /** Every view of the page, computed by the build, in the order of the text. */
    readonly views: readonly ViewData[];
    readonly index: number;
  }
  export default function View(props: Props): ReactNode;
  export function ViewOf(props: {readonly view: ViewData}): ReactNode;
}

declare module '@theme/ReviewPage' {
  import type {ReactNode} from 'react';
  import type {PageDataOf} from 'plugins/roadmap/model/generatedPages';

  export interface Props {
    readonly page: PageDataOf['ReviewPage'];
  }
  export default function ReviewPage(props: Props): ReactNode;
}

declare module '@theme/CheckYourself' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** How many cards the block holds. */
    readonly count: number;
    /** The note's deck on /review, and its Anki file, below the base URL; null for an unlisted note or a draft. */
    readonly deck: {slug: string; export: string} | null;
    readonly children: ReactNode;
  }
  export default function CheckYourself(props: Props): ReactNode;
}

declare module '@theme/TrendLine' {
  import type {ReactNode} from 'react';
  import type {Trend} from 'plugins/roadmap/model/homeTrends';

  export default function TrendLine(props: {trend: Trend}): ReactNode;
}
