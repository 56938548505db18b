// Both themes meet WCAG 2.2 AA for text: every text colour of styles.css against every background it is used on
// reaches 4.5:1 (normal text), read from the stylesheet itself so a palette change cannot slip past.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(__dirname, '../../src/renderer/styles.css'), 'utf8');

function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// [text, background] as the screens pair them.
const PAIRS: readonly [string, string][] = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'alert-bg'],
  ['muted', 'bg'], ['muted', 'surface'], ['muted', 'alert-bg'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent-text', 'accent'], ['accent-text', 'chip-on'],
  ['danger', 'surface'], ['danger', 'alert-bg'], ['ok', 'surface'], ['warn-text', 'warn-bg'],
];

describe('theme contrast', () => {
  for (const [theme, selector] of [['normal', ':root'], ['dim', ":root[data-theme='dim']"]] as const) {
    it(`keeps every text colour at 4.5:1 or more in ${theme} mode`, () => {
      const p = palette(selector);
      const failing = PAIRS.filter(([fg, bg]) => !(contrast(p[fg], p[bg]) >= 4.5)).map(([fg, bg]) => `${fg} on ${bg}: ${contrast(p[fg], p[bg]).toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }
});
