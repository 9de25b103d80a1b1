/** One measured figure, printed next to the limit it must meet. */
export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** What the figure must be, e.g. `>= 45`; absent for figures shown for context. */
  readonly limit?: { readonly op: '>=' | '<='; readonly bound: number };
}

/** One scenario's figures. */
export interface Scenario {
  readonly name: string;
  readonly figures: readonly Figure[];
}

/** A benchmark module (`bench/<name>.bench.ts` exports `benchmark`). */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(): Promise<readonly Scenario[]>;
}

/** True when the figure meets its limit (or has none). */
export function meets(figure: Figure): boolean {
  if (figure.limit === undefined) return true;
  return figure.limit.op === '>=' ? figure.value >= figure.limit.bound : figure.value <= figure.limit.bound;
}

const format = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The scenario as aligned lines: label, value, limit, and whether it is met. */
export function renderScenario(scenario: Scenario): string[] {
  const rows = scenario.figures.map((figure) => [
    figure.label,
    `${format(figure.value)} ${figure.unit}`,
    figure.limit === undefined ? '' : `limit ${figure.limit.op} ${format(figure.limit.bound)} ${figure.unit}`,
    figure.limit === undefined ? '' : meets(figure) ? 'ok' : 'MISSED',
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return [
    `  ${scenario.name}`,
    ...rows.map((row) =>
      `    ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd(),
    ),
  ];
}
