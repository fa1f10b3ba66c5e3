// `npm run screenshots`: builds Rapport and saves the README's screenshot set into docs/screenshots/
// (committed, so the README's links work on a fresh clone): the composer in LinkedIn's 2024 and
// 2026 invite dialogs and in dark, the popup with a realistic queue, each options section, the side
// panel, and two store-listing images at 1280×800. Everything runs offline on the simulator pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ChromiumMissingError } from '../e2e/chromium-path';
import { launchExtension, projectRoot, type Extension } from '../e2e/harness';
import { askBackground, inComposer, openNoteStep, openSim } from '../e2e/composer-helpers';
import { starterTemplates } from '../../src/core/starter-templates';

const outDir = join(projectRoot, 'docs/screenshots');
const DAY = 86_400_000;
const saved: string[] = [];

if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

let ext: Extension;
try {
  ext = await launchExtension();
} catch (error) {
  if (error instanceof ChromiumMissingError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
mkdirSync(outDir, { recursive: true });

async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, ...options });
  saved.push(relative(projectRoot, path));
}

// A person who has used Rapport for a few weeks: the starter templates, their name and interest,
// and a queue with people due, waiting, followed up, going stale and accepted.
const daysAgo = (days: number) => new Date(Date.now() - days * DAY - 3_600_000).toISOString();
const person = (slug: string, name: string, days: number, extra: Record<string, unknown> = {}) => ({
  id: slug, name, profileUrl: `https://www.linkedin.com/in/${slug}/`, sentAt: daysAgo(days), status: 'pending', source: 'composer', note: '', ...extra,
});
const invitations = [
  person('ana-lopez', 'Ana López', 9, { company: 'Acme Data', note: 'Hi Ana, your talk on data contracts at the Berlin meetup changed how our team plans releases. Would love to stay in touch!' }),
  person('kwame-mensah', 'Kwame Mensah', 12, { company: 'Northwind Logistics', note: 'Hi Kwame, I read your post on warehouse forecasting. I am exploring data platform work and would value your view.' }),
  person('chloe-martin', 'Chloé Martin', 8, { company: 'Lumen Health', note: 'Hi Chloé, fellow Lyon alum here. Open to a short chat about your move into analytics?' }),
  person('hiroshi-tanaka', 'Hiroshi Tanaka', 7, { company: 'Kaizen Robotics', headline: 'Staff engineer, perception' }),
  person('dan-weber', 'Dan Weber', 2, { company: 'Fabrikam', note: 'Hi Dan, thanks for the great question at yesterday’s panel.' }),
  person('priya-raman', 'Priya Raman', 0, { company: 'Contoso Cloud', note: 'Hi Priya, we both went to IIT Madras. I work on data platforms too; would you be open to swapping notes?' }),
  person('eva-novak', 'Eva Novak', 10, { company: 'Contoso', followedUpAt: daysAgo(1) }),
  person('finn-berg', 'Finn Berg', 30, { company: 'Globex' }),
  person('lucia-ferrer', 'Lucía Ferrer', 15, { company: 'Meridian', status: 'accepted', statusChangedAt: daysAgo(11) }),
];
await askBackground(ext, {
  type: 'backup.import', mode: 'replace',
  text: JSON.stringify({
    format: 'rapport-backup', version: 1, templates: starterTemplates, invitations,
    settings: { myName: 'Sam Rivera', myInterest: 'data platform work', followUpAfterDays: 7, giveUpAfterDays: 21 },
  }),
});
for (const page of ext.context.pages()) await page.close();

// LinkedIn's dark mode, roughly, for the simulator's page and dialog (screenshots only).
const SIM_DARK = `
  html.theme--dark { --sim-bg: #000; --sim-ink: #e8e8e8; --sim-line: #38434f; --sim-muted: #b0b7bf; }
  html.theme--dark .sim-body, html.theme--dark .sim-card, html.theme--dark .sim-modal, html.theme--dark .sim-menu,
  html.theme--dark header, html.theme--dark nav { background: #1b1f23 !important; color: #e8e8e8 !important; }
  html.theme--dark .sim-body { background: #000 !important; }
  html.theme--dark textarea { background: #1b1f23; color: #e8e8e8; border-color: #8c959f; }
  html.theme--dark .sim-quota { background: #3a3123; color: #f0e1c0; }`;

// The composer, in both of LinkedIn's invite dialogs, then in dark.
for (const [variant, sim] of [['2024', 'profile-2024'], ['2026', 'profile-2026']] as const) {
  const { page } = await openSim(ext, sim, { variant, limit: 200 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openNoteStep(page);
  await inComposer(page, 'insert').click();
  await shot(page, `composer-${variant}`);
  if (variant === '2026') await shot(page, 'store-composer');
  await page.close();
}

// Dark: the composer follows LinkedIn's own theme (its `theme--dark` marker), not the computer's,
// so the simulator is put in LinkedIn's dark mode before the dialog opens (2024 dialog: in the page).
{
  const { page } = await openSim(ext, 'profile-2024', { variant: '2024', limit: 200 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
  await page.addStyleTag({ content: SIM_DARK });
  await openNoteStep(page);
  await inComposer(page, 'insert').click();
  await shot(page, 'composer-dark');
  await page.close();
}

// The popup at its real width, with the queue above.
const popup = await ext.openExtensionPage('src/popup/index.html');
await popup.setViewportSize({ width: 380, height: 600 });
await popup.locator('[role=option]').first().waitFor();
await shot(popup, 'popup');
await popup.emulateMedia({ colorScheme: 'dark' });
await shot(popup, 'popup-dark');
await popup.close();

// Each options section; the templates section with a template open in the editor.
const options = await ext.openExtensionPage('src/options/index.html#templates');
await options.setViewportSize({ width: 1280, height: 800 });
await options.locator('[data-rapport="template-row"]').first().waitFor();
await options.locator('[data-rapport="template-edit"]').first().click();
await options.locator('[data-rapport="template-editor"]').waitFor();
await shot(options, 'store-options');
await shot(options, 'options-templates', { fullPage: true });
for (const section of ['settings', 'backup', 'history'] as const) {
  await options.locator(`[data-rapport="nav-${section}"]`).click();
  await options.locator(`[data-rapport="${section}-section"]`).waitFor();
  await options.waitForTimeout(300);
  await shot(options, `options-${section}`, { fullPage: true });
}
await options.close();

// The side panel, after a profile was viewed.
const { page: profile } = await openSim(ext, 'profile-2026', { limit: 200 });
await profile.waitForTimeout(1000);
const panel = await ext.openExtensionPage('src/sidepanel/index.html');
await panel.setViewportSize({ width: 400, height: 760 });
await panel.locator('[data-rapport="sidepanel-note"]').waitFor();
await shot(panel, 'sidepanel');
await panel.emulateMedia({ colorScheme: 'dark' });
await shot(panel, 'sidepanel-dark');

await ext.close();
console.log(`Saved ${saved.length} screenshots:`);
for (const path of saved) console.log(`  ${path}`);
