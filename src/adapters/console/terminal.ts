import { createInterface } from 'node:readline';
import type { ConsoleIO } from './console-coach.js';
import { createWrappingWriter } from './wrap-text.js';

/** The console's input and output, and how to let go of them. */
export interface Terminal extends ConsoleIO {
  /** Stops reading, so the process can end even while input stays open. */
  close(): void;
}

/** Lines wrap here when the terminal does not say how wide it is. */
export const DEFAULT_COLUMNS = 80;
const PROMPT = '> ';

/**
 * The console on `input` and `output`. When both are a terminal: Node's readline with line
 * editing and history, a prompt, and output word-wrapped to the terminal's width (followed as
 * it is resized). Otherwise (piped): plain lines in, text out as it is, for scripts.
 */
export function openTerminal(input: NodeJS.ReadStream, output: NodeJS.WriteStream): Terminal {
  const interactive = input.isTTY === true && output.isTTY === true;
  const write = (text: string) => void output.write(text);
  if (!interactive) {
    const lines = createInterface({ input, terminal: false });
    return { lines, write, interactive, close: () => closeAll(lines, input) };
  }
  const lines = createInterface({ input, output, terminal: true, prompt: PROMPT, historySize: 200 });
  // Ctrl-C leaves as Ctrl-D does; readline would otherwise only pause.
  lines.on('SIGINT', () => lines.close());
  const wrapped = createWrappingWriter(() => output.columns || DEFAULT_COLUMNS, write);
  return {
    lines,
    write: wrapped,
    interactive,
    prompt: () => lines.prompt(),
    close: () => closeAll(lines, input),
  };
}

function closeAll(lines: { close(): void }, input: NodeJS.ReadStream): void {
  lines.close();
  input.destroy();
}
