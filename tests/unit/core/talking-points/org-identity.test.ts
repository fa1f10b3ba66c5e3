import { describe, expect, test } from 'vitest';
import { normaliseOrgName, sameOrg } from '../../../../src/core/talking-points';

describe('normaliseOrgName', () => {
  test.each([
    ['Acme', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['ACME Inc', 'acme'],
    ['The Acme Company Ltd.', 'acme company'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['Siemens AG', 'siemens'],
    ['AT&T', 'at and t'],
    ['Procter & Gamble', 'procter and gamble'],
    ['Inc', 'inc'],
    ['S.A.P. SE', 'sap'],
    ['  ', ''],
  ])('%s → %s', (name, expected) => {
    expect(normaliseOrgName(name)).toBe(expected);
  });
});

describe('sameOrg', () => {
  test('different page kinds fall back to the name (a school linked as company on an older page)', () => {
    expect(sameOrg({ name: 'KTH', pageKey: 'company/123' }, { name: 'KTH', pageKey: 'school/kth' })).toBe(true);
    expect(sameOrg({ name: 'KTH', pageKey: 'company/123' }, { name: 'Royal Institute of Technology', pageKey: 'school/kth' })).toBe(false);
  });
  test('the same page makes two names one organisation', () => {
    expect(sameOrg({ name: 'LMU', pageKey: 'school/lmu' }, { name: 'Ludwig-Maximilians-Universität München', pageKey: 'school/lmu' })).toBe(true);
  });
});
