/** A `Label: text` pair read from a bullet or a paragraph line. */
export interface Labelled {
  /** Without emoji, `**` and the trailing colon, e.g. "LinkedIn Post", "Task (30 min)". */
  readonly label: string;
  readonly text: string;
  /** True when the label was written in `**bold**`. */
  readonly bold: boolean;
}

/** One line of a plan file, classified by its Markdown shape only. */
export type PlanLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | {
      readonly kind: 'bullet';
      /** Columns before the list marker (a tab counts 4): a deeper bullet belongs to the one above. */
      readonly indent: number;
      /** The line as written, without trailing space: kept as Markdown when the bullet is nested. */
      readonly raw: string;
      readonly body: string;
      readonly checkbox: boolean;
      readonly labelled: Labelled | null;
    }
  | {
      readonly kind: 'text';
      readonly indent: number;
      readonly body: string;
      readonly labelled: Labelled | null;
    };

// U+FFFD is what an emoji becomes when a file passed through the wrong encoding ("�� Learning Objective").
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]|\u{FFFD}/gu;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const CHECKBOX = /^\[[ xX]\]\s*(.*)$/;
const BOLD_COLON_INSIDE = /^\*\*([^*]+?)\*\*\s*(.*)$/;
const BOLD_COLON_OUTSIDE = /^\*\*([^*]+?)\*\*\s*:\s*(.*)$/;
const BOLD_THEN_TIME = /^\*\*([^*]+?)\*\*\s*(\([^()]{1,20}\))\s*:\s*(.*)$/;
// Unbolded labels are short ("Python Skill", "📝 Blog Post", "Task (1 hour)"), so prose with a colon
// later in the sentence is not mistaken for one. An emoji may have become "�" or "?" on the way.
const PLAIN_LABEL =
  /^((?:[\p{Extended_Pictographic}\u{FFFD}?]\u{FE0F}?\s*)*\p{L}[\p{L}\p{N} '’&/+.-]{0,38}?(?:\s*\([^()]{1,20}\))?)\s*:(?:\s+(.*))?$/u;

/** Removes `**`, emoji and damaged emoji, and squeezes white space: for headings, labels and goals. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*/g, '').replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

function indentOf(space: string): number {
  return space.replace(/\t/g, '    ').length;
}

function readLabel(body: string): Labelled | null {
  const outside = BOLD_COLON_OUTSIDE.exec(body);
  if (outside) return labelled(outside[1] ?? '', outside[2] ?? '', true);
  const timed = BOLD_THEN_TIME.exec(body);
  if (timed) return labelled(`${timed[1] ?? ''} ${timed[2] ?? ''}`, timed[3] ?? '', true);
  const inside = BOLD_COLON_INSIDE.exec(body);
  if (inside && (inside[1] ?? '').trimEnd().endsWith(':')) {
    return labelled(inside[1] ?? '', inside[2] ?? '', true);
  }
  if (body.startsWith('**')) return null;
  const plain = PLAIN_LABEL.exec(body);
  return plain ? labelled(plain[1] ?? '', plain[2] ?? '', false) : null;
}

function labelled(rawLabel: string, text: string, bold: boolean): Labelled | null {
  // Whatever is left of a damaged marker before the words ("?? Checkpoint") is not part of the label.
  const label = stripMarkup(rawLabel)
    .replace(/\s*:$/, '')
    .replace(/^[^\p{L}\p{N}]+/u, '');
  return label === '' ? null : { label, text: text.trim(), bold };
}

/** Classifies one line (without its line break). */
export function classifyLine(raw: string): PlanLine {
  if (raw.trim() === '' || RULE.test(raw)) return { kind: 'blank' };
  const heading = HEADING.exec(raw);
  if (heading) {
    return { kind: 'heading', level: (heading[1] ?? '').length, text: stripMarkup(heading[2] ?? '') };
  }
  const bullet = BULLET.exec(raw);
  if (bullet) {
    const indent = indentOf(bullet[1] ?? '');
    const content = (bullet[2] ?? '').trim();
    const checkbox = CHECKBOX.exec(content);
    const body = checkbox ? (checkbox[1] ?? '').trim() : content;
    const labelled = checkbox ? null : readLabel(content);
    return { kind: 'bullet', indent, raw: raw.trimEnd(), body, checkbox: checkbox !== null, labelled };
  }
  const body = raw.trim();
  return { kind: 'text', indent: indentOf(/^\s*/.exec(raw)?.[0] ?? ''), body, labelled: readLabel(body) };
}
