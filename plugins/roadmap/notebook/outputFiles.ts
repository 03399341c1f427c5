import {createHash} from 'node:crypto';
import {imageSize} from 'image-size';
import {svgImage, type SvgRemoval} from './svgImage';

/**
 * An image a notebook saved in an output, as a file of its own: pages load
 * figures as files (cached, lazy), never as base64 inside the HTML or JS.
 */
export interface OutputFile {
  /** Content-hashed, e.g. `3f2a…9c.png`: one file per distinct image, cached forever. */
  name: string;
  bytes: Uint8Array;
  width: number | undefined;
  height: number | undefined;
  /** What the SVG sanitizer took out of the saved image (svgImage.ts); none for PNG and JPEG. */
  removed: readonly SvgRemoval[];
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/svg+xml': 'svg',
};

export const IMAGE_TYPES = Object.keys(EXTENSIONS);

/** Where the build publishes output images, below the site's base URL. */
export const OUTPUT_FILES_FOLDER = 'assets/notebook-outputs';

/**
 * The file of one saved image: base64 for PNG and JPEG, text for SVG (as
 * Jupyter writes them). An SVG is published as the sanitizer leaves it, and
 * named by those bytes: the name changes when the sanitizer does, so no
 * reader's cache keeps an older file. Width and height come from the
 * image's own header or attributes, so the page keeps its layout while
 * images load.
 */
export function outputFile(type: string, saved: string): OutputFile | undefined {
  const extension = EXTENSIONS[type];
  if (!extension) return undefined;
  const image = type === 'image/svg+xml' ? svgImage(saved) : undefined;
  if (image && image.svg === undefined) return undefined;
  const bytes = image?.svg
    ? new TextEncoder().encode(image.svg)
    : new Uint8Array(Buffer.from(saved.replace(/\s/g, ''), 'base64'));
  if (bytes.length === 0) return undefined;
  let size: {width?: number; height?: number} = {};
  try {
    size = imageSize(bytes);
  } catch {
    // An image whose size cannot be read still shows, at its own size.
  }
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  return {name: `${hash}.${extension}`, bytes, width: size.width, height: size.height, removed: image?.removed ?? []};
}
