import { benchSync } from '/work/wt-share/bench/sync';
benchSync((l) => console.error(l)).then((rows) => {
  for (const r of rows) console.log(`${r.what}\n    redress ${Math.round(r.redress)} ms | raw ${r.raw === null ? '-' : Math.round(r.raw)} ms | budget ${r.budget === null ? '-' : Math.round(r.budget)} ms`);
});
