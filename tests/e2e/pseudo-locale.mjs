// Pseudo-locales for layout and translation testing, made from a real locale:
// - en-xa: every visitor-facing text accented, ~40% longer and [bracketed], so
//   untranslated (plain ASCII), truncated (no closing bracket) and cramped
//   text shows at a glance;
// - ar-xb: the same texts in Hebrew letters, so the guide runs right to left
//   (locale.rs reads "ar" as RTL).
// The TOML is rewritten in place, text by text, so comments, layout and line
// numbers stay those of the source and compiler messages point at the same
// lines. What is not prose (ids, enums, placeholders, URLs, escapes) is left
// byte for byte as it is, or the content compiler would refuse it.
//
//   node tests/e2e/pseudo-locale.mjs <contentDir> [--from en]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const zip = (from, to) => Object.fromEntries([...from].map((c, i) => [c, [...to][i]]));
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = zip(ASCII, 'áƀçðéƒĝĥîĵķŀɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĿṀÑÖÞǪŔŠŢÛṼŴẊÝŽ');
const HEBREW_26 = 'אבגדהוזחטיכלמנסעפצקרשתךםןף'; // Hebrew has no case: A and a are both א
const HEBREW = zip(ASCII, HEBREW_26 + HEBREW_26);

export const LOCALES = [
  { locale: 'en-xa', letters: ACCENTED, brackets: true, language: 'Pseudo-accented' },
  { locale: 'ar-xb', letters: HEBREW, brackets: false, language: 'Pseudo-RTL' },
];

// Inside a text, what must survive untouched: TOML escapes (\n, \", \u00e9),
// {placeholders}, a Markdown link's "](target)", and bare web, mail and phone
// addresses. Any other ASCII letter is swapped.
const KEEP = /(\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])|\{[^{}]*\}|\]\([^)\s]*\)|\b(?:https?:\/\/|mailto:|tel:)[^\s)\]>"\\]+)|[A-Za-z]/g;

/** One string's raw TOML body (between its quotes) in the pseudo-locale. */
export function pseudoText(body, { letters, brackets }) {
  if (!body.trim()) return body;
  const swapped = body.replace(KEEP, (match, keep) => keep ?? letters[match]);
  // At least 40% longer, counted on the raw body (never shorter than the
  // text it encodes), in dot groups that can wrap like words.
  const extra = Math.max(1, Math.ceil(body.length * 0.4) - (brackets ? 2 : 0));
  const padded = swapped.replace(/\s*$/, (end) => ' ' + '·'.repeat(extra).replace(/(·{5})(?=·)/g, '$1 ') + end);
  if (!brackets) return padded;
  // The "[" goes after leading space and a Markdown list marker ("- ", "1. "),
  // so that a list still starts a list; the "]" before trailing space.
  const [, lead, core, end] = padded.match(/^(\s*(?:(?:[-*+]|\d+[.)])\s+)?)([\s\S]*?)(\s*)$/);
  return `${lead}[${core}]${end}`;
}

// Which strings are prose is read from the file's JSON schema (its "#:schema"
// line): a field typed string, with no enum, const, pattern or format. The
// schemas type ids as plain strings too (see ../quiz.toml's `sources`), so
// an id-like value ("smith-2020") under an id-like key name stays as it is
// even where the schema says string; ui.toml's label `sources = "Sources"`
// is still prose. Where a file has no schema, or the schema does not know the
// field, key names alone decide. reviewed_claims lists the regulated words a
// clinician checked, as the compiler spells them, so it is never prose.
const NEVER_PROSE = new Set(['reviewed_claims']);
const ID_KEYS = new Set(('id ids link links url href source sources cite colour color when answer answers show_if ' +
  'requires locale currency phone email icon kind type depth group effect rating evidence').split(' '));

const deref = (root, node) => (node?.$ref ? deref(root, root.$defs?.[node.$ref.split('/').pop()]) : node);
const branches = (root, node) => {
  const n = deref(root, node);
  if (!n) return [];
  const alternatives = n.anyOf ?? n.oneOf;
  return alternatives ? alternatives.flatMap((b) => branches(root, b)) : n.items ? branches(root, n.items) : [n];
};

/** true/false from the schema, or undefined where it does not say. */
function schemaSaysProse(root, path) {
  let nodes = [root];
  for (const key of path) {
    nodes = nodes.flatMap((n) => branches(root, n))
      .map((b) => b.properties?.[key] ?? (typeof b.additionalProperties === 'object' ? b.additionalProperties : null))
      .filter(Boolean);
    if (!nodes.length) return undefined;
  }
  const leaves = nodes.flatMap((n) => branches(root, n));
  const strings = leaves.filter((b) => [b.type].flat().includes('string'));
  return strings.length > 0 && !strings.some((b) => b.enum || b.const || b.pattern || b.format);
}

