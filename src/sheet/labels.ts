/** The labels the add-in writes, compared as a reader would: without regard to case or spaces around. */

export function normalizeLabel(text: string): string {
  return text.trim().toLowerCase();
}

export function labelSet(labels: Iterable<string>): Set<string> {
  return new Set([...labels].map(normalizeLabel));
}
