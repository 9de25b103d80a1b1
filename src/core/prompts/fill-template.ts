const SLOT = /\{\{([a-z_]+)\}\}/g;

/** The distinct slot names a template uses, in order of first use. */
export function listSlots(template: string): string[] {
  return [...new Set([...template.matchAll(SLOT)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every `{{slot}}` with its value in one pass, so a value that itself contains
 * `{{...}}` (learner text) is never filled again. A slot without a value is a bug: templates
 * are checked at start-up against the slots their callers fill.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(SLOT, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for prompt slot {{${name}}}`);
    return value;
  });
}
