// The accessibility gate: axe-core run on what the page shows now, failing on any violation (there
// is no baseline to hide behind). The page models call it whenever a screen is shown or a dialog
// opens, so every test checks every state it visits without asking.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** Waits for fades and slides to end: mid-fade text is half transparent and fails contrast falsely. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

function describe(violation: Result): string {
  const targets = violation.nodes.map(
    (n) => `    ${n.target.join(' ')} ${n.html.slice(0, 160)}${summary(n.failureSummary)}`,
  );
  return `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${targets.join('\n')}`;
}

function summary(text: string | undefined): string {
  const first = text?.split('\n').find((line) => line.trim() && !line.startsWith('Fix'));
  return first ? ` — ${first.trim()}` : '';
}

/** Throws, naming each rule, its impact, the elements and `label`, if axe finds any violation. */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
  const started = Date.now();
  // A notification can start fading out while axe runs (its timer is not ours to wait for), and
  // half-faded text fails contrast falsely: from the first check on, the page asks for reduced
  // motion, which the theme honours by showing and hiding without fades.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await settle(page);
  // Legacy mode runs axe in the page itself: the suite's pages come from browser.newPage(), which
  // the default mode refuses (it opens a second page in the context); the app has no iframes to miss.
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  // REDRESS_A11Y_LOG=1 lists every state checked, to count them.
  if (process.env.REDRESS_A11Y_LOG) console.log(`a11y checked: ${label} (${Date.now() - started} ms)`);
  if (results.violations.length === 0) return;
  throw new Error(`Accessibility violations on "${label}":\n${results.violations.map(describe).join('\n')}`);
}
