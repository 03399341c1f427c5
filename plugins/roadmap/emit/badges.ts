import {makeBadge} from 'badge-maker';
import type {HomePageData} from '../model/homePage';
import type {SkillsPageData} from '../model/skillsPage';

/** `badges/<name>.svg`: what a GitHub README can embed, regenerated on every build. */
export function badges(home: HomePageData, skills: SkillsPageData): Record<string, string> {
  const badge = (label: string, message: string, color: string) => makeBadge({label, message, color, style: 'flat'});
  const {courses} = home;
  return {
    'badges/papers.svg': badge('papers logged', String(home.papersLogged), 'blue'),
    'badges/streak.svg': badge(
      'weekly paper streak',
      `${home.weeklyStreak} week${home.weeklyStreak === 1 ? '' : 's'}`,
      home.weeklyStreak > 0 ? 'brightgreen' : 'lightgrey',
    ),
    'badges/courses.svg': badge('courses done', `${courses.done} of ${courses.total}`, 'teal'),
    'badges/skills.svg': badge('skills at target', `${skills.atTarget} of ${skills.total}`, 'orange'),
  };
}
