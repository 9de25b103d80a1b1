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
      readonly body: string;
      readonly checkbox: boolean;
      readonly labelled: Labelled | null;
    }
  | { readonly kind: 'text'; readonly body: string; readonly labelled: Labelled | null };

const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const CHECKBOX = /^\[[ xX]\]\s*(.*)$/;
const BOLD_COLON_INSIDE = /^\*\*([^*]+?)\*\*\s*(.*)$/;
const BOLD_COLON_OUTSIDE = /^\*\*([^*]+?)\*\*\s*:\s*(.*)$/;
// Unbolded labels are short ("Python Skill", "📝 Blog Post", "Task (1 hour)"), so prose with a colon
// later in the sentence is not mistaken for one.
const PLAIN_LABEL =
  /^((?:\p{Extended_Pictographic}\u{FE0F}?\s*)*\p{L}[\p{L}\p{N} '’&/+.-]{0,38}?(?:\s*\([^()]{1,20}\))?)\s*:(?:\s+(.*))?$/u;

/** Removes `**` and emoji and squeezes white space: for headings, labels and goals. */
export function stripMarkup(text: string): string {
  return text.replace(/\*\*/g, '').replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

function readLabel(body: string): Labelled | null {
  const outside = BOLD_COLON_OUTSIDE.exec(body);
  if (outside) return labelled(outside[1] ?? '', outside[2] ?? '', true);
  const inside = BOLD_COLON_INSIDE.exec(body);
  if (inside && (inside[1] ?? '').trimEnd().endsWith(':')) {
    return labelled(inside[1] ?? '', inside[2] ?? '', true);
  }
  if (body.startsWith('**')) return null;
  const plain = PLAIN_LABEL.exec(body);
  return plain ? labelled(plain[1] ?? '', plain[2] ?? '', false) : null;
}

function labelled(rawLabel: string, text: string, bold: boolean): Labelled | null {
  const label = stripMarkup(rawLabel).replace(/\s*:$/, '');
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
    const content = (bullet[1] ?? '').trim();
    const checkbox = CHECKBOX.exec(content);
    if (checkbox) return { kind: 'bullet', body: (checkbox[1] ?? '').trim(), checkbox: true, labelled: null };
    return { kind: 'bullet', body: content, checkbox: false, labelled: readLabel(content) };
  }
  const body = raw.trim();
  return { kind: 'text', body, labelled: readLabel(body) };
}
