import {mdxFileProblem} from '../../safeContent/mdxContent';
import {siteRule} from './siteRule';

export const mdxFilesRule = siteRule({
  name: 'mdx-files',
  description:
    'the compiled files, their names and front matter, and the trusted list: an untrusted .mdx file or `format: mdx`',
  reads: ['compiled', 'trusted'],
  runsIn: 'both',
  run: ({compiled, trusted}) => ({problems: compiled.flatMap((file) => mdxFileProblem(file, trusted) ?? [])}),
});
