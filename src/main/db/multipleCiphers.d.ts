// better-sqlite3-multiple-ciphers has better-sqlite3's API (plus the cipher pragmas), but its
// package.json "exports" hides its own typings from TypeScript: declare it as that API.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export default Database;
}
