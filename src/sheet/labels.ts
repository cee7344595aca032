/** The labels the add-in writes, compared as a reader would: without regard to case or spaces around. */

export function normalizeLabel(text: string): string {
  return text.trim().toLowerCase();
}

/** The texts among a language's labels (a few labels are sentences built by functions). */
export function labelStrings(labels: object): string[] {
  return (Object.values(labels) as unknown[]).filter((v): v is string => typeof v === "string");
}

export function labelSet(labels: Iterable<string>): Set<string> {
  return new Set([...labels].map(normalizeLabel));
}
