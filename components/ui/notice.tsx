import type { ComponentChildren } from 'preact';

/** Errors are announced at once; a failure always reaches the user with its reason. */
export function ErrorNote({ error }: { error: string | Error | undefined | null }) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error instanceof Error ? error.message : error}
    </p>
  );
}

/** Polite announcements (saved, restored, n results). */
export function StatusNote({ children }: { children: ComponentChildren }) {
  return (
    <p class="status-note" role="status">
      {children}
    </p>
  );
}

/** An empty state that teaches the next step rather than saying "nothing here". */
export function EmptyState(props: { title: string; body: string; children?: ComponentChildren }) {
  return (
    <section class="empty" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.body}</p>
      {props.children && <div class="empty-actions">{props.children}</div>}
    </section>
  );
}
