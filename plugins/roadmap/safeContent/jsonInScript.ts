/**
 * JSON for the inside of a `<script>` element (JSON-LD structured data).
 *
 * An HTML parser ends a script at the first `</script`, and `<!--` can make
 * it skip that end, whatever JSON says about strings: a title such as
 * `P </script><script>alert(1)</script>` would close Docusaurus's JSON-LD
 * block and run. Escaping every `<`, `>` and `&` as `\u003c`, `\u003e` and
 * `\u0026` leaves the same JSON value (a JSON parser reads them back) with no
 * markup for the HTML parser to find; U+2028 and U+2029 are escaped too, for
 * readers that take the text as JavaScript.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
