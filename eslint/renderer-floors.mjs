// The floors inside src/renderer/src: which folder may import which.
//
//   ground floor  api/ (transport, client, session, query hooks), nav/ (routes, links, navigation),
//                 ui/ (the kit: sections, tables, badges, dates, formats). Imports nothing from
//                 features/ or app/. api/ is the bottom of it: it imports neither ui/ nor nav/.
//   features/     one folder a feature (sub-folders inside for big ones). Uses the ground floor; uses
//                 another feature only through that feature's index.ts, never its files, and never
//                 the shell.
//   app/          the shell on top (App, Shell, Header, Navigation, RouteView, hotkeys, theme):
//                 uses the ground floor and each feature through its index.ts.
//
// The rules read import paths as written (relative), so they match any number of `../` before the
// folder named. In flat config a later block's `no-restricted-imports` replaces the earlier one for
// the same files, so every block here repeats the renderer's outer walls (rendererOuter).
import { rendererOuter } from './layers.mjs';

const SRC = 'src/renderer/src';
const FILES = '{ts,tsx}';

/** A relative import into one of `folders` of src/renderer/src, from anywhere inside it. */
const into = (folders, message) => ({
  regex: `^(?:\\.\\./)+(?:${folders.join('|')})(?:/|$)`,
  message,
});

/** A relative import of a file inside another feature (not its index), from `depth` folders down. */
const intoAnotherFeature = (depth) => ({
  // ../y/File from a feature's own folder, or the long way round, ../../features/y/File.
  regex: `^(?:${'\\.\\./'.repeat(depth)}|${'\\.\\./'.repeat(depth + 1)}features/)[a-z][a-z0-9-]*/(?!index$).+`,
  message:
    'A feature uses another feature only through its index.ts (import from "../<feature>"), never its files.',
});

const NOT_UP = 'The ground floor (api/, nav/, ui/) never imports features/ or app/: they are built on it.';
const NOT_SHELL = 'Features never import the shell (app/): move what they need to the ground floor.';

/** One block: the renderer's outer walls plus this floor's own patterns. */
const floor = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { paths: rendererOuter.paths, patterns: [...rendererOuter.patterns, ...patterns] },
    ],
  },
});

export const rendererFloors = [
  floor(
    [`${SRC}/api/**/*.${FILES}`],
    [
      into(['features', 'app'], NOT_UP),
      into(['ui', 'nav'], 'api/ is the bottom floor: it talks to the domain and imports no UI.'),
    ],
  ),
  floor([`${SRC}/nav/**/*.${FILES}`, `${SRC}/ui/**/*.${FILES}`], [into(['features', 'app'], NOT_UP)]),
  // Files at the top of a feature folder (features/x/File.tsx) reach another feature as ../y/…;
  // files one folder further down (features/x/sub/File.tsx) as ../../y/…, and so on: one block a
  // depth, four deep (deeper folders would need another).
  ...[1, 2, 3, 4].map((depth) =>
    floor(
      [`${SRC}/features/${'*/'.repeat(depth)}*.${FILES}`],
      [into(['app'], NOT_SHELL), intoAnotherFeature(depth)],
    ),
  ),
  floor(
    [`${SRC}/app/**/*.${FILES}`],
    [
      {
        regex: '^(?:\\.\\./)+features/[^/]+/.+',
        message: 'The shell uses a feature only through its index.ts (import from "../features/<feature>").',
      },
    ],
  ),
];
