import {svgImageProblems} from '../../safeContent/svgImageProblems';
import {siteRule} from './siteRule';

export const svgOutputsRule = siteRule({
  name: 'svg-outputs',
  description: "each notebook's rendered SVG outputs: what the image allowlist takes out of them",
  reads: ['scanned'],
  runsIn: 'check',
  why: 'the build writes each image with those parts cut out (notebook/svgImage.ts); check names them for the author',
  run: ({scanned}) => ({
    problems: scanned.flatMap(({file, rendered}) => svgImageProblems(file, rendered.imageRemovals ?? [])),
  }),
});