function isProse(schema, path, body) {
  const key = path.at(-1);
  // A whole value that is a colour or an address is never prose, whatever its key.
  if (NEVER_PROSE.has(key) || /^(#[0-9a-f]{3,8}|(https?:|mailto:|tel:)\S*)$/i.test(body)) return false;
  if (ID_KEYS.has(key) && /^[a-z0-9][\w.:+-]*$/.test(body)) return false;
  return (schema && schemaSaysProse(schema, path)) ?? !ID_KEYS.has(key);
}

// TOML tokens the scanner needs whole: strings (all four kinds), comments,
// bare keys and table headers.
const STRING = /"""(?:[^\\]|\\[\s\S])*?"""(?!")|'''[\s\S]*?'''(?!')|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/y;
const HEADER = /\[\[?((?:[^\]"'#]|"(?:[^"\\]|\\.)*"|'[^']*')*)\]\]?/y;
const keyParts = (text) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w-]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);

/** A TOML file with every prose string passed through `convert(body, path)`. */
export function rewriteToml(text, schema, convert) {
  let out = '', i = 0, table = [], keys = [], expectKey = true;
  const stack = []; // the arrays and inline tables open in the current value
  const here = () => [...(stack.at(-1)?.path ?? table), ...keys];
  const take = (re) => ((re.lastIndex = i), re.exec(text)?.[0]);
  while (i < text.length) {
    const c = text[i];
    let token = c;
    if (c === '#') {
      token = take(/#[^\n]*/y);
    } else if (c === '"' || c === "'") {
      token = take(STRING);
      const q = token.startsWith(c.repeat(3)) ? c.repeat(3) : c;
      const body = token.slice(q.length, -q.length);
      if (expectKey) keys.push(keyParts(token)[0] ?? '');
      else if (isProse(schema, here(), body)) {
        out += q + convert(body, here()) + q;
        i += token.length;
        continue;
      }
    } else if (c === '[' && expectKey && !stack.length && take(HEADER)) {
      token = take(HEADER); // [table] or [[array.of.tables]]
      table = keyParts(token.replace(/^\[+|\]+$/g, ''));
    } else if (expectKey && take(/[\w-]+/y)) {
      token = take(/[\w-]+/y); // a bare key, or one part of a dotted key
      keys.push(token);
    } else if (c === '=') {
      expectKey = false;
    } else if (c === '[' || c === '{') {
      stack.push({ kind: c, path: here() });
      keys = [];
      expectKey = c === '{';
    } else if (c === ']' || c === '}') {
      stack.pop();
      expectKey = false;
    } else if (c === ',' && stack.at(-1)?.kind === '{') {
      keys = []; // the next key of an inline table
      expectKey = true;
    } else if (c === '\n' && !stack.length) {
      keys = []; // the next line's key
      expectKey = true;
    }
    out += token;
    i += token.length;
  }
  return out;
}

/** Writes each pseudo-locale of `${contentDir}/${from}` beside it (replacing
 *  any earlier one of that name) and returns the paths of the files written. */
export function writePseudoLocales(contentDir, { from = 'en' } = {}) {
  const source = join(contentDir, from);
  const files = readdirSync(source).filter((name) => name.endsWith('.toml')).sort();
  const written = [];
  for (const { locale, language, ...style } of LOCALES) {
    const target = join(contentDir, locale);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const name of files) {
      const text = readFileSync(join(source, name), 'utf8');
      const schemaPath = text.match(/^#:schema\s+(\S+)/m)?.[1];
      let schema = null;
      try {
        schema = schemaPath && JSON.parse(readFileSync(resolve(source, schemaPath), 'utf8'));
      } catch {
        // No readable schema: key names decide (see isProse).
      }
      // The language menu names each language: a plain name is easy to find.
      const convert = (body, path) =>
        name === 'ui.toml' && path.join('.') === 'language' ? language : pseudoText(body, style);
      writeFileSync(join(target, name), rewriteToml(text, schema, convert));
      written.push(join(target, name));
    }
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, ...rest] = process.argv.slice(2);
  const at = rest.indexOf('--from');
  if (!dir || (at >= 0 && !rest[at + 1])) {
    console.error('usage: node tests/e2e/pseudo-locale.mjs <contentDir> [--from en]');
    process.exit(2);
  }
  for (const file of writePseudoLocales(dir, at >= 0 ? { from: rest[at + 1] } : {})) console.log(`wrote ${file}`);
}
