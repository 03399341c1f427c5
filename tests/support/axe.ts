import path from 'node:path';
import type {AxeResults, ImpactValue, Result} from 'axe-core';
import type {Page} from 'playwright-core';
import {runScriptFile} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';

// Injected from node_modules, never fetched: the test machine is offline.
const AXE_SCRIPT = path.join(REPO_DIR, 'node_modules/axe-core/axe.min.js');

/** The impacts the site must never have; minor and moderate ones are reported by axe but do not fail. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * The rules whose outcome depends on colours. Dark mode changes CSS variables
 * and code-block colours, never the markup, so a page already checked with
 * every rule in light mode needs only these in dark mode (each full run costs
 * seconds on a math page).
 */
export const COLOUR_RULES: readonly string[] = ['color-contrast', 'link-in-text-block'];

/**
 * The serious and critical violations axe-core finds on the page as it is now
 * (every rule, or `only` these), in the whole page or in the elements `within`
 * selects.
 */
export async function blockingViolations(page: Page, only?: readonly string[], within?: string): Promise<Result[]> {
  await runScriptFile(page, AXE_SCRIPT);
  const results = await page.evaluate(
    ([runOnly, include]) => {
      const {axe} = window as unknown as {
        axe: {run: (context: Document | {include: string[]}, options: {runOnly?: string[]}) => Promise<AxeResults>};
      };
      return axe.run(include === undefined ? document : {include: [include]}, runOnly ? {runOnly} : {});
    },
    [only ? [...only] : undefined, within] as const,
  );
  return results.violations.filter((violation) => BLOCKING.includes(violation.impact ?? null));
}

/** One block per rule: id, impact and help, then every failing element's selector and axe's reason. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const reason = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
        return `    ${node.target.join(' >> ')}${reason ? `\n      ${reason}` : ''}`;
      });
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
