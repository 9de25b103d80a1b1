import { apiError } from './http-io.js';
import type { Json } from './json.js';
import type { Reply } from './types.js';
import { nest, type Problem } from './validate.js';

/** Component types, as Discord numbers them. */
const ACTION_ROW = 1;
const STRING_SELECT = 3;
const TEXT_INPUT = 4;
const TEXT_DISPLAY = 10;
const LABEL = 18;
const FILE_UPLOAD = 19;
/** What a Label may hold: text input, the five selects, file upload, radio group, checkbox group, checkbox. */
const LABEL_CHILDREN = new Set([TEXT_INPUT, STRING_SELECT, 5, 6, 7, 8, FILE_UPLOAD, 21, 22, 23]);
/** At most 10 files in one upload, as Discord's docs say. */
const MAX_FILES = 10;
/** At most 25 options in a String Select, and 25 chosen. */
const MAX_OPTIONS = 25;

type Path = Problem['path'];

const problem = (path: Path, code: string, message: string): Problem => ({ path, code, message });
const tooLong = (path: Path, limit: number) =>
  problem(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
const outOfRange = (path: Path, min: number, max: number) =>
  problem(path, 'NUMBER_TYPE_OUT_OF_RANGE', `Int value should be between ${min} and ${max}.`);

/**
 * Checks a modal callback (type 9) as Discord does: a custom_id and title, 1 to 5 top-level
 * components (Labels, text displays, or the older action rows of text inputs), each Label's
 * text within 45 characters, its description within 100, and one child Discord allows in a
 * Label. A File Upload (type 19) only inside a Label, with `min_values` 0-10, `max_values`
 * 1-10 and not below `min_values`, and `min_values` at least 1 when it is required (the
 * default). A String Select (type 3) only inside a Label, with 1-25 options (label and value
 * 1-100 characters, values unique, description within 100), `min_values` 0-25, `max_values`
 * 1-25, not below `min_values` nor above the number of options, `min_values` at least 1 when
 * it is required (the default), a placeholder within 150, and no `disabled` (an error in a modal).
 * custom_ids 1-100 characters and unique in the modal. 400 / 50035 when not.
 */
export function validateModal(data: Json | undefined): Reply | undefined {
  const problems: Problem[] = [];
  const body = data ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  checkCustomId(body.custom_id, ['data', 'custom_id'], problems);
  const title = text(body.title);
  if (title.length === 0)
    problems.push(problem(['data', 'title'], 'BASE_TYPE_REQUIRED', 'This field is required'));
  if (title.length > 45) problems.push(tooLong(['data', 'title'], 45));
  const components = Array.isArray(body.components) ? (body.components as Json[]) : [];
  if (components.length < 1 || components.length > 5) {
    problems.push(
      problem(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.'),
    );
  }
  const ids = new Set<string>();
  components.forEach((component, index) => {
    const path: Path = ['data', 'components', index];
    if (component.type === LABEL) return checkLabel(component, path, ids, problems);
    if (component.type === TEXT_DISPLAY) return;
    if (component.type === ACTION_ROW) {
      const children = Array.isArray(component.components) ? (component.components as Json[]) : [];
      return children.forEach((child, at) => {
        const childPath: Path = [...path, 'components', at];
        if (child.type !== TEXT_INPUT) problems.push(invalidType(childPath, child.type));
        else checkCustomId(child.custom_id, [...childPath, 'custom_id'], problems, ids);
      });
    }
    problems.push(invalidType(path, component.type));
  });
  return problems.length === 0 ? undefined : apiError(400, 50035, 'Invalid Form Body', nest(problems));
}

function checkLabel(label: Json, path: Path, ids: Set<string>, problems: Problem[]): void {
  const text = typeof label.label === 'string' ? label.label : '';
  if (text.length === 0)
    problems.push(problem([...path, 'label'], 'BASE_TYPE_REQUIRED', 'This field is required'));
  if (text.length > 45) problems.push(tooLong([...path, 'label'], 45));
  if (typeof label.description === 'string' && label.description.length > 100) {
    problems.push(tooLong([...path, 'description'], 100));
  }
  const child = label.component as Json | undefined;
  const childPath: Path = [...path, 'component'];
  if (child === undefined || !LABEL_CHILDREN.has(Number(child.type))) {
    problems.push(invalidType(childPath, child?.type));
    return;
  }
  checkCustomId(child.custom_id, [...childPath, 'custom_id'], problems, ids);
  if (child.type === FILE_UPLOAD) checkFileUpload(child, childPath, problems);
  if (child.type === STRING_SELECT) checkStringSelect(child, childPath, problems);
}

function checkStringSelect(select: Json, path: Path, problems: Problem[]): void {
  const options = Array.isArray(select.options) ? (select.options as Json[]) : [];
  if (options.length < 1 || options.length > MAX_OPTIONS) {
    problems.push(
      problem(
        [...path, 'options'],
        'BASE_TYPE_BAD_LENGTH',
        `Must be between 1 and ${MAX_OPTIONS} in length.`,
      ),
    );
  }
  const values = new Set<string>();
  options.forEach((option, index) => {
    const at: Path = [...path, 'options', index];
    for (const key of ['label', 'value']) {
      const text = typeof option[key] === 'string' ? option[key] : '';
      if (text.length === 0)
        problems.push(problem([...at, key], 'BASE_TYPE_REQUIRED', 'This field is required'));
      if (text.length > 100) problems.push(tooLong([...at, key], 100));
    }
    if (typeof option.description === 'string' && option.description.length > 100) {
      problems.push(tooLong([...at, 'description'], 100));
    }
    const value = String(option.value);
    if (values.has(value)) {
      problems.push(
        problem(
          [...at, 'value'],
          'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
          'Option values must be unique.',
        ),
      );
    }
    values.add(value);
  });
  const min = select.min_values === undefined ? 1 : Number(select.min_values);
  const max = select.max_values === undefined ? 1 : Number(select.max_values);
  const minInRange = Number.isInteger(min) && min >= 0 && min <= MAX_OPTIONS;
  const maxInRange = Number.isInteger(max) && max >= 1 && max <= MAX_OPTIONS;
  if (!minInRange) problems.push(outOfRange([...path, 'min_values'], 0, MAX_OPTIONS));
  if (!maxInRange) problems.push(outOfRange([...path, 'max_values'], 1, MAX_OPTIONS));
  if (minInRange && maxInRange && min > max) {
    problems.push(
      problem(
        [...path, 'min_values'],
        'COMPONENT_MIN_MAX_VALUES_INVALID',
        'min_values must be less than or equal to max_values.',
      ),
    );
  }
  if (select.required !== false && min === 0) {
    problems.push(
      problem(
        [...path, 'min_values'],
        'COMPONENT_MIN_VALUES_REQUIRED',
        'min_values must be at least 1 when the component is required.',
      ),
    );
  }
  if (maxInRange && options.length > 0 && max > options.length) {
    problems.push(
      problem(
        [...path, 'max_values'],
        'SELECT_COMPONENT_TOO_MANY_VALUES',
        'max_values must be less than or equal to the number of options.',
      ),
    );
  }
  if (typeof select.placeholder === 'string' && select.placeholder.length > 150) {
    problems.push(tooLong([...path, 'placeholder'], 150));
  }
  if (select.disabled === true) {
    problems.push(
      problem(
        [...path, 'disabled'],
        'COMPONENT_DISABLED_IN_MODAL',
        'A select in a modal cannot be disabled.',
      ),
    );
  }
}

function checkFileUpload(upload: Json, path: Path, problems: Problem[]): void {
  const min = upload.min_values === undefined ? undefined : Number(upload.min_values);
  const max = upload.max_values === undefined ? undefined : Number(upload.max_values);
  const required = upload.required !== false;
  if (min !== undefined && !(Number.isInteger(min) && min >= 0 && min <= MAX_FILES)) {
    problems.push(outOfRange([...path, 'min_values'], 0, MAX_FILES));
  }
  if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= MAX_FILES)) {
    problems.push(outOfRange([...path, 'max_values'], 1, MAX_FILES));
  }
  if (min !== undefined && min > (max ?? 1)) {
    problems.push(
      problem(
        [...path, 'min_values'],
        'COMPONENT_MIN_MAX_VALUES_INVALID',
        'min_values must be less than or equal to max_values.',
      ),
    );
  }
  if (required && min === 0) {
    problems.push(
      problem(
        [...path, 'min_values'],
        'COMPONENT_MIN_VALUES_REQUIRED',
        'min_values must be at least 1 when the component is required.',
      ),
    );
  }
  if (Array.isArray(upload.file_types) && upload.file_types.length > MAX_FILES) {
    problems.push(tooLong([...path, 'file_types'], MAX_FILES));
  }
}

function checkCustomId(value: unknown, path: Path, problems: Problem[], ids?: Set<string>): void {
  const id = typeof value === 'string' ? value : '';
  if (id.length === 0) problems.push(problem(path, 'BASE_TYPE_REQUIRED', 'This field is required'));
  if (id.length > 100) problems.push(tooLong(path, 100));
  if (ids === undefined || id === '') return;
  if (ids.has(id))
    problems.push(
      problem(path, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'),
    );
  ids.add(id);
}

function invalidType(path: Path, type: unknown): Problem {
  return problem(
    [...path, 'type'],
    'UNION_TYPE_CHOICES',
    `Value of field "type" must be one of the allowed component types here (got ${String(type)}).`,
  );
}
