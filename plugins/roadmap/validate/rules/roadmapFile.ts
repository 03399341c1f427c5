import {roadmapFileRules} from '../dataRules';
import {siteRule} from './siteRule';

export const roadmapFileRule = siteRule({
  name: 'roadmap-file',
  description: 'data/roadmap.yml, parsed, and the course and project slugs: duplicate ids, unknown courses or projects',
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => ({
    problems: parsed.roadmap
      ? parsed.at(
          parsed.sources.roadmap.file,
          roadmapFileRules(parsed.roadmap, {courses: parsed.slugsOf('course'), projects: parsed.slugsOf('project')}),
        )
      : [],
  }),
});
