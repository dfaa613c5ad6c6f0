import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; summary: string }[];
}

/** Runs axe-core for WCAG 2.1 A and AA in the page (contexts need bypassCSP to inject it). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary || '' })),
    })))`)) as Violation[];
}

export function describeViolations(where: string, violations: Violation[]): string {
  const lines = [`${violations.length} accessibility violation(s) on ${where}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? '?'}]: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes) {
      lines.push(`    at ${n.target.map(String).join(' > ')}`);
      lines.push(`       ${n.html.replace(/\s+/g, ' ').slice(0, 240)}`);
      if (n.summary) lines.push(`       ${n.summary.replace(/\n\s*/g, ' | ')}`);
    }
  }
  return lines.join('\n');
}

export async function assertNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, describeViolations(where, violations));
}

/**
 * On the back-office login page: "Inloggen met uw gemeente-account", the employee's account at
 * the embedded test identity provider, and back to the municipality.
 */
export async function staffLoginInBrowser(page: Page, account: string): Promise<void> {
  await page.getByRole('button', { name: 'Inloggen met uw gemeente-account' }).click();
  await page.check(`input[name=medewerker][value="${account}"]`);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}
