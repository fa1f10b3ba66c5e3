// The composer's own look, inside its shadow root. System fonts, our own colours (never
// LinkedIn's classes), a dark variant that follows the system setting, visible focus rings.
export const composerCss = `
.rapport { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2226;
  background: #f4f8f7; border: 1px solid #b7d3cf; border-radius: 8px; padding: 10px 12px; margin: 8px 16px;
  display: grid; gap: 8px; text-align: left; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.title { font-weight: 600; color: #0f766e; margin-right: auto; }
label { font-size: 12px; color: #4a5559; }
select, button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #8fb8b2;
  background: #fff; color: inherit; cursor: pointer; max-width: 100%; }
button.primary { background: #0f766e; border-color: #0f766e; color: #fff; font-weight: 600; }
button:disabled { opacity: .55; cursor: default; }
button:focus-visible, select:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
.preview { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px dashed #b7d3cf;
  border-radius: 6px; padding: 6px 8px; margin: 0; }
.counter { font-variant-numeric: tabular-nums; font-weight: 600; }
.counter.over, .over-note, .errors, .guard { color: #b42318; }
.over-note, .errors, .guard, .hints { font-size: 12.5px; }
.errors, .guard { margin: 0; }
.hints { margin: 0; padding-left: 18px; }
.hint.warn { color: #8a5a00; }
.hint.ok { color: #0f766e; }
.muted { color: #4a5559; font-size: 12px; }
.points ul { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.points button { font-size: 12px; text-align: start; }
@media (prefers-color-scheme: dark) {
  .rapport { color: #e7ecea; background: #17211f; border-color: #2f5a54; }
  .title, .hint.ok { color: #5eead4; }
  label, .muted { color: #a9b8b4; }
  select, button { background: #0e1513; border-color: #3c6d66; }
  button.primary { background: #14b8a6; border-color: #14b8a6; color: #04201c; }
  button:focus-visible, select:focus-visible { outline-color: #5eead4; }
  .preview { background: #0e1513; border-color: #2f5a54; }
  .counter.over, .over-note, .errors, .guard { color: #ff8a80; }
  .hint.warn { color: #f5c26b; }
}
`;
