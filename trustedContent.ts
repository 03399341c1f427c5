/**
 * Files that may run code. A `.md` file is CommonMark and cannot; an `.mdx`
 * file (or `format: mdx` in front matter), an `import`/`export`, a
 * `<script>`, an `on…=` handler or a `javascript:` link can. So can a file
 * published as it is (in static/, or beside a note) that a browser opens as a
 * document: SVG, XML, HTML, XHTML, MHTML. `npm run check` and the build refuse
 * each of them unless its file is listed here: a path such as
 * `docs/demo.mdx` or `static/img/logo.svg`, or a folder ending in `/` for
 * everything below it.
 *
 * This is a module of its own, not a field of docusaurus.config.ts, so that
 * `npm run check` can read it in milliseconds without loading Docusaurus;
 * the config imports it and hands it to the roadmap plugin. Adding a path is
 * a decision a reviewer should see in the pull request: read the file.
 */
export const trustedContent: readonly string[] = [
  // Reviewed 2026-12-07: a rect, a path and a circle with fills; no script, handler, link, style or entity.
  'static/img/logo.svg',
  'static/img/favicon.svg',
];
