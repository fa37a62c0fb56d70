// The Content Studio: edit the guide's content files, see every mistake as
// you type (the command line's own compiler and words, in WebAssembly), see
// the real widget update beside the editor, and export the folder a website
// needs. Bundled by scripts/build-studio.sh into studio.js.

import { basicSetup, EditorView } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { toml } from '@codemirror/legacy-modes/mode/toml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { initSync, compile, fields } from './compiler/scarguide-studio.js';
import compilerWasm from './compiler/scarguide-studio_bg.wasm';
import defaultContent from './default-content.json';

initSync({ module: compilerWasm });

const $ = (id) => document.getElementById(id);
const today = () => new Date().toISOString().slice(0, 10);

/** The folder being edited: path → text (TOML) or bytes (images). */
const state = {
  files: new Map(),
  /** The texts as opened, for "What changed". */
  opened: new Map(),
  /** Where saving goes: a directory handle (File System Access) or none. */
  directory: null,
  current: 'site.toml',
  diagnostics: [],
  // Example values still in the content (example prices, example contacts).
  examples: [],
  /** The last compiled files without errors: what the preview shows. */
  lastGood: null,
  unsaved: new Set(),
};

// ---------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------

const isContentFile = (path) =>
  !path.split('/').some((part) => part.startsWith('.')) && !path.startsWith('schema/');

/** Takes a folder's files (path → bytes) as the folder to edit. */
function load(entries, { directory = null, label }) {
  // A folder opened one level up (holding content/) is taken from content/.
  const paths = Object.keys(entries);
  const prefix = !paths.includes('site.toml') && paths.includes('content/site.toml') ? 'content/' : '';
  state.files = new Map();
  for (const [path, bytes] of Object.entries(entries)) {
    if (!path.startsWith(prefix)) continue;
    const inside = path.slice(prefix.length);
    if (!isContentFile(inside)) continue;
    state.files.set(inside, inside.endsWith('.toml') ? strFromU8(bytes) : bytes);
  }
  if (!state.files.has('site.toml')) {
    say(`${label} has no site.toml: open the content folder itself (it holds site.toml and one folder per language).`);
    return false;
  }
  state.opened = new Map([...state.files].filter(([path]) => path.endsWith('.toml')));
  state.directory = directory;
  state.unsaved.clear();
  state.current = 'site.toml';
  $('save').disabled = true;
  $('save').textContent = directory ? 'Save' : 'Save (download)';
  renderFileList();
  openFile('site.toml');
  check();
  say(`Opened ${label}.`);
  return true;
}

function loadDefault() {
  const entries = Object.fromEntries(Object.entries(defaultContent).map(([path, text]) => [path, strToU8(text)]));
  load(entries, { label: 'the default content' });
}

async function readDirectory(handle, prefix = '', out = {}) {
  for await (const [name, entry] of handle.entries()) {
    if (name.startsWith('.')) continue;
    if (entry.kind === 'directory') await readDirectory(entry, `${prefix}${name}/`, out);
    else out[`${prefix}${name}`] = new Uint8Array(await (await entry.getFile()).arrayBuffer());
  }
  return out;
}

$('open-folder').addEventListener('click', async () => {
  if (!window.showDirectoryPicker) {
    $('open-files').click();
    return;
  }
  try {
    const handle = await window.showDirectoryPicker({ mode: 'readwrite' });
    load(await readDirectory(handle), { directory: handle, label: handle.name });
  } catch (error) {
    if (error.name !== 'AbortError') say(`Could not open the folder: ${error.message}`);
  }
});

$('open-files').addEventListener('change', async (event) => {
  const entries = {};
  for (const file of event.target.files) {
    // "content/en/quiz.toml": drop the chosen folder's own name.
    const path = file.webkitRelativePath.split('/').slice(1).join('/');
    entries[path] = new Uint8Array(await file.arrayBuffer());
  }
  load(entries, { label: 'the folder' });
  event.target.value = '';
});

