import type {Problem} from '../site/problem';
import type {DataFile} from '../site/sources';
import {parseYaml, YamlSyntaxError} from './yaml';

/** YAML that does not parse is a problem of its file, with the line; anything else is a bug. */
export function syntaxProblem(file: string, error: unknown, field: string): Problem {
  if (error instanceof YamlSyntaxError) return {file, line: error.line, field, message: error.message};
  throw error;
}

/** A data file from its text (undefined: the file does not exist), ready to validate. */
export function parseDataFile(file: string, text: string | undefined): {data: DataFile; problems: Problem[]} {
  if (text === undefined)
    return {
      data: {file, data: undefined, lineOf: () => 1, unreadable: true},
      problems: [{file, line: undefined, field: 'file', message: 'missing (expected the data file to exist)'}],
    };
  try {
    return {data: {file, ...parseYaml(text)}, problems: []};
  } catch (error) {
    return {
      data: {file, data: undefined, lineOf: () => 1, unreadable: true},
      problems: [syntaxProblem(file, error, 'yaml')],
    };
  }
}
