export type BadgeTone = 'good' | 'warn' | 'bad' | 'neutral';

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
