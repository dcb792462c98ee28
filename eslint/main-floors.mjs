// The floors inside src/main (docs/architecture.md): each folder lists what it MAY import from
// the rest of src/main; anything else is refused. src/shared is open to every floor.
//
//   db        the SQLite file, migrations, schema, search index text       (nothing above it)
//   store     registry, change log, clock, write(), conflicts, backup     ← db
//   services  the use cases, one transaction each                         ← store, db, demo, calendars
//   sync      segments, apply, snapshots, the share                       ← store, db (the domain only through sync/port.ts)
//   router    the contract's handlers and dispatch, the RPC framing       ← services, store, demo
//   cli, host, electron: the front doors                                  ← app.ts (the composition root), router, dataDir
//
// app.ts wires the floors together and is the only file that may import them all.
import { mainOuter } from './layers.mjs';

const FLOORS = {
  db: [],
  store: ['db'],
  demo: [],
  services: ['store', 'db', 'demo', 'calendars'],
  sync: ['store', 'db'],
  router: ['services', 'store', 'demo'],
  cli: ['app', 'router', 'dataDir', 'calendars'],
  host: ['app', 'router', 'dataDir'],
  electron: ['app', 'router', 'host', 'dataDir'],
};

/**
 * An import from a file `depth` folders below src/main that climbs back to src/main and enters
 * a folder (or root file) not on the allow-list. Climbing less stays inside the floor itself.
 */
function outsideAllowList(floor, allowed, depth) {
  const up = '\\.\\./'.repeat(depth);
  const ok = [floor, ...allowed].join('|');
  return {
    regex: `^${up}(?!\\.\\./)(?!(?:${ok})(?:/|$))`,
    message: `src/main/${floor} may import only ${allowed.length ? allowed.map((f) => `src/main/${f}`).join(', ') : 'nothing else in src/main'} (and src/shared): see the floors in docs/architecture.md.`,
  };
}

export const mainFloors = Object.entries(FLOORS).flatMap(([floor, allowed]) =>
  [1, 2, 3].map((depth) => ({
    files: [`src/main/${floor}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // The Electron shell keeps its right to import electron; everything else stays plain Node.
          paths: floor === 'electron' ? [] : mainOuter.paths,
          patterns: [...mainOuter.patterns, outsideAllowList(floor, allowed, depth)],
        },
      ],
    },
  })),
);
