import { useEffect } from 'preact/hooks';

/**
 * The head of Rafiq's own full pages (welcome, options): the icon, the title and a line under it.
 * The title is also the tab's, in the interface language.
 */
export function PageHeader({ title, tagline }: { title: string; tagline: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <header class="page-header">
      <img src="/icon/96.png" alt="" width="48" height="48" />
      <div>
        <h1>{title}</h1>
        <p class="tagline">{tagline}</p>
      </div>
    </header>
  );
}
