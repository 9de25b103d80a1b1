/**
 * A writer that word-wraps what passes through it to `width()` columns, as it streams: a word
 * is held back only until the space or line break after it. A continued line keeps the line's
 * indentation, plus the marker's width under a list item ("- ", "1. "), or starts under the
 * second column of a table row (words after a gap of two spaces or more). A word longer than a
 * line (a URL) gets a line of its own, unbroken, so it stays clickable.
 */
export function createWrappingWriter(
  width: () => number,
  out: (text: string) => void,
): (text: string) => void {
  let column = 0;
  let word = '';
  let spaces = '';
  // Where continued lines start; found from the logical line's leading spaces and first word.
  let indent = 0;
  let atLineStart = true;
  let inColumn = false;

  const emitWord = () => {
    if (word === '') return;
    const length = [...word].length;
    if (atLineStart) {
      indent = spaces.length + (/^(?:[-*•]|\d+[.)])$/.test(word) ? length + 1 : 0);
      out(spaces + word);
      column = spaces.length + length;
      atLineStart = false;
    } else if (!inColumn && spaces.length >= 2 && column + spaces.length < width()) {
      // A table row: its description continues under itself.
      inColumn = true;
      indent = column + spaces.length;
      out(spaces + word);
      column += spaces.length + length;
    } else if (column + spaces.length + length > width() && column > indent) {
      out(`\n${' '.repeat(indent)}${word}`);
      column = indent + length;
    } else {
      out(spaces + word);
      column += spaces.length + length;
    }
    word = '';
    spaces = '';
  };

  return (text) => {
    for (const char of text) {
      if (char === '\n') {
        emitWord();
        out('\n');
        column = 0;
        spaces = '';
        atLineStart = true;
        inColumn = false;
      } else if (char === ' ') {
        if (word !== '') emitWord();
        spaces += ' ';
      } else {
        word += char;
      }
    }
  };
}
