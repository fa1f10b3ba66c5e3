// The options page: templates, settings and backup. (Foundation version: the page frame.)
export function OptionsPage() {
  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">Rapport</h1>
      <p>Templates, settings and backup live here. Nothing you write leaves this browser.</p>
    </main>
  );
}
