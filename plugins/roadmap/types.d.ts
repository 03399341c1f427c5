/// <reference types="@docusaurus/module-type-aliases" />

// The theme components of the roadmap plugin. A site can swizzle any of them.

declare module '@theme/RoadmapHome' {
  import type {ReactNode} from 'react';
  import type {HomePageData} from 'plugins/roadmap/model/homePage';

  export interface Props {
    readonly home: HomePageData;
  }
  export default function RoadmapHome(props: Props): ReactNode;
}

declare module '@theme/ProgressPage' {
  import type {ReactNode} from 'react';
  import type {ProgressPageData} from 'plugins/roadmap/model/progressPage';

  export interface Props {
    readonly progress: ProgressPageData;
  }
  export default function ProgressPage(props: Props): ReactNode;
}

declare module '@theme/SkillsPage' {
  import type {ReactNode} from 'react';
  import type {SkillsPageData} from 'plugins/roadmap/model/skillsPage';

  export interface Props {
    readonly skills: SkillsPageData;
  }
  export default function SkillsPage(props: Props): ReactNode;
}

declare module '@theme/ChangelogPage' {
  import type {ReactNode} from 'react';
  import type {ChangelogPageData} from 'plugins/roadmap/model/changelogPage';

  export interface Props {
    readonly changelog: ChangelogPageData;
  }
  export default function ChangelogPage(props: Props): ReactNode;
}

declare module '@theme/ProjectsPage' {
  import type {ReactNode} from 'react';
  import type {ProjectsPageData} from 'plugins/roadmap/model/projectsPage';

  export interface Props {
    readonly projects: ProjectsPageData;
  }
  export default function ProjectsPage(props: Props): ReactNode;
}

declare module '@theme/BenchmarksPage' {
  import type {ReactNode} from 'react';
  import type {BenchmarksPageData} from 'plugins/roadmap/model/benchmarksPage';

  export interface Props {
    readonly benchmarks: BenchmarksPageData;
  }
  export default function BenchmarksPage(props: Props): ReactNode;
}

declare module '@theme/TalksPage' {
  import type {ReactNode} from 'react';
  import type {TalksPageData} from 'plugins/roadmap/model/talksPage';

  export interface Props {
    readonly talks: TalksPageData;
  }
  export default function TalksPage(props: Props): ReactNode;
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
  import type {PaperLogPageData} from 'plugins/roadmap/model/paperLogPage';

  export interface Props {
    readonly paperLog: PaperLogPageData;
  }
  export default function PaperLogPage(props: Props): ReactNode;
}

declare module '@theme/NextExperimentsPage' {
  import type {ReactNode} from 'react';
  import type {NextExperimentsPageData} from 'plugins/roadmap/model/nextExperiments';

  export interface Props {
    readonly nextExperiments: NextExperimentsPageData;
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
  import type {GraphPageData} from 'plugins/roadmap/model/graphPage';

  export interface Props {
    readonly graph: GraphPageData;
  }
  export default function GraphPage(props: Props): ReactNode;
}