$('open-zip').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  try {
    load(unzipSync(new Uint8Array(await file.arrayBuffer())), { label: file.name });
  } catch (error) {
    say(`${file.name} could not be opened as a zip: ${error.message}`);
  }
  event.target.value = '';
});

// Where File System Access cannot write folders, the upload button is the
// way in (and "Open folder" falls back to it).
if (window.showDirectoryPicker) $('open-files-label').hidden = true;

// ---------------------------------------------------------------------------
// The editor
// ---------------------------------------------------------------------------

const tomlLanguage = StreamLanguage.define(toml);
let editor;

function openFile(path) {
  state.current = path;
  $('editing').textContent = path;
  const text = state.files.get(path);
  const extensions = [
    basicSetup,
    tomlLanguage,
    lintGutter(),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': `Editing ${path}` }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      state.files.set(state.current, update.state.doc.toString());
      state.unsaved.add(state.current);
      $('save').disabled = false;
      scheduleCheck();
      renderFileList();
    }),
  ];
  const editorState = EditorState.create({ doc: typeof text === 'string' ? text : '', extensions });
  if (editor) editor.setState(editorState);
  else editor = new EditorView({ state: editorState, parent: $('editor') });
  markCurrentFile();
  renderFileList();
}

/** Underlines the current file's mistakes, at their line and column. */
function markCurrentFile() {
  if (!editor) return;
  const doc = editor.state.doc;
  const marks = state.diagnostics
    .filter((d) => d.path === state.current && d.line >= 1 && d.line <= doc.lines)
    .map((d) => {
      const line = doc.line(d.line);
      const from = Math.min(line.from + d.column - 1, line.to);
      const to = Math.min(from + Math.max(d.width, 1), line.to);
      const field = d.field ? `${d.field}: ` : '';
      return {
        from,
        to: Math.max(to, from),
        severity: d.severity === 'warning' ? 'warning' : 'error',
        message: `${field}${d.message}${d.help ? `\nhelp: ${d.help}` : ''}`,
      };
    });
  editor.dispatch(setDiagnostics(editor.state, marks));
}

function goTo(diagnostic) {
  if (diagnostic.path !== state.current) openFile(diagnostic.path);
  const doc = editor.state.doc;
  const line = doc.line(Math.min(Math.max(diagnostic.line, 1), doc.lines));
  const at = Math.min(line.from + diagnostic.column - 1, line.to);
  editor.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  editor.focus();
}

// ---------------------------------------------------------------------------
// Checking, as the marketer types
// ---------------------------------------------------------------------------

let timer;
function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 80);
}

function folderBytes() {
  const out = {};
  for (const [path, content] of state.files) out[path] = typeof content === 'string' ? strToU8(content) : content;
  return out;
}

function check() {
  const started = performance.now();
  const result = compile(folderBytes(), today());
  state.diagnostics = JSON.parse(result.diagnostics);
  state.examples = JSON.parse(result.examples || '[]');
  const errors = state.diagnostics.filter((d) => d.severity === 'error');
  $('preview-note').hidden = errors.length === 0;
  if (result.files) {
    state.lastGood = result.files;
    showPreview();
  }
  markCurrentFile();
  renderProblems();
  renderFileList();
  document.body.dataset.checked = String((Number(document.body.dataset.checked) || 0) + 1);
  document.body.dataset.checkMs = String(Math.round(performance.now() - started));
}

/** The example values still in the content (example prices, example
 *  contact details): a note under the problems until they are replaced. */
function renderExamples() {
  const note = $('examples-note');
  const count = state.examples.length;
  note.hidden = count === 0;
  note.textContent = count
    ? `${count} example ${count === 1 ? 'value is' : 'values are'} still in the content, not your own: ${state.examples
        .map((d) => `${d.path}:${d.line} ${d.message.replace(' [example-values]', '')}`)
        .join('; ')}. Visitors see example prices marked as examples. Replace them before the guide goes live.`
    : '';
}

