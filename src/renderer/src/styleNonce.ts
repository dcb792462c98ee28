// The page's style nonce: the front door writes a fresh one into index.html for each load and
// names it in the page's Content Security Policy, the only way an inline <style> is let in.
// Two libraries write <style> elements and both are handed it here: Mantine (its CSS variables
// and responsive classes, through MantineProvider's getStyleNonce) and react-remove-scroll-bar,
// which Mantine's Modal uses to lock the page's scroll and which reads the nonce from the
// `__webpack_nonce__` global (the get-nonce convention; this bundle keeps only that path).
const nonce = document.querySelector('meta[name="redress-style-nonce"]')?.getAttribute('content') ?? '';

(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;

export const getStyleNonce = (): string => nonce;
