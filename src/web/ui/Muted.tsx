import type { ReactNode } from 'react';

/** The value, or a grey dash when there is none. */
export function Muted({ children }: { children?: ReactNode }) {
  return children == null || children === '' ? <span className="muted">—</span> : <>{children}</>;
}