function renderProblems() {
  renderExamples();
  const list = $('problems');
  list.replaceChildren();
  if (state.diagnostics.length === 0) {
    const item = document.createElement('li');
    item.className = 'none';
    item.textContent = 'No mistakes: the content is ready to publish.';
    list.append(item);
    return;
  }
  for (const d of state.diagnostics) {
    const item = document.createElement('li');
    item.className = d.severity;
    const button = document.createElement('button');
    button.type = 'button';
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${d.severity === 'warning' ? 'Warning' : 'Mistake'} · ${d.path}:${d.line}:${d.column}`;
    const what = document.createElement('span');
    what.className = 'what';
    what.textContent = d.field ? `${d.field}: ${d.message}` : d.message;
    button.append(where, what);
    if (d.help) {
      const help = document.createElement('span');
      help.className = 'help';
      help.textContent = `Help: ${d.help}`;
      button.append(help);
    }
    button.addEventListener('click', () => goTo(d));
    item.append(button);
    list.append(item);
  }
}

function renderFileList() {
  const list = $('file-list');
  list.replaceChildren();
  const paths = [...state.files.keys()].filter((p) => p.endsWith('.toml')).sort((a, b) => {
    const depth = (p) => p.split('/').length;
    return depth(a) - depth(b) || a.localeCompare(b);
  });
  for (const path of paths) {
    const count = state.diagnostics.filter((d) => d.path === path && d.severity === 'error').length;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = path + (state.unsaved.has(path) ? ' •' : '');
    if (path === state.current) button.setAttribute('aria-current', 'true');
    if (count) {
      const badge = document.createElement('span');
      badge.className = 'count';
      badge.textContent = String(count);
      badge.setAttribute('aria-label', `${count} ${count === 1 ? 'mistake' : 'mistakes'}`);
      button.append(' ', badge);
    }
    button.addEventListener('click', () => openFile(path));
    item.append(button);
    list.append(item);
  }
  const locales = [...new Set(paths.filter((p) => p.includes('/')).map((p) => p.split('/')[0]))];
  const select = $('preview-locale');
  if (select.options.length !== locales.length || [...select.options].some((o, i) => o.value !== locales[i])) {
    const chosen = select.value;
    select.replaceChildren(...locales.map((locale) => new Option(locale, locale)));
    if (locales.includes(chosen)) select.value = chosen;
  }
}

// ---------------------------------------------------------------------------
// The preview: the visitors' widget, fed the last good content
// ---------------------------------------------------------------------------

const frame = $('preview');
/** Draws the preview at the chosen width, scaled to fit its pane. */
function fitPreview() {
  const holder = frame.parentElement;
  const width = Number($('preview-width').value);
  const scale = Math.min(1, holder.clientWidth / width);
  frame.style.width = `${width}px`;
  frame.style.height = `${holder.clientHeight / scale}px`;
  frame.style.transform = `scale(${scale})`;
}
new ResizeObserver(fitPreview).observe(frame.parentElement);

function showPreview() {
  fitPreview();
  // A fresh page per version: the widget starts as a visitor would see it.
  frame.src = `studio-preview.html?v=${Date.now()}`;
}
addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  if (event.data?.kind === 'scarguide-preview-shown') {
    document.body.dataset.previewed = String((Number(document.body.dataset.previewed) || 0) + 1);
    return;
  }
  if (event.data?.kind !== 'scarguide-preview-ready') return;
  if (!state.lastGood) return;
  frame.contentWindow.postMessage(
    {
      kind: 'scarguide-studio-content',
      files: state.lastGood,
      locale: $('preview-locale').value,
      theme: $('preview-theme').value,
      view: chosenView,
    },
    '*',
  );
  // A journey chosen once; after that the preview stays where the marketer is.
  chosenView = '';
});
let chosenView = '';
for (const id of ['preview-width', 'preview-theme', 'preview-locale']) $(id).addEventListener('change', showPreview);
$('preview-view').addEventListener('change', () => {
  chosenView = $('preview-view').value;
  $('preview-view').value = '';
  showPreview();
});

// ---------------------------------------------------------------------------
// Saving, exporting, and what changed
// ---------------------------------------------------------------------------

function download(name, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function sourcesZip() {
  const entries = {};
  for (const [path, content] of state.files) {
    entries[`content/${path}`] = typeof content === 'string' ? strToU8(content) : content;
  }
  return entries;
}

$('save').addEventListener('click', async () => {
  if (!state.directory) {
    download('scarguide-content-sources.zip', zipSync(sourcesZip()));
    say('Downloaded the content files as a zip.');
    return;
  }
  try {
    for (const path of state.unsaved) {
      const parts = path.split('/');
      let dir = state.directory;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1), { create: true })).createWritable();
      await writable.write(state.files.get(path));
      await writable.close();
    }
    say(`Saved ${state.unsaved.size} ${state.unsaved.size === 1 ? 'file' : 'files'}.`);
    state.unsaved.clear();
    $('save').disabled = true;
    renderFileList();
  } catch (error) {
    say(`Could not save: ${error.message}`);
  }
});

$('export').addEventListener('click', () => {
  const errors = state.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    say(`Fix the ${errors.length} ${errors.length === 1 ? 'mistake' : 'mistakes'} first: a website only gets content without mistakes.`);
    return;
  }
  const entries = sourcesZip();
  for (const [name, bytes] of Object.entries(state.lastGood)) entries[`content/${name}`] = bytes;
  download('scarguide-content.zip', zipSync(entries));
  const count = state.examples.length;
  const examples = count
    ? ` Warning: ${count} example ${count === 1 ? 'value is' : 'values are'} still in it (${state.examples
        .map((d) => `${d.path}:${d.line}`)
        .join(', ')}): visitors see example prices marked as examples, but they are not yours. Replace them and export again before the guide goes live.`
    : '';
  say(`Exported scarguide-content.zip: upload its content folder to your website, replacing the old one.${examples}`);
});

/** Every field that differs between the opened files and now. */
function changes() {
  const rows = [];
  const paths = new Set([...state.opened.keys(), ...[...state.files.keys()].filter((p) => p.endsWith('.toml'))]);
  for (const path of [...paths].sort()) {
    const before = state.opened.get(path);
    const after = state.files.get(path);
    if (before === after) continue;
    const read = (text) => new Map(text === undefined ? [] : JSON.parse(fields(text)));
    const [old, now] = [read(before), read(after)];
    for (const field of new Set([...old.keys(), ...now.keys()])) {
      if (old.get(field) !== now.get(field)) rows.push({ path, field, before: old.get(field) ?? '', after: now.get(field) ?? '' });
    }
  }
  return rows;
}

$('changes').addEventListener('click', () => {
  const rows = changes();
  const holder = $('changes-table');
  if (rows.length === 0) {
    holder.textContent = 'Nothing has changed yet.';
  } else {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const title of ['File', 'Field', 'Before', 'After']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = title;
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const value of [row.path, row.field, row.before, row.after]) tr.insertCell().textContent = value;
    }
    holder.replaceChildren(table);
  }
  $('changes-dialog').showModal();
});
$('close-changes').addEventListener('click', () => $('changes-dialog').close());
$('copy-changes').addEventListener('click', async () => {
  const text = changes()
    .map((r) => `${r.path} · ${r.field}\n  before: ${r.before}\n  after:  ${r.after}`)
    .join('\n');
  await navigator.clipboard.writeText(text || 'Nothing has changed.');
  say('Copied the changes.');
});

function say(text) {
  $('status').textContent = text;
}

loadDefault();
