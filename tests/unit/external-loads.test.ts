import {expect, it} from 'vitest';
import {externalLoadsInCss, externalLoadsInHtml} from '../support/externalLoads';

it('finds stylesheets, scripts and fonts on other hosts, and ignores plain links', () => {
  const html = `<link rel=stylesheet href=https://cdn.example.net/katex.css>
    <link rel="canonical" href="https://me.github.io/"><a href="https://arxiv.org/abs/1706.03762">paper</a>
    <script src="//static.example.org/x.js"></script><script src="/assets/js/main.js"></script>
    <link rel="preload" href="https://fonts.example.com/a.woff2" as="font">`;
  expect(externalLoadsInHtml(html)).toEqual([
    'https://cdn.example.net/katex.css',
    '//static.example.org/x.js',
    'https://fonts.example.com/a.woff2',
  ]);
  expect(
    externalLoadsInCss(`@import url("https://fonts.example.net/css?family=Inter");
    .a{src:url(/assets/fonts/KaTeX_Main.woff2) format("woff2")} .b{background:url('http://x.org/i.png')}`),
  ).toEqual(['https://fonts.example.net/css?family=Inter', 'http://x.org/i.png']);
});
