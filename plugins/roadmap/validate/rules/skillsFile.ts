import {skillLevelProblems, skillsFileRules} from '../dataRules';
import {siteRule} from './siteRule';

export const skillsFileRule = siteRule({
  name: 'skills-file',
  description: 'data/skills.yml, parsed and as read: duplicate ids, levels out of the scale',
  reads: ['parsed'],
  runsIn: 'both',
  run: ({parsed}) => {
    const {skills} = parsed.sources;
    return {
      problems: parsed.at(skills.file, [
        ...(parsed.skills ? skillsFileRules(parsed.skills) : []),
        ...(skills.unreadable ? [] : skillLevelProblems(skills.data)),
      ]),
    };
  },
});
