import {checkView, type ViewQuery} from '../schema/viewQuery';
import {fieldName, type Problem} from '../site/problem';
import type {NoteBody} from './noteLinks';
import {parseYaml, YamlSyntaxError} from './yaml';

/** A view as a note writes it: checked, at the line of its YAML's first line in the file. */
export interface NoteView {
  query: ViewQuery;
  line: number;
}

/**
 * Every ```view block of a note's body, read with the front matter's YAML
 * reader and checked against the registry: the views, in the order of the
 * text, or every problem of every view, each at its line in the file.
 */
export function readNoteViews(file: string, body: NoteBody, today: string): {views: NoteView[]; problems: Problem[]} {
  // The views rule and the build's views both read a file's views: its YAML is parsed once per day asked.
  const key = `${file}\n${today}`;
  const known = read.get(body)?.get(key);
  if (known) return known;
  const found = readViews(file, body, today);
  read.set(body, (read.get(body) ?? new Map()).set(key, found));
  return found;
}

const read = new WeakMap<NoteBody, Map<string, {views: NoteView[]; problems: Problem[]}>>();

function readViews(file: string, body: NoteBody, today: string): {views: NoteView[]; problems: Problem[]} {
  const views: NoteView[] = [];
  const problems: Problem[] = [];
  for (const block of body.views) {
    const at = (line: number) => body.fileLine(line);
    try {
      const {data, lineOf} = parseYaml(block.yaml, block.line);
      const {view, problems: found} = checkView(data, today);
      for (const {path, message} of found)
        problems.push({file, line: at(lineOf(path)), field: fieldName(['view', ...path]), message});
      if (view) views.push({query: view, line: at(block.line)});
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      problems.push({file, line: at(error.line), field: 'view', message: error.message});
    }
  }
  return {views: problems.length === 0 ? views : [], problems};
}
