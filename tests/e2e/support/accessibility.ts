// The accessibility gate: axe-core run on what the page shows now, failing on any violation (there
// is no baseline to hide behind). The page models call it whenever a screen is shown or a dialog
// opens, so every test checks every state it visits without asking.
//
// Axe is most of a browser test's time, so it runs lean: injected once per page load (not twice per
// check, as @axe-core/playwright's legacy mode does), asked for violations only (the passes of a big
// screen are thousands of nodes to copy back), and a state already checked on this page (the very
// same markup, focus and window size, as when a screenshot follows a check) is not checked again:
// axe's answer depends on nothing else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Per page: fingerprints of the states that passed. */
const passed = new WeakMap<Page, Set<string>>();

/** Waits for fades and slides to end: mid-fade text is half transparent and fails contrast falsely. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

/** The page's state as axe sees it: its markup, where the focus is, the window's size. */
function fingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focus = document.activeElement;
    const text = `${innerWidth}x${innerHeight}|${focus?.tagName}#${focus?.id}|${focus?.getAttribute('aria-label')}|${document.documentElement.outerHTML}`;
    // FNV-1a over the text, with its length: collisions between two states of one page are not a concern.
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return `${text.length}:${(hash >>> 0).toString(16)}`;
  });
}

async function violations(page: Page): Promise<Result[]> {
  const injected = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  });
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
  const state = await fingerprint(page);
  let seen = passed.get(page);
  if (!seen) passed.set(page, (seen = new Set()));
  const again = seen.has(state);
  const found = again ? [] : await violations(page);
  // REDRESS_A11Y_LOG=1 lists every state checked, to count them.
  if (process.env.REDRESS_A11Y_LOG)
    console.log(`a11y checked: ${label} (${again ? 'seen before' : `${Date.now() - started} ms`})`);
  if (found.length === 0) {
    seen.add(state);
    return;
  }
  throw new Error(`Accessibility violations on "${label}":\n${found.map(describe).join('\n')}`);
}
