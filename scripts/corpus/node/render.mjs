// Renders each persona through each JSON Resume theme to HTML (tests/corpus/README.md).
// usage: node render.mjs PERSONA_DIR OUT_DIR theme1 theme2 ...
// Writes OUT_DIR/<theme>/<persona>.html; themes are loaded with import() since some are ES modules.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [personaDir, outDir, ...themes] = process.argv.slice(2);

async function loadTheme(name) {
  const pkg = `jsonresume-theme-${name}`;
  let mod;
  try { mod = require(pkg); } catch (e) { mod = await import(pkg); }
  const render = mod.render || (mod.default && mod.default.render) || mod.default;
  if (typeof render !== "function") throw new Error(`${pkg}: no render()`);
  return render;
}

// Older themes read the pre-1.0 schema (work.company, basics.website, education.gpa); give them both spellings
// so every theme prints what its authors meant it to print.
function compat(resume) {
  const b = resume.basics;
  if (b.url && !b.website) b.website = b.url;
  for (const w of resume.work || []) { if (w.name && !w.company) w.company = w.name; if (w.url && !w.website) w.website = w.url; }
  for (const e of resume.education || []) if (e.score && !e.gpa) e.gpa = e.score;
  return resume;
}

for (const theme of themes) {
  const render = await loadTheme(theme);
  fs.mkdirSync(path.join(outDir, theme), { recursive: true });
  for (const file of fs.readdirSync(personaDir).filter((f) => f.endsWith(".json")).sort()) {
    const resume = compat(JSON.parse(fs.readFileSync(path.join(personaDir, file), "utf8")));
    const html = await render(resume);
    fs.writeFileSync(path.join(outDir, theme, file.replace(/\.json$/, ".html")), html);
  }
  console.log(`rendered ${theme}`);
}
