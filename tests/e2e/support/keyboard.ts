// Keyboard-only helpers: reach a control the way a person would, with Tab.
import type { Locator, Page } from 'playwright-core';

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached in `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  const max = options.max ?? 30;
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  const active = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`
      : 'nothing';
  });
  throw new Error(`Could not reach ${target.toString()} with ${max} Tab presses; focus is on ${active}`);
}

export async function expectFocused(target: Locator, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isFocused(target)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Expected ${target.toString()} to have focus`);
}
