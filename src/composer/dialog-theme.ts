// LinkedIn's theme, read once per dialog: its steps replace each other inside the same dialog, and
// reading it (computed styles up the tree) makes the browser work out the new dialog's style.
import { linkedInTheme, type InviteDialog, type PageTheme } from '../linkedin';

const themes = new WeakMap<Element, PageTheme>();

export function themeOf(dialog: InviteDialog, anchor: Element): PageTheme {
  let theme = themes.get(dialog.root);
  if (!theme) themes.set(dialog.root, (theme = linkedInTheme(anchor)));
  return theme;
}
