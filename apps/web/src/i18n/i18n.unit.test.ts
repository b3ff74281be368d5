import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { vi } from './vi/index.ts';
import { addAdminMessages, addCouncilMessages, addDashboardMessages, addReviewMessages } from './vi/on-demand.ts';
import { fillTemplate, interpolate } from './template.ts';

// The whole Vietnamese catalogue, as it is once every page has loaded.
addAdminMessages();
addReviewMessages();
addCouncilMessages();
addDashboardMessages();

describe('message catalogues', () => {
  it('give English for every Vietnamese key, and nothing more', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(vi)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(interpolate('Còn {days} ngày', { days: 36 })).toBe('Còn 36 ngày');
    expect(interpolate('{a} và {b}', { a: 'x' })).toBe('x và {b}');
  });

  it('keeps rich parts as values', () => {
    const code = { tag: 'code' };
    expect(fillTemplate('lệnh {cmd}.', { cmd: code })).toEqual(['lệnh ', code, '.']);
  });
});
