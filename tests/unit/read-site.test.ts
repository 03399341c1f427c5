import {expect, it} from 'vitest';
import {readSiteTexts} from '../../plugins/roadmap/source/readSite';
import {writeSite} from '../../scripts/corpus/exampleSite';

it('reads a folder of more notes than it opens at once, each file with its own text', async () => {
  // More than the 256 files read at a time: the batches must not mix up or drop files.
  const notes = Object.fromEntries(
    Array.from({length: 700}, (_, i) => [`docs/notes/n${i}.md`, `---\ntitle: Note ${i}\n---\n`]),
  );
  const texts = await readSiteTexts(await writeSite(notes));
  for (const [file, text] of Object.entries(notes)) expect(texts.get(file), file).toBe(text);
  expect([...texts.keys()].filter((f) => f.startsWith('docs/notes/n'))).toHaveLength(700);
});
