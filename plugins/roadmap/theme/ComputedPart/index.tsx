import type {ReactNode} from 'react';
import CurriculumList from '@theme/CurriculumList';
import DetailCard from '@theme/DetailCard';
import NoteIndex from '@theme/NoteIndex';
import type {Props} from '@theme/ComputedPart';

/** What a docs page shows above its prose, computed from the model (emit/remarkComputedPart.ts). */
export default function ComputedPart({part}: Props): ReactNode {
  switch (part.kind) {
    case 'curriculum':
      return <CurriculumList curriculum={part} />;
    case 'notes':
      return <NoteIndex index={part} />;
    default:
      return <DetailCard card={part} />;
  }
}
