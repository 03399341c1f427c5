import type {ReactNode} from 'react';
import type {SkillsPageData} from 'plugins/roadmap/model/skillsPage';
import styles from './styles.module.css';

const CELL = 30;
const GAP = 4;
const LABEL = 230;

/**
 * One row per category, one cell per skill, shaded by its level; a ring marks
 * a skill at or above its target. Decorative for screen readers: the tables
 * below say the same in words.
 */
export default function HeatGrid({skills}: {skills: SkillsPageData}): ReactNode {
  const widest = Math.max(1, ...skills.categories.map((c) => c.skills.length));
  const width = LABEL + widest * (CELL + GAP);
  const height = skills.categories.length * (CELL + GAP);
  const top = skills.levels.length - 1;
  return (
    <figure className={styles.heatGrid}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
        {skills.categories.map((category, row) => (
          <g key={category.id} transform={`translate(0 ${row * (CELL + GAP)})`}>
            <text x={0} y={CELL / 2} dominantBaseline="middle" className={styles.gridLabel}>
              {category.title}
            </text>
            {category.skills.map((skill, column) => (
              <rect
                key={skill.id}
                x={LABEL + column * (CELL + GAP)}
                y={1}
                width={CELL - 2}
                height={CELL - 2}
                rx={4}
                className={skill.level >= skill.target ? styles.atTarget : undefined}
                style={{fillOpacity: 0.12 + (0.88 * skill.level) / Math.max(1, top)}}>
                <title>{`${skill.title}: ${skills.levels[skill.level] ?? skill.level}, target ${skills.levels[skill.target] ?? skill.target}`}</title>
              </rect>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        Each square is a skill, darker for a higher level ({skills.levels.join(', ')}); a ring marks a skill at its
        target. {skills.atTarget} of {skills.total} skills are at target.
      </figcaption>
    </figure>
  );
}
