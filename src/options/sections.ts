// The options page's sections, addressed by the URL hash (#templates, #settings, …) so a
// link or a reload opens the same one.
export const sectionIds = ['templates', 'settings', 'about', 'backup', 'history', 'insights'] as const;
export type SectionId = (typeof sectionIds)[number];

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (sectionIds as readonly string[]).includes(id) ? (id as SectionId) : 'templates';
}
