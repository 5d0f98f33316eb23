// Free of zod on purpose: the web imports this through `@yunju/contracts/password-policy`
// without pulling the schema library into its password page.

export type PasswordProblem = 'too_short' | 'too_few_character_classes';

/** At least 8 characters mixing three of upper, lower, digit, symbol (SECURITY.md). */
export function passwordStrengthProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 8) problems.push('too_short');
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('too_few_character_classes');
  return problems;
}
