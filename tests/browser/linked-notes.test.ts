import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, COLOUR_RULES, describeViolations} from '../support/axe';

/** The lived-in post that cites two papers and links a project, a paper and a note (scripts/corpus/livedInSite.ts). */
const POST = '/blog/2026/05/03/shipping-triage';
const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/lived-in');

let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveStatic(inject('livedInOutDir'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(route: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({viewport: {width, height: 900}, colorScheme});
  expect((await page.goto(site.url + route, {waitUntil: 'networkidle'}))?.status()).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

describe('a citation shows its paper on hover and on focus', () => {
  it('with the mouse: the card appears over the link and stays while the pointer is on it', async () => {
    const page = await open(POST);
    const cite = page.getByRole('link', {name: 'He et al., 2016'});
    const card = page.getByRole('tooltip').filter({hasText: 'Deep Residual Learning for Image Recognition'});
    expect(await card.isVisible()).toBe(false);
    await cite.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(
      /Deep Residual Learning for Image Recognition.*Kaiming He.*CVPR.*2016.*Reproduced.*Identity shortcuts/,
    );
    // WCAG 1.4.13: the pointer can move onto the card without it vanishing.
    await card.hover();
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.close();
  });

  it('with the keyboard: focus shows the card, Escape hides it, the link describes itself by it', async () => {
    const page = await open(POST);
    const cite = page.getByRole('link', {name: 'Vaswani et al., 2017'});
    const card = page.getByRole('tooltip').filter({hasText: 'Attention Is All You Need'});
    // Tab from the link before it, as a keyboard reader reaches it.
    await page.getByRole('link', {name: 'He et al., 2016'}).focus();
    await page.keyboard.press('Tab');
    expect(await cite.evaluate((link) => link === document.activeElement)).toBe(true);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await cite.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await cite.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/papers/attention');
    await page.close();
  });

  it('on a phone the open card stays inside the window', async () => {
    const page = await open(POST, 390);
    const cite = page.getByRole('link', {name: 'Vaswani et al., 2017'});
    await cite.focus();
    const card = page.getByRole('tooltip').filter({hasText: 'Attention Is All You Need'});
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect
      .poll(async () => (await card.boundingBox())!.x + (await card.boundingBox())!.width)
      .toBeLessThanOrEqual(390);
    expect((await card.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({path: path.join(SCREENSHOTS, 'citation-card-390.png')});
    await page.close();
  });

  it('axe finds nothing serious with a card open, light and dark', async () => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(POST, 1280, colorScheme);
      await page.getByRole('link', {name: 'He et al., 2016'}).focus();
      await expect.poll(() => page.getByRole('tooltip').first().isVisible()).toBe(true);
      await page.screenshot({path: path.join(SCREENSHOTS, `citation-card-1280-${colorScheme}.png`)});
      const violations = await blockingViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
      if (violations.length > 0) problems.push(`${colorScheme}:\n${describeViolations(violations)}`);
      await page.close();
    }
    expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
  });
});

describe('Linked from', () => {
  it('lists the pages that link here as links, grouped by kind, and opens them', async () => {
    const page = await open('/papers/xgboost', 390);
    const section = page.getByRole('region', {name: 'Linked from'});
    expect(await section.getByRole('heading').allTextContents()).toEqual(['Linked from', 'Projects', 'Posts']);
    await section.getByRole('link', {name: 'Shipping the blood-panel triage'}).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(POST);
    await page.close();
  });
});
