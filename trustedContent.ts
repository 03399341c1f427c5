/**
 * Content files that may run code. A `.md` file is CommonMark and cannot; an
 * `.mdx` file (or `format: mdx` in front matter), an `import`/`export`, a
 * `<script>`, an `on…=` handler or a `javascript:` link can. `npm run check`
 * reports each of them unless its file is listed here: a path such as
 * `docs/demo.mdx`, or a folder ending in `/` for everything below it.
 *
 * This is a module of its own, not a field of docusaurus.config.ts, so that
 * `npm run check` can read it in milliseconds without loading Docusaurus;
 * the config imports it and hands it to the roadmap plugin. Adding a path is
 * a decision a reviewer should see in the pull request.
 */
export const trustedContent: readonly string[] = [];
