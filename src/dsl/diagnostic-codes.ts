/**
 * Every diagnostic and runtime error code the script language reports. Codes are stable:
 * tests, the editor and the docs refer to them by value.
 */
export const DIAGNOSTIC_CODES = {
  // lexer
  'unexpected-character': 'a character the language does not use',
  'unterminated-string': 'a string without its closing quote',
  'unterminated-interpolation': 'a `{` hole in an interpolated string without its `}`',
  // parser
  'expected-token': 'a specific word or symbol was expected here',
  'expected-expression': 'a value or expression was expected here',
  'unexpected-token': 'this word or symbol cannot appear here',
  'unclosed-block': '`if` or `foreach` without its `end`',
  'nesting-too-deep': 'blocks or expressions nested deeper than the parser allows',
  // checker
  'missing-extend': 'the script does not start with `extend <ExtensionPoint>`',
  'duplicate-extend': 'more than one `extend` line',
  'misplaced-extend': '`extend` is not the first statement',
  'unknown-extension-point': 'the extension point does not exist',
  'extension-point-mismatch': 'the script extends another extension point than the one it is used for',
  'unknown-variable': 'a name that is neither a variable set earlier nor an input',
  'assign-to-input': '`set` on an input of the extension point',
  'unknown-member': 'a member the value does not have',
  'unknown-custom-field': 'a custom field the workspace does not declare (warning)',
  'type-mismatch': 'operand or condition of the wrong type',
  'missing-output': 'the script never outputs',
  'output-arity': 'wrong number of output values for the extension point',
  'output-type': 'an output value of the wrong type',
  'dispersion-out-of-range': 'a dispersion value outside its allowed range',
  'unreachable-branch': 'a branch that can never run (warning)',
  'unreachable-code': 'statements after `output` in the same block (warning)',
  'unused-variable': 'a variable set but never read (warning)',
  // runtime
  'step-budget-exceeded': 'the script ran more steps than its budget',
  'time-limit-exceeded': 'the script ran longer than its wall-clock limit',
  'null-member-access': 'a member of nothing was read',
  'division-by-zero': 'division by zero',
  'type-error': 'an operation on values of the wrong type',
  'unassigned-variable': 'a variable read before any `set` ran',
  'no-output': 'the script finished without `output`',
  'syntax-error': 'the script has syntax errors and cannot run',
  'value-too-large': 'a string grew past the size a script may build',
  'number-overflow': 'a number grew past what a decimal can hold',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
