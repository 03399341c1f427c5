import type {Plugin} from '@docusaurus/types';
import type {PolicyOptions} from './contentSecurityPolicy';
import {addPolicyToPages} from './pagesWithPolicy';

/**
 * A Content-Security-Policy in every built page (a `<meta>`: GitHub Pages sets
 * no headers), so that a script that got into a page's content would not run.
 * `docusaurus start` has none: its hot reload needs what the policy refuses.
 */
export default function contentPolicyPlugin(options: PolicyOptions): Plugin {
  return {
    name: 'content-policy',
    async postBuild({outDir}) {
      const pages = await addPolicyToPages(outDir, options);
      if (pages === 0) throw new Error('content-policy: no page of the build got its Content-Security-Policy');
    },
  };
}
