/**
 * File types a browser opens as a document of the site's own origin, where a
 * script in the file runs with the site's cookies and storage: HTML, XHTML,
 * SVG, MHTML, and every XML type (the HTML standard renders any `text/xml`,
 * `application/xml` or `…+xml` response as an XML document, and XHTML
 * elements inside it run their scripts). A static host picks the type from
 * the extension alone; GitHub Pages takes its table from mime-db, so the XML
 * extensions below are mime-db's (1.54), and tests/unit/static-files.test.ts
 * fails when an installed mime-db knows one more. That is why `.rs` is here:
 * mime-db serves it as `application/rls-services+xml`.
 *
 * Not here, on purpose:
 * - `.pdf`: browsers open it in a viewer of their own (Chromium's PDF viewer,
 *   Firefox's pdf.js) whose scripting is sandboxed away from the site's page,
 *   and papers link PDFs.
 * - `.js`, `.css`, `.json`, text, pictures, archives: shown as text or
 *   downloaded when opened, never run as a page.
 */
export type DocumentKind = 'an HTML' | 'an XHTML' | 'an SVG' | 'an MHTML' | 'an XML';

const NAMED: Readonly<Record<string, DocumentKind>> = {
  html: 'an HTML',
  htm: 'an HTML',
  shtml: 'an HTML',
  xhtml: 'an XHTML',
  xht: 'an XHTML',
  xhtm: 'an XHTML',
  svg: 'an SVG',
  svgz: 'an SVG',
  mht: 'an MHTML',
  mhtml: 'an MHTML',
  // Mozilla's binding and UI languages: XML documents nothing on this site needs.
  xbl: 'an XML',
};

/** mime-db's extensions of text/xml, application/xml and every `…+xml` type. */
// prettier-ignore
export const XML_EXTENSIONS: ReadonlySet<string> = new Set([
  '1km', 'ac', 'aml', 'atom', 'atomcat', 'atomdeleted', 'atomsvc', 'bdo', 'bmml', 'ccxml', 'cdfx', 'cdxml',
  'cpl', 'csl', 'dae', 'davmount', 'dbk', 'dcmp', 'dd2', 'ddf', 'dtb', 'dwd', 'emma', 'emotionml', 'es3',
  'et3', 'fdt', 'fo', 'gml', 'gpx', 'grxml', 'hal', 'held', 'ink', 'inkml', 'irp', 'its', 'kml', 'lasxml',
  'lbe', 'lgr', 'link66', 'lostxml', 'mads', 'maei', 'mathml', 'meta4', 'metalink', 'mets', 'mods', 'mpd',
  'mpf', 'mpkg', 'mpp', 'mrcx', 'mscml', 'musd', 'musicxml', 'mxml', 'ncx', 'obgx', 'omdoc', 'opf', 'osfpvg',
  'osm', 'owl', 'pls', 'provx', 'pskcxml', 'rapd', 'rdf', 'relo', 'res', 'rif', 'rl', 'rld', 'rng', 'rs',
  'rsat', 'rsd', 'rsheet', 'rss', 'rusd', 'sbml', 'sdkd', 'sdkm', 'senmlx', 'sensmlx', 'shf', 'sls', 'smi',
  'smil', 'sru', 'srx', 'ssdl', 'ssml', 'stpx', 'swidtag', 'td', 'tei', 'teicorpus', 'tfi', 'ttml', 'uo',
  'uoml', 'uvt', 'uvvt', 'vxml', 'wadl', 'wbs', 'wif', 'wsdl', 'wspolicy', 'x3d', 'x3dz', 'xaml', 'xav',
  'xca', 'xcs', 'xdcf', 'xdf', 'xdm', 'xdp', 'xdssc', 'xel', 'xenc', 'xer', 'xhvml', 'xlf', 'xml', 'xns',
  'xop', 'xpl', 'xsd', 'xsf', 'xsl', 'xslt', 'xsm', 'xspf', 'xul', 'xvm', 'xvml', 'yin', 'zaz', 'zmm',
]);

/** What a browser would open the file as, when that is a document that can run script. */
export function documentKindOf(file: string): DocumentKind | undefined {
  const name = file.split('/').at(-1) ?? file;
  const dot = name.lastIndexOf('.');
  // Hosts match extensions without regard to case, and mime-types reads `.xml` as an XML file too.
  if (dot === -1) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return NAMED[extension] ?? (XML_EXTENSIONS.has(extension) ? 'an XML' : undefined);
}
