import type { KindPanelProps } from '../kindPanels';

/** The kind's facts on the case page: filled in by its own work. */
export default function Panel(_props: KindPanelProps) {
  return null;
}
