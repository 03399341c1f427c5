import {AnsiUp} from 'ansi_up';

/**
 * Terminal text (a stream or a traceback) as HTML: escaped, with ANSI colours
 * as `ansi-*` classes that the site styles in both colour schemes
 * (src/css/custom.css). ansi_up does the parsing (SGR codes, 256 colours,
 * links); what it writes as inline styles (bold, 256 and true colours) is
 * turned into a class or left out here, because the sanitizer drops every
 * `style` attribute and `npm run check` would report each one.
 */
export function ansiToHtml(text: string): string {
  const ansi = new AnsiUp();
  ansi.use_classes = true;
  // Links in terminal output (OSC 8) become plain text.
  ansi.url_allowlist = {};
  return ansi
    .ansi_to_html(text)
    .replace(/<span style="font-weight:bold"( class="([^"]*)")?>/g, (_, __, classes: string | undefined) =>
      classes ? `<span class="ansi-bold ${classes}">` : '<span class="ansi-bold">',
    )
    .replace(/ style="[^"]*"/g, '');
}
