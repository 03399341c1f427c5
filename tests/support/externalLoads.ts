/** Tags whose attribute makes the browser fetch something when the page loads. */
const LOADING_TAG = /<(script|img|iframe|source|video|audio|link)\b[^>]*>/gi;
const LOADING_LINK_REL =
  /\brel=["']?(stylesheet|preload|modulepreload|icon|manifest|prefetch|preconnect|dns-prefetch)\b/i;
const URL_ATTRIBUTE = /\b(?:src|href|srcset)=["']?([^"'\s>]+)/gi;
const CSS_URL = /(?:@import\s+(?:url\(\s*)?|url\(\s*)["']?([^"')\s;]+)/gi;

function isExternal(url: string): boolean {
  return /^(?:[a-z]+:)?\/\//i.test(url) && !/^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//.test(url);
}

/** Addresses on another host that an HTML page would load (stylesheets, scripts, fonts, images). */
export function externalLoadsInHtml(html: string): string[] {
  const found: string[] = [];
  for (const [tag, name] of html.matchAll(LOADING_TAG)) {
    if (name!.toLowerCase() === 'link' && !LOADING_LINK_REL.test(tag)) continue;
    for (const [, url] of tag.matchAll(URL_ATTRIBUTE)) if (isExternal(url!)) found.push(url!);
  }
  return found;
}

/** Addresses on another host that a stylesheet would load (`url(...)`, `@import`). */
export function externalLoadsInCss(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map(([, url]) => url!).filter(isExternal);
}
