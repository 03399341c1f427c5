import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Props} from '@theme/NoteIndex';

/** Every listed free-form note, linked. */
export default function NoteIndex({index}: Props): ReactNode {
  if (index.notes.length === 0) return <p>No notes yet.</p>;
  return (
    <ul aria-label="Notes">
      {index.notes.map((note) => (
        <li key={note.permalink}>
          <Link to={note.permalink}>{note.title}</Link>
        </li>
      ))}
    </ul>
  );
}
