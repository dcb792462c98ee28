// Shared pieces of the layering rules (eslint.config.mjs and the floors inside src/main and the
// renderer). In flat config a later block's `no-restricted-imports` replaces an earlier one for the
// same files, so each floor's block repeats its layer's outer restrictions through these helpers.
import { builtinModules } from 'node:module';

export const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
export const nodeBuiltins = (message) => [
  { name: 'electron', message },
  ...NODE_BUILTINS.map((name) => ({ name, message })),
];

export const NODE_PREFIX = { regex: '^node:', message: 'Node built-ins are not available in this layer.' };
export const STORE_LIBRARIES = {
  regex: '^(better-sqlite3|kysely)(/|$)',
  message: 'Only the store (src/main/db) talks to SQLite; go through the contract.',
};
/** A relative import that reaches into another top-level layer folder. */
export const intoLayer = (layers, message, extra = {}) => ({
  regex: `^\\.{1,2}/(?:\\.\\./)*(?:src/)?(?:${layers.join('|')})(?:/|$)`,
  message,
  ...extra,
});

export const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
  ].map((name) => [name, 'readonly']),
);

/** The renderer's outer walls (no Node, Electron, store or src/main). */
export const rendererOuter = {
  paths: nodeBuiltins(
    'The renderer is a sandboxed web page: no Node built-ins or Electron. Use the api client.',
  ),
  patterns: [
    NODE_PREFIX,
    STORE_LIBRARIES,
    intoLayer(
      ['main'],
      'The renderer never imports from src/main: call the domain through the contract (window.redress / HTTP).',
    ),
    intoLayer(['preload'], 'From src/preload the renderer may only import types (import type …).', {
      allowTypeImports: true,
    }),
  ],
};

/** src/main outside the Electron shell: plain Node, no renderer or preload. */
export const mainOuter = {
  paths: [
    {
      name: 'electron',
      message:
        'Only the Electron shell (src/main/index.ts, src/main/electron/) may import electron; this code must run under plain Node.',
    },
  ],
  patterns: [intoLayer(['renderer', 'preload'], 'src/main does not import the renderer or the preload.')],
};
