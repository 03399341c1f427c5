import type {Page} from 'playwright-core';

/** A box that hides part of its content behind a horizontal scroll bar, or the page itself. */
export interface ClippedBox {
  /** A short CSS path to the element, for the failure message. */
  where: string;
  /** How many CSS pixels are out of view. */
  hidden: number;
}

/** Text a reader cannot see: fully transparent, or the colour of what is behind it. */
export interface InvisibleText {
  where: string;
  text: string;
  color: string;
  background: string;
}

// The scripts below run in the page. They are strings so that the test
// runner's transform (which names functions with a helper of its own) leaves
// them alone.

/**
 * How much wider than the window the page is, and every box whose content is
 * wider than the box and scrolls or is cut sideways. Code blocks and display
 * math may scroll: they cannot wrap without changing their meaning.
 */
export async function sidewaysOverflow(page: Page): Promise<{page: number; boxes: ClippedBox[]}> {
  return page.evaluate(`(() => {
    const path = (el) => {
      const parts = [];
      for (let node = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
        const cls = [...node.classList].filter((c) => !c.startsWith('theme-')).slice(0, 2);
        parts.unshift(node.tagName.toLowerCase() + (cls.length ? \`.\${cls.join('.')}\` : ''));
      }
      return parts.join(' > ');
    };
    const mayScroll = (el) =>
      el.closest('pre, code, .katex-display, .katex, [class*="codeBlock"]') !== null;
    const boxes = [...document.querySelectorAll('body *')].flatMap((el) => {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return [];
      // Out of sight (the closed phone menu) or cut on purpose with an ellipsis.
      if (!el.checkVisibility({checkVisibilityCSS: true}) || style.textOverflow === 'ellipsis') return [];
      if (el.clientWidth === 0 || mayScroll(el)) return [];
      // Visually hidden text (the clip-path trick) is for screen readers; it is meant to be cut.
      if (el.clientWidth <= 1 || style.clipPath.startsWith('inset(50%')) return [];
      const hidden = el.scrollWidth - el.clientWidth;
      return hidden > 1 ? [{where: path(el), hidden}] : [];
    });
    return {page: document.documentElement.scrollWidth - window.innerWidth, boxes};
  })()`);
}

/**
 * Every visible element whose own text is transparent or within a hair of the
 * colour behind it (contrast ratio under 1.5). axe skips such text when it
 * cannot work out the background; this walks up to the first opaque one.
 */
export async function invisibleText(page: Page): Promise<InvisibleText[]> {
  return page.evaluate(`(() => {
    const rgba = (value) => {
      const m = value.match(/rgba?\\(([^)]+)\\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a ?? 1];
    };
    const luminance = ([r, g, b]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const backgroundOf = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const bg = rgba(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0.5) return bg;
      }
      return [255, 255, 255, 1];
    };
    const found = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || rect.width < 2 || rect.height < 2) continue;
      // Text hidden from screen readers (a chart's axis, a legend) is still seen: it is checked too.
      if (style.clipPath.startsWith('inset(50%') || el.closest('.katex-mathml')) continue;
      // SVG text is painted with fill, not color.
      const svgText = el instanceof SVGElement;
      if (svgText && !style.fill.startsWith('rgb')) continue;
      const color = rgba(svgText ? style.fill : style.color);
      const bg = backgroundOf(el);
      const [light, dark] = [luminance(color), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      if (color[3] < 0.2 || ratio < 1.5) {
        found.push({
          where: \`\${el.tagName.toLowerCase()}.\${[...el.classList].slice(0, 2).join('.')}\`,
          text: own.slice(0, 40),
          color: svgText ? style.fill : style.color,
          background: \`rgba(\${bg.join(', ')})\`,
        });
      }
    }
    return found;
  })()`);
}
