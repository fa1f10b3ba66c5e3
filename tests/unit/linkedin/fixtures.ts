// Loading saved and constructed LinkedIn pages for the reader tests. Pages are parsed with the
// test environment's DOMParser (happy-dom), never written into a live document.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describePage, profileFindings, readProfile, splitName, type InviteDialog, type NameParts, type PageDiagnostics, type ProfileRead, type Scope } from '../../../src/linkedin';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function loadPage(path: string): Document {
  return new DOMParser().parseFromString(fixtureText(path), 'text/html');
}

export function readJson<T>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}

/** The first element matching a selector, or a test failure that names it. */
export function must<T extends Element = Element>(scope: ParentNode, selector: string): T {
  const el = scope.querySelector<T>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

/**
 * readProfile's read with the name split as its consumers split it (core/names.ts splitName with
 * the card's first-name hints: the composer's person, the background's last profile).
 */
export function readNamed(root: Scope, pageUrl?: string): ProfileRead & NameParts {
  const read = readProfile(root, pageUrl);
  return { ...read, ...splitName(read.fullName, read.firstNameHints) };
}

/** A whole health report, as content.js (profileFindings) and composer.js (describePage) make it together. */
export function diagnose(root: Scope, problem: PageDiagnostics['problem'], pageUrl?: string, dialog?: InviteDialog | null): PageDiagnostics {
  return describePage(root, problem, profileFindings(root, pageUrl), dialog);
}
