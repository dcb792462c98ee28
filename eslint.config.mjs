// ESLint (flat config): recommended rules, plus the layering of the architecture enforced with
// import restrictions per folder, in the spirit of VS Code's layer rules:
//
//   src/shared    pure: no Node, no Electron, no React, no store libraries, nothing from the layers above
//   src/renderer  the UI: no Node, no Electron, no store, nothing from src/main; from src/preload only
//                 its types (window.redress)
//   src/main      Node: only the Electron shell (src/main/index.ts, src/main/electron/**) imports
//                 `electron`; everything else must run under plain Node (tests, CLI, local host)
//   src/preload   sandboxed: imports nothing at runtime but `electron` (type-only imports are fine)
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import {
  intoLayer,
  mainOuter,
  NODE_GLOBALS,
  NODE_PREFIX,
  nodeBuiltins,
  rendererOuter,
  STORE_LIBRARIES,
} from './eslint/layers.mjs';
import { mainFloors } from './eslint/main-floors.mjs';
import { rendererFloors } from './eslint/renderer-floors.mjs';

export default defineConfig([
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.d.mts']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // ── Layering ────────────────────────────────────────────────────────────────────────────────
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins('src/shared is pure: no Node built-ins or Electron (inject what you need).'),
          patterns: [
            NODE_PREFIX,
            STORE_LIBRARIES,
            {
              regex: '^(react|react-dom|@mantine|@tabler)(/|$)',
              message: 'src/shared has no UI: React lives in src/renderer.',
            },
            intoLayer(['main', 'renderer', 'preload'], 'src/shared may not depend on the layers above it.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...rendererOuter,
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...mainOuter,
        },
      ],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/electron/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            intoLayer(['renderer', 'preload'], 'src/main does not import the renderer or the preload.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)',
              allowTypeImports: true,
              message:
                'The preload runs sandboxed: it may import only `electron` at runtime (type-only imports are fine).',
            },
          ],
        },
      ],
    },
  },

  // ── Floors inside the layers (one file each, so each can grow on its own) ─────────────────
  ...mainFloors,
  ...rendererFloors,
]);
