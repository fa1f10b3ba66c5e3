// The composer's own look, inside its shadow root. System fonts, our own colours (never
// LinkedIn's classes), visible focus rings. Dark follows LinkedIn's theme (data-theme, set from
// src/linkedin/theme.ts), not the computer's: LinkedIn has its own setting, and a dark composer
// in LinkedIn's white dialog (or the reverse) is what the person would see otherwise.
// Heights are bounded: a long value scrolls inside the composer and Insert stays in view.
import { COMPOSER_FONT_FAMILY } from './head-start';

export const composerCss = `
.composer { font: 14px/1.4 ${COMPOSER_FONT_FAMILY}; color: #1d2226;
  background: #f4f8f7; border: 1px solid #b7d3cf; border-radius: 8px; padding: 10px 12px; margin: 8px 16px;
  display: grid; gap: 8px; text-align: left; overflow-wrap: anywhere; color-scheme: light;
  max-height: min(42vh, 420px); overflow-y: auto; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.title { font-weight: 600; color: #0f766e; margin-right: auto; }
label { font-size: 12px; color: #4a5559; }
select, button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #8fb8b2;
  background: #fff; color: inherit; cursor: pointer; max-width: 100%; }
select { min-width: 0; flex: 0 1 auto; text-overflow: ellipsis; }
button.primary { background: #0f766e; border-color: #0f766e; color: #fff; font-weight: 600; }
button.link { justify-self: start; border: none; background: none; padding: 0; color: #0f766e;
  text-decoration: underline; font-size: 12.5px; }
button:disabled { opacity: .55; cursor: default; }
input { font: inherit; font-size: 12.5px; border-radius: 6px; padding: 2px 6px; border: 1px solid #8fb8b2;
  background: #fff; color: inherit; width: 11em; max-width: 100%; }
.facts { display: grid; gap: 4px; }
.facts-list { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
.fact { display: inline-flex; gap: 4px; align-items: center; font-size: 12px; color: #4a5559; }
.fact.corrected input { border-color: #0f766e; border-width: 2px; }
.fact-restore { font-size: 12px; }
.fact-restore[hidden] { display: none; }
.fact-value.empty { font-style: italic; }
button:focus-visible, select:focus-visible, input:focus-visible, .preview:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
.preview { white-space: pre-wrap; background: #fff; border: 1px dashed #b7d3cf;
  border-radius: 6px; padding: 6px 8px; margin: 0; max-height: 12em; overflow-y: auto; }
.slot { display: contents; }
.counter { font-variant-numeric: tabular-nums; font-weight: 600; }
.counter.over, .over-note, .errors, .guard { color: #b42318; }
.over-note, .errors, .guard, .hints { font-size: 12.5px; }
.errors, .guard { margin: 0; }
.errors { max-height: 8em; overflow-y: auto; }
.hints { margin: 0; padding-left: 18px; }
.hint.warn { color: #8a5a00; }
.hint.ok { color: #0f766e; }
.muted { color: #4a5559; font-size: 12px; }
.composer[data-theme="dark"] { color: #e7ecea; background: #17211f; border-color: #2f5a54; color-scheme: dark; }
[data-theme="dark"] .title, [data-theme="dark"] .hint.ok, [data-theme="dark"] button.link { color: #5eead4; }
[data-theme="dark"] label, [data-theme="dark"] .muted { color: #a9b8b4; }
[data-theme="dark"] .fact { color: #a9b8b4; }
[data-theme="dark"] select, [data-theme="dark"] input, [data-theme="dark"] button:not(.link) { background: #0e1513; border-color: #3c6d66; }
[data-theme="dark"] button.primary { background: #14b8a6; border-color: #14b8a6; color: #04201c; }
[data-theme="dark"] button:focus-visible, [data-theme="dark"] select:focus-visible, [data-theme="dark"] .preview:focus-visible { outline-color: #5eead4; }
[data-theme="dark"] .preview { background: #0e1513; border-color: #2f5a54; }
[data-theme="dark"] .counter.over, [data-theme="dark"] .over-note, [data-theme="dark"] .errors, [data-theme="dark"] .guard { color: #ff8a80; }
[data-theme="dark"] .hint.warn { color: #f5c26b; }
.ai { display: grid; gap: 6px; border-top: 1px solid #b7d3cf; padding-top: 8px; }
.ai p { margin: 0; }
/* The dialog does not scroll below its content: the list scrolls on its own so LinkedIn's buttons stay on screen. */
.ai ol { margin: 0; padding-left: 18px; display: grid; gap: 6px; max-height: 30vh; overflow-y: auto; overscroll-behavior: contain; }
.ai-diff { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border-radius: 6px; padding: 4px 6px; }
.ai-diff ins { background: #d1fae5; text-decoration: none; }
.ai-diff del { color: #8a5a00; }
.ai-row { display: flex; gap: 8px; align-items: center; }
.ai-flag { color: #8a5a00; font-size: 12.5px; }
[data-theme="dark"] .ai-flag, [data-theme="dark"] .ai-diff del { color: #f5c26b; }
[data-theme="dark"] .ai-diff { background: #0e1513; }
[data-theme="dark"] .ai-diff ins { background: #134e4a; }
.request-checklist { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; font-size: 12.5px; }
.request-part .mark { display: inline-block; width: 1.2em; }
.request-part.present .mark { color: #0f766e; }
.request-part.missing { color: #4a5559; }
[data-theme="dark"] .request-part.present .mark { color: #5eead4; }
[data-theme="dark"] .request-part.missing { color: #a9b8b4; }
.points ul { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.points button { font-size: 12px; text-align: start; }
`;
