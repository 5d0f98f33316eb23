/**
 * The password rule of SECURITY.md for instant feedback in the form: at least 8 characters
 * mixing three of upper case, lower case, digits and symbols.
 *
 * Same logic as `passwordStrengthProblems` in @yunju/contracts (the server's rule), copied
 * because importing it would put all of zod (~26 kB gzip) into the password page: the contracts
 * package has top-level schemas that no bundler can drop. `password-rules.test.ts` checks that
 * both agree; the server stays the authority (`auth.weak_password`).
 */
export type PasswordProblem = 'too_short' | 'too_few_character_classes';

export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < 8) problems.push('too_short');
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('too_few_character_classes');
  return problems;
}
