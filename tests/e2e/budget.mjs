// The one place the first-load size budget is written. The first load is the
// gzip size of every file the first view needs (html, js, wasm, css, content).
export const FIRST_LOAD_BUDGET_KB = 150;
